import { parseTimeSpan } from '../clock';
import type { ActionOutline, ExerciseEvent, InjectDetail, NamedItem } from '../types';

/**
 * The team board, computed from what this browser already holds: the injects as the server lists them for this
 * viewer, and the event log it sent (acknowledgements, answers, decisions and missed actions reach
 * control, evaluators and observers alike). Nothing here asks the server for more, so a role sees on the board
 * exactly what its own log already tells it. Pure: no signals, no DOM, no clock reads.
 */

/** Where one team stands on one inject, most advanced first: answered beats overdue beats acknowledged. */
export type CellState = 'answered' | 'overdue' | 'acknowledged' | 'received';

export interface TeamAnswer {
  gameMs: number;
  text: string;
}

export interface BoardCell {
  injectId: string;
  state: CellState;
  receivedMs: number;
  acknowledgedMs: number | null;
  answeredMs: number | null;
  /**
   * When one of the team's own deadlines on this inject passed unmet: an expected action of that team missed, or its
   * decision taken by default. The inject's own expiry is not used: it falls when any recipient has not answered,
   * and would mark overdue the teams that were only told.
   */
  overdueMs: number | null;
  /** Answered, but only after the deadline had passed. */
  late: boolean;
  answers: TeamAnswer[];
}

/** A column: one released inject. */
export interface BoardColumn {
  id: string;
  number: number;
  title: string;
  phase: string | null;
  receivedMs: number;
}

/** One team's standing on all the injects of a phase (the per-phase view). */
export interface PhaseTally {
  phase: string;
  received: number;
  acknowledged: number;
  answered: number;
  overdue: number;
  /** The last time anything happened in this phase for the team (game ms). */
  lastMs: number | null;
}

export interface BoardRow {
  team: string;
  name: string;
  /** Scenario order of the team, to sort by when nobody is behind. */
  order: number;
  cells: Map<string, BoardCell>;
  overdue: number;
  unacknowledged: number;
  unanswered: number;
}

export interface TeamBoardModel {
  columns: BoardColumn[];
  rows: BoardRow[];
  /** Phase ids in scenario order, then "" for injects without a phase (written during play). */
  phases: string[];
}

export interface BoardInput {
  teams: NamedItem[];
  phases: NamedItem[];
  injects: InjectDetail[];
  events: ExerciseEvent[];
  expectedActions: ActionOutline[];
}

/** The events the board is computed from; anything else (sector samples, clock ticks) leaves it as it is. */
export const BOARD_EVENT_TYPES = new Set(['inject-acknowledged', 'inject-responded', 'decision-taken', 'expected-action-missed']);

const key = (injectId: string, team: string) => `${injectId}\u0000${team}`;

function firstOf(map: Map<string, number>, k: string, ms: number): void {
  const prev = map.get(k);
  if (prev === undefined || ms < prev) map.set(k, ms);
}

