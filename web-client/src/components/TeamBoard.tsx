import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { formatStoryTime, zoneSpanLabel, type ClockAnchor } from '../clock';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { BOARD_EVENT_TYPES, cellTime, computeTeamBoard, mostBehindFirst, tallyByPhase, type BoardRow, type CellState, type PhaseTally, type TeamBoardModel } from '../state/teamBoard';
import type { NamedItem } from '../types';
import { DataTable, type Column } from './DataTable';
import { ErrorText, Notice } from './Messages';
import './teamBoard.css';

/** Above this many released injects the board starts in the per-phase view; either view is a click away. */
const MAX_INJECT_COLUMNS = 12;

const STATE_LABEL: Record<CellState, string> = {
  received: 'received',
  acknowledged: 'acknowledged',
  answered: 'answered',
  overdue: 'overdue',
};

type Mode = 'inject' | 'phase';
type Sort = 'order' | 'behind';

/** Story time of a game time, in the scenario's own offset, whatever the browser's zone. */
function storyText(clock: ClockAnchor | null, gameMs: number): string {
  if (!clock) return '';
  return formatStoryTime(clock.storyMs + (gameMs - clock.gameMs), clock.zone);
}

/** "Mon 13:41" for a cell: the weekday and the wall-clock time of the story. */
function shortStoryText(clock: ClockAnchor | null, gameMs: number): string {
  if (!clock) return '';
  const [weekday, , , hhmm] = formatStoryTime(clock.storyMs + (gameMs - clock.gameMs), clock.zone, false).split(' ');
  return `${weekday} ${hhmm}`;
}

/**
 * One row per team, one column per released inject (or per phase): where each team stands — received,
 * acknowledged, answered, overdue — and when, in story time. A row or cell opens the team's answers. Control can
 * message the team from there; evaluators and observers read the same board without that.
 */
export function TeamBoard({ store, canAct = false }: { store: ExerciseStore; canAct?: boolean }) {
  const outline = store.outline.value;
  const events = store.events.value;
  // Only acknowledgements, answers, decisions and deadlines move the board; a sector sample does not recompute it.
  const relevant = useMemo(() => events.filter((e) => BOARD_EVENT_TYPES.has(e.type)), [events]);
  const relevantKey = `${relevant.length}:${relevant[relevant.length - 1]?.seq ?? 0}`;
  const model = useMemo(
    () =>
      computeTeamBoard({
        teams: outline?.teams ?? [],
        phases: outline?.phases ?? [],
        injects: store.injects.value,
        events: relevant,
        expectedActions: outline?.expectedActions ?? [],
      }),
    // `relevant` itself is named by relevantKey: the log only grows, by sequence number.
    [outline, store.injects.value, relevantKey],
  );
  const [chosenMode, setMode] = useState<Mode | null>(null);
  const mode: Mode = chosenMode ?? (model.columns.length > MAX_INJECT_COLUMNS ? 'phase' : 'inject');
  const [sort, setSort] = useState<Sort>('order');
  const [open, setOpen] = useState<{ team: string; inject: string | null } | null>(null);
  /** A team's name opens or closes its answers; a cell opens them at that inject. */
  const onOpen = useCallback(
    (team: string, inject: string | null) => setOpen((prev) => (inject === null && prev?.team === team && prev.inject === null ? null : { team, inject })),
    [],
  );
  const clock = store.clock.value;
  const openRow = open ? model.rows.find((r) => r.team === open.team) : undefined;
  return (
    <section class="panel team-board wide" aria-labelledby="team-board-title" data-testid="team-board">
      <div class="board-head">
        <h2 id="team-board-title">Team board</h2>
        <div class="board-tools">
          <span class="segmented" role="group" aria-label="Columns">
            <button type="button" class="secondary" aria-pressed={mode === 'inject'} data-testid="board-mode-inject" onClick={() => setMode('inject')}>
              Per inject
            </button>
            <button type="button" class="secondary" aria-pressed={mode === 'phase'} data-testid="board-mode-phase" onClick={() => setMode('phase')}>
              Per phase
            </button>
          </span>
          <label for="board-sort">Sort</label>
          <select id="board-sort" data-testid="board-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as Sort)}>
            <option value="order">Scenario order</option>
            <option value="behind">Most behind first</option>
          </select>
        </div>
      </div>
      <p class="muted small board-legend">
        <span class="board-chip state-received">received</span> <span class="board-chip state-acknowledged">acknowledged</span>{' '}
        <span class="board-chip state-answered">answered</span> <span class="board-chip state-overdue">overdue</span> · times in story time
        {clock ? ` (${zoneSpanLabel(clock.zone, clock.storyMs - clock.gameMs, clock.storyMs)})` : ''}. Select a team or a cell for its answers.
      </p>
      {model.columns.length === 0 ? (
        <p class="muted" data-testid="board-empty">
          Nothing has been released to a team yet.
        </p>
      ) : (
        <BoardTable model={model} mode={mode} sort={sort} openTeam={open?.team ?? null} clock={clock} phases={outline?.phases ?? NO_PHASES} onOpen={onOpen} />
      )}
      {openRow && <TeamAnswers store={store} model={model} row={openRow} focus={open?.inject ?? null} canAct={canAct} onClose={() => setOpen(null)} />}
    </section>
  );
}

