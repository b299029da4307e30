import type { ExerciseEvent } from '../types';

/** The kinds of event the live feed can show, each a filter chip. */
export type FeedKind = 'teams' | 'injects' | 'sectors' | 'clock' | 'review';

export const FEED_KINDS: [FeedKind, string][] = [
  ['teams', 'Teams'],
  ['injects', 'Injects'],
  ['sectors', 'Sectors'],
  ['clock', 'Clock'],
  ['review', 'Review'],
];

const TEAM_TYPES = new Set(['inject-acknowledged', 'inject-responded', 'decision-taken', 'joint-vote-cast', 'joint-decision-resolved', 'message-sent', 'expected-action-met', 'expected-action-missed']);
const INJECT_TYPES = new Set(['inject-released', 'inject-due', 'inject-held', 'inject-skipped', 'inject-cancelled', 'inject-expired', 'ad-hoc-inject-created']);
const SECTOR_TYPES = new Set(['sector-state-changed', 'perturbation-expired']);
const REVIEW_TYPES = new Set(['observation-recorded', 'rating-recorded', 'hot-wash-answered', 'finding-recorded', 'improvement-planned', 'review-item-withdrawn']);

/**
 * The feed kind of an event, or null for events the feed leaves out (the minute-by-minute sector samples: the
 * sector strip draws them).
 */
export function feedKind(e: ExerciseEvent): FeedKind | null {
  if (TEAM_TYPES.has(e.type)) return 'teams';
  if (INJECT_TYPES.has(e.type)) return 'injects';
  if (SECTOR_TYPES.has(e.type)) return 'sectors';
  if (REVIEW_TYPES.has(e.type)) return 'review';
  if (e.type.startsWith('exercise-') || e.type.startsWith('clock-')) return 'clock';
  return null;
}

/** The team an event is about (its actor, or the sender of a message), for the team filter. */
export function feedTeam(e: ExerciseEvent): string | null {
  if (e.type === 'message-sent') return e.from ?? null;
  return 'team' in e ? (e.team ?? null) : null;
}

/**
 * Whether an event passes the feed's filters. With a team chosen, events about that team pass, and so do
 * injects addressed to it (ad-hoc ones name their recipients; released ones are looked up by `recipientsOf`).
 */
export function feedMatches(e: ExerciseEvent, kinds: Set<FeedKind>, team: string, recipientsOf: (injectId: string) => string[]): boolean {
  const kind = feedKind(e);
  if (!kind || !kinds.has(kind)) return false;
  if (!team) return true;
  if (feedTeam(e) === team) return true;
  if (e.type === 'message-sent') return Array.isArray(e.to) ? e.to.includes(team) : e.to === team;
  if (e.type === 'ad-hoc-inject-created') return Array.isArray(e.to) ? e.to.includes(team) || e.to.includes('all') : false;
  if (kind === 'injects' && 'injectId' in e && e.injectId) return recipientsOf(e.injectId).includes(team);
  return false;
}
