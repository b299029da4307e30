import type { Decision, ExerciseEvent, TimeSpanString } from './types';

/** The rule a joint decision is decided by; see the authoring guide's "Joint decisions". */
export type JointRule = 'all' | 'majority' | 'lead';

/** How a joint decision resolved: agreed (all), majority, lead, not-agreed (default at once) or deadline (default). */
export type JointResolution = 'agreed' | 'majority' | 'lead' | 'not-agreed' | 'deadline';

/** One team's vote; `optionId` null is a refusal. */
export interface JointVote {
  team: string;
  optionId: string | null;
  by: string | null;
  at: TimeSpanString;
}

/** The joint part of a decision put to several teams (kept apart from types.ts, which is generated elsewhere). */
export interface JointDecision {
  teams: string[];
  rule: JointRule;
  lead: string | null;
  votes: JointVote[];
  resolution: JointResolution | null;
}

/** The joint terms of a decision, or null for a decision of one team. */
export function jointOf(decision: Decision): JointDecision | null {
  return (decision as Decision & { joint?: JointDecision | null }).joint ?? null;
}

/** Event types of joint decisions, for refreshing the inbox and for the feeds. */
export const JOINT_EVENT_TYPES = new Set(['joint-vote-cast', 'joint-decision-resolved']);

/** A joint-decision event: `joint-vote-cast` (team, optionId or null for a refusal, by) or `joint-decision-resolved` (optionId, how). */
export type JointEvent = ExerciseEvent & { how?: JointResolution };