const NO_PHASES: NamedItem[] = [];

interface TableProps {
  model: TeamBoardModel;
  mode: Mode;
  sort: Sort;
  openTeam: string | null;
  clock: ClockAnchor | null;
  phases: NamedItem[];
  onOpen: (team: string, inject: string | null) => void;
}

/** The grid itself; memoised, so it renders again only when the board, the view or the selection changes. */
const BoardTable = memo(function BoardTable({ model, mode, sort, openTeam, clock, phases, onOpen }: TableProps) {
  const started = performance.now();
  const rows = sort === 'behind' ? [...model.rows].sort(mostBehindFirst) : model.rows;
  const phaseName = (id: string) => (id ? (phases.find((p) => p.id === id)?.name ?? id) : 'Written during play');
  // Render figures for the browser test and for anyone profiling: from rendering the grid to its effects (after paint).
  useEffect(() => {
    performance.measure('team-board-render', { start: started, end: performance.now() });
  });
  const columns: Column<BoardRow>[] = [
    {
      key: 'team',
      header: 'Team',
      headerAttributes: { class: 'board-team-col' },
      rowHeader: true,
      class: 'board-team-col',
      // An array, not a fragment (a component to Preact): the cell's children as they were by hand.
      cell: (row) => [
        <button type="button" class="link-button" data-testid={`board-team-${row.team}`} aria-expanded={openTeam === row.team} onClick={() => onOpen(row.team, null)}>
          {row.name}
        </button>,
        <div class="muted board-behind" data-testid={`board-behind-${row.team}`}>
          {behindText(row)}
        </div>,
      ],
    },
    ...(mode === 'inject' ? injectColumns(model, clock, onOpen) : phaseColumns(model, rows, phaseName, clock, onOpen)),
  ];
  return (
    <DataTable
      class="board small"
      testId="board-table"
      attributes={{ 'data-mode': mode }}
      wrapClass="board-wrap"
      caption={mode === 'inject' ? 'Where each team stands on each released inject' : 'Where each team stands in each phase'}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.team}
      rowAttributes={(row) => ({ 'data-testid': `board-row-${row.team}`, class: openTeam === row.team ? 'selected' : '' })}
    />
  );
});

/** A phase cell takes the colour of its weakest state: anything overdue, else all answered, else all acknowledged. */
function tallyClass(t: PhaseTally): string {
  if (t.received === 0) return '';
  if (t.overdue > 0) return 'state-overdue';
  if (t.answered === t.received) return 'state-answered';
  if (t.acknowledged === t.received) return 'state-acknowledged';
  return 'state-received';
}