export function computeTeamBoard({ teams, phases, injects, events, expectedActions }: BoardInput): TeamBoardModel {
  const teamIds = new Set(teams.map((t) => t.id));
  const columns: BoardColumn[] = injects
    .filter((i) => i.releasedAt !== null && i.recipients.some((r) => teamIds.has(r)))
    .map((i) => ({ id: i.id, number: i.number, title: i.title, phase: i.phase, receivedMs: parseTimeSpan(i.releasedAt) }))
    .sort((a, b) => a.receivedMs - b.receivedMs || a.number - b.number);
  const injectById = new Map(injects.map((i) => [i.id, i]));
  const byDecision = new Map<string, string>();
  for (const i of injects) if (i.decision) byDecision.set(i.decision.id, i.id);
  const actionOf = new Map(expectedActions.map((a) => [a.id, a]));

  const acknowledged = new Map<string, number>();
  const answers = new Map<string, TeamAnswer[]>();
  const missed = new Map<string, number>();
  for (const e of events) {
    const ms = parseTimeSpan(e.gameTime);
    switch (e.type) {
      case 'inject-acknowledged':
        if (e.injectId && e.team) firstOf(acknowledged, key(e.injectId, e.team), ms);
        break;
      case 'inject-responded':
        if (e.injectId && e.team) {
          const k = key(e.injectId, e.team);
          answers.set(k, [...(answers.get(k) ?? []), { gameMs: ms, text: e.text ?? '' }]);
        }
        break;
      case 'decision-taken': {
        const injectId = e.decisionId ? byDecision.get(e.decisionId) : undefined;
        if (!injectId || !e.team) break;
        // A decision taken by default is the deadline passing, not the team's answer.
        if (e.byDefault) firstOf(missed, key(injectId, e.team), ms);
        else {
          const option = injectById.get(injectId)?.decision?.options.find((o) => o.id === e.optionId);
          const k = key(injectId, e.team);
          answers.set(k, [...(answers.get(k) ?? []), { gameMs: ms, text: `Decided: ${option?.title ?? e.optionId ?? ''}` }]);
        }
        break;
      }
      case 'expected-action-missed': {
        const action = e.actionId ? actionOf.get(e.actionId) : undefined;
        if (action) firstOf(missed, key(action.injectId, e.team ?? action.team), ms);
        break;
      }
    }
  }

  const rows: BoardRow[] = teams.map((t, order) => {
    const cells = new Map<string, BoardCell>();
    let overdue = 0;
    let unacknowledged = 0;
    let unanswered = 0;
    for (const c of columns) {
      const inject = injectById.get(c.id);
      if (!inject?.recipients.includes(t.id)) continue;
      const k = key(c.id, t.id);
      const given = answers.get(k) ?? [];
      const answeredMs = given.length > 0 ? given[0].gameMs : null;
      // Answering acknowledges too (the server counts it so); the board shows the earlier of the two.
      const ackEvent = acknowledged.get(k);
      const acknowledgedMs = ackEvent ?? answeredMs;
      const deadline = missed.get(k) ?? null;
      const overdueMs = deadline !== null && (answeredMs === null || answeredMs > deadline) ? deadline : null;
      const state: CellState = answeredMs !== null ? 'answered' : overdueMs !== null ? 'overdue' : acknowledgedMs !== null ? 'acknowledged' : 'received';
      cells.set(c.id, { injectId: c.id, state, receivedMs: c.receivedMs, acknowledgedMs, answeredMs, overdueMs, late: answeredMs !== null && overdueMs !== null, answers: given });
      if (state === 'overdue') overdue++;
      if (acknowledgedMs === null) unacknowledged++;
      if (answeredMs === null) unanswered++;
    }
    return { team: t.id, name: t.name, order, cells, overdue, unacknowledged, unanswered };
  });

  const used = new Set(columns.map((c) => c.phase ?? ''));
  const phaseIds = [...phases.map((p) => p.id).filter((p) => used.has(p)), ...(used.has('') ? [''] : [])];
  return { columns, rows, phases: phaseIds };
}

/** Most behind first: overdue, then not yet acknowledged, then not yet answered; ties in scenario order. */
export function mostBehindFirst(a: BoardRow, b: BoardRow): number {
  return b.overdue - a.overdue || b.unacknowledged - a.unacknowledged || b.unanswered - a.unanswered || a.order - b.order;
}

/** One team's standing per phase, for the per-phase view of a long exercise. */
export function tallyByPhase(model: TeamBoardModel, row: BoardRow): PhaseTally[] {
  return model.phases.map((phase) => {
    const tally: PhaseTally = { phase, received: 0, acknowledged: 0, answered: 0, overdue: 0, lastMs: null };
    for (const c of model.columns) {
      if ((c.phase ?? '') !== phase) continue;
      const cell = row.cells.get(c.id);
      if (!cell) continue;
      tally.received++;
      if (cell.acknowledgedMs !== null) tally.acknowledged++;
      if (cell.answeredMs !== null) tally.answered++;
      if (cell.state === 'overdue') tally.overdue++;
      const last = Math.max(cell.receivedMs, cell.acknowledgedMs ?? -Infinity, cell.answeredMs ?? -Infinity, cell.overdueMs ?? -Infinity);
      tally.lastMs = tally.lastMs === null ? last : Math.max(tally.lastMs, last);
    }
    return tally;
  });
}

/** The game time a cell's state was reached: when it was answered, fell overdue, was acknowledged or arrived. */
export function cellTime(cell: BoardCell): number {
  switch (cell.state) {
    case 'answered':
      return cell.answeredMs!;
    case 'overdue':
      return cell.overdueMs!;
    case 'acknowledged':
      return cell.acknowledgedMs!;
    default:
      return cell.receivedMs;
  }
}
