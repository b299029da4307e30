import { parseTimeSpan } from '../clock';
import type { InjectDetail } from '../types';

/** What the facilitator narrows the MSEL to; an empty string means "any". */
export interface MselFilter {
  phase: string;
  team: string;
  channel: string;
  status: StatusFilter;
  text: string;
}

/**
 * Status groups a facilitator asks for. "overdue" is an inject whose due time has come while control held it
 * (the server marks it due and waits); "held" is one held before its time came.
 */
export type StatusFilter = '' | 'waiting' | 'overdue' | 'held' | 'attention' | 'on-demand' | 'released' | 'answered' | 'closed';

export const STATUS_FILTERS: [StatusFilter, string][] = [
  ['', 'Any status'],
  ['waiting', 'Waiting'],
  ['attention', 'Overdue or held'],
  ['overdue', 'Overdue'],
  ['held', 'Held'],
  ['on-demand', 'On demand'],
  ['released', 'Released'],
  ['answered', 'Answered'],
  ['closed', 'Skipped, cancelled or expired'],
];

export const EMPTY_FILTER: MselFilter = { phase: '', team: '', channel: '', status: '', text: '' };

/** Phase keys of injects without a phase: written during play, on demand, or simply unphased. */
export const DURING_PLAY = '~during-play';
export const ON_DEMAND = '~on-demand';
export const NO_PHASE = '~no-phase';

/** The trigger the server gives an inject control wrote during play. */
const WRITTEN_DURING_PLAY = 'written during play';

const WAITING = new Set(['pending', 'held', 'due']);
const RELEASED = new Set(['released', 'acknowledged', 'responded', 'expired']);
const CLOSED = new Set(['skipped', 'cancelled', 'expired']);

export const statusOf = (i: InjectDetail) => i.status.toLowerCase();
export const isWaiting = (i: InjectDetail) => WAITING.has(statusOf(i));
export const isOverdue = (i: InjectDetail) => statusOf(i) === 'due';
export const isHeld = (i: InjectDetail) => statusOf(i) === 'held';
/** Control may release it now. */
export const canRelease = isWaiting;
/** Control may hold it: only before its time has come. */
export const canHold = (i: InjectDetail) => statusOf(i) === 'pending';
export const canSkip = isWaiting;

/** The game time (ms) the inject fell or falls due, or null when nothing schedules it (conditions, on demand). */
export function dueMs(i: InjectDetail): number | null {
  return i.dueAt ? parseTimeSpan(i.dueAt) : null;
}

export function phaseKey(i: InjectDetail): string {
  if (i.phase) return i.phase;
  if (i.onDemand) return ON_DEMAND;
  return i.trigger === WRITTEN_DURING_PLAY ? DURING_PLAY : NO_PHASE;
}

/** A phase key's name: the scenario's phase title, or what the injects without a phase have in common. */
export function phaseLabel(key: string, phases: { id: string; name: string }[]): string {
  if (key === DURING_PLAY) return 'Written during play';
  if (key === ON_DEMAND) return 'On demand (no phase)';
  if (key === NO_PHASE) return 'No phase';
  return phases.find((p) => p.id === key)?.name ?? key;
}

const TAIL = [ON_DEMAND, NO_PHASE, DURING_PLAY];

function matchesStatus(i: InjectDetail, status: StatusFilter): boolean {
  const s = statusOf(i);
  switch (status) {
    case '':
      return true;
    case 'waiting':
      return WAITING.has(s);
    case 'overdue':
      return s === 'due';
    case 'held':
      return s === 'held';
    case 'attention':
      return s === 'due' || s === 'held';
    case 'on-demand':
      return i.onDemand;
    case 'released':
      return RELEASED.has(s);
    case 'answered':
      return s === 'responded';
    case 'closed':
      return CLOSED.has(s);
  }
}

/** Case-insensitive search over number ("12" or "#12"), id, title, body, trigger and controller notes. */
function matchesText(i: InjectDetail, text: string, teamName: (id: string) => string): boolean {
  const q = text.trim().toLowerCase();
  if (!q) return true;
  const number = q.startsWith('#') ? q.slice(1) : q;
  if (/^\d+$/.test(number)) return String(i.number) === number;
  const haystack = [i.id, i.title, i.body, i.trigger ?? '', i.notes ?? '', i.from ?? '', ...i.recipients.map(teamName)].join('\n').toLowerCase();
  return haystack.includes(q);
}

/** The injects the filter lets through, in MSEL number order. */
export function filterInjects(injects: InjectDetail[], filter: MselFilter, teamName: (id: string) => string = (id) => id): InjectDetail[] {
  return injects
    .filter(
      (i) =>
        (!filter.phase || phaseKey(i) === filter.phase) &&
        (!filter.team || i.recipients.includes(filter.team)) &&
        (!filter.channel || i.channel === filter.channel) &&
        matchesStatus(i, filter.status) &&
        matchesText(i, filter.text, teamName),
    )
    .sort((a, b) => a.number - b.number);
}

/**
 * The inject(s) the clock will release next: waiting, not held, with the earliest scheduled due time. Several
 * when they share that time.
 */
export function nextDue(injects: InjectDetail[]): InjectDetail[] {
  let best: number | null = null;
  let found: InjectDetail[] = [];
  for (const i of injects) {
    const due = dueMs(i);
    if (statusOf(i) !== 'pending' || due === null) continue;
    if (best === null || due < best) {
      best = due;
      found = [i];
    } else if (due === best) found.push(i);
  }
  return found;
}

export interface PhaseGroup {
  key: string;
  injects: InjectDetail[];
}

/** Injects grouped by phase, the phases in the scenario's order, then on demand, unphased and written during play. */
export function groupByPhase(injects: InjectDetail[], phaseOrder: string[]): PhaseGroup[] {
  const groups = new Map<string, InjectDetail[]>();
  for (const i of injects) {
    const key = phaseKey(i);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(i);
  }
  const rank = (key: string) => {
    const tail = TAIL.indexOf(key);
    if (tail >= 0) return phaseOrder.length + 1 + tail;
    const at = phaseOrder.indexOf(key);
    return at < 0 ? phaseOrder.length : at;
  };
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0])).map(([key, list]) => ({ key, injects: list }));
}

/** Counts the facilitator's shortcuts show: overdue, held, waiting. */
export function attentionCounts(injects: InjectDetail[]): { overdue: number; held: number } {
  let overdue = 0;
  let held = 0;
  for (const i of injects) {
    if (isOverdue(i)) overdue++;
    else if (isHeld(i)) held++;
  }
  return { overdue, held };
}