function behindText(row: BoardRow): string {
  const parts = [
    row.overdue > 0 ? `${row.overdue} overdue` : '',
    row.unacknowledged > 0 ? `${row.unacknowledged} not acknowledged` : '',
    row.unanswered > 0 ? `${row.unanswered} not answered` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'up to date' : parts.join(' · ');
}

/** One column per released inject: the cell's state and when it was reached, or a hatched cell for a team not addressed. */
function injectColumns(model: TeamBoardModel, clock: ClockAnchor | null, onOpen: (team: string, inject: string | null) => void): Column<BoardRow>[] {
  return model.columns.map((c) => ({
    key: `inject:${c.id}`,
    header: ['#', c.number, <div class="muted board-col-time">{shortStoryText(clock, c.receivedMs)}</div>],
    headerAttributes: { title: `#${c.number} ${c.title}`, 'data-testid': `board-col-${c.id}` },
    class: (row) => {
      const cell = row.cells.get(c.id);
      return cell ? `board-cell state-${cell.state}` : 'board-cell not-addressed';
    },
    cellAttributes: (row) => {
      const cell = row.cells.get(c.id);
      return cell ? { 'data-testid': `board-cell-${row.team}-${cell.injectId}`, 'data-state': cell.state } : { 'aria-label': 'not addressed to this team' };
    },
    cell: (row) => {
      const cell = row.cells.get(c.id);
      if (!cell) return <span class="muted">—</span>;
      const at = cellTime(cell);
      return (
        <button type="button" class="board-cell-button" title={`${STATE_LABEL[cell.state]}${cell.late ? ' late' : ''} at ${storyText(clock, at)}`} onClick={() => onOpen(row.team, c.id)}>
          {STATE_LABEL[cell.state]}
          {cell.late && ' (late)'}
          <div class="board-time">{shortStoryText(clock, at)}</div>
        </button>
      );
    },
  }));
}

/** One column per phase: how many of the phase's injects each team acknowledged and answered, coloured by the weakest. */
function phaseColumns(
  model: TeamBoardModel,
  rows: readonly BoardRow[],
  phaseName: (id: string) => string,
  clock: ClockAnchor | null,
  onOpen: (team: string, inject: string | null) => void,
): Column<BoardRow>[] {
  // Each row's tallies once, not once per cell.
  const tallies = new Map(rows.map((row) => [row.team, tallyByPhase(model, row)]));
  return model.phases.map((p, at) => ({
    key: `phase:${p}`,
    header: phaseName(p),
    headerAttributes: { 'data-testid': `board-col-phase-${p || 'none'}` },
    class: (row) => `board-cell ${tallyClass(tallies.get(row.team)![at])}`,
    cellAttributes: (row) => ({ 'data-testid': `board-phase-${row.team}-${p || 'none'}` }),
    cell: (row) => {
      const t = tallies.get(row.team)![at];
      return t.received === 0 ? (
        <span class="muted">—</span>
      ) : (
        <button type="button" class="board-cell-button" onClick={() => onOpen(row.team, null)}>
          ack {t.acknowledged}/{t.received} · ans {t.answered}/{t.received}
          {t.overdue > 0 && <> · {t.overdue} overdue</>}
          {t.lastMs !== null && <div class="board-time">{shortStoryText(clock, t.lastMs)}</div>}
        </button>
      );
    },
  }));
}

/** One team's injects with what it did about each, and the text of its answers. */
function TeamAnswers({ store, model, row, focus, canAct, onClose }: { store: ExerciseStore; model: TeamBoardModel; row: BoardRow; focus: string | null; canAct: boolean; onClose: () => void }) {
  const clock = store.clock.value;
  const columns = model.columns.filter((c) => row.cells.has(c.id)).reverse();
  useEffect(() => {
    if (focus) document.getElementById(`board-answer-${row.team}-${focus}`)?.scrollIntoView({ block: 'nearest' });
  }, [row.team, focus]);
  return (
    <div class="board-detail" data-testid="board-detail" aria-labelledby="board-detail-title">
      <div class="board-head">
        <h3 id="board-detail-title">
          {row.name}: {behindText(row)}
        </h3>
        <button type="button" class="secondary" data-testid="board-detail-close" onClick={onClose}>
          Close
        </button>
      </div>
      {canAct && <Reminder store={store} team={row.team} name={row.name} />}
      <ol class="plain board-answers">
        {columns.map((c) => {
          const cell = row.cells.get(c.id)!;
          return (
            <li key={c.id} id={`board-answer-${row.team}-${c.id}`} class={focus === c.id ? 'focused' : ''} data-testid={`board-answer-${row.team}-${c.id}`}>
              <strong>
                #{c.number} {c.title}
              </strong>{' '}
              <span class={`board-chip state-${cell.state}`}>{STATE_LABEL[cell.state]}</span>
              <div class="muted small">
                received {storyText(clock, cell.receivedMs)}
                {cell.acknowledgedMs !== null && <> · acknowledged {storyText(clock, cell.acknowledgedMs)}</>}
                {cell.overdueMs !== null && <> · overdue since {storyText(clock, cell.overdueMs)}</>}
              </div>
              {cell.answers.map((a, i) => (
                <blockquote key={i} class="event-body" data-testid="board-answer-text">
                  <span class="muted small">{storyText(clock, a.gameMs)}: </span>
                  {a.text}
                </blockquote>
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Control only: a message to the team that is behind, sent as any control message is. */
function Reminder({ store, team, name }: { store: ExerciseStore; team: string; name: string }) {
  const [text, setText] = useState('');
  const action = useAction();
  const send = async (e: Event) => {
    e.preventDefault();
    const message = text.trim();
    if (!message) return;
    if (await action.run(() => store.hub.command(`msg:${team}:${message}`, 'SendMessage', team, message), `Message sent to ${name}.`)) setText('');
  };
  return (
    <form class="inline-form" onSubmit={send}>
      <label for={`board-remind-${team}`}>Message {name}</label>
      <input id={`board-remind-${team}`} data-testid="board-remind-text" value={text} placeholder="e.g. Please acknowledge the latest inject." onInput={(e) => setText(e.currentTarget.value)} />
      <button type="submit" data-testid="board-remind-send" disabled={action.busy || !text.trim()}>
        Send
      </button>
      <ErrorText error={action.error} />
      <Notice text={action.notice} />
    </form>
  );
}
