import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatOffset, parseTimeSpan, storyDayTimeOfGame, storyFrame, storyMomentOfGame, storyTimeOfGame, type StoryFrame } from '../clock';
import { renderMarkdown } from '../markdown';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { InjectDetail } from '../types';
import { channelIcon, channelLabel } from './channels';
import { ErrorText } from './Messages';
import { MselBulkBar, type BulkRequest, type BulkVerb } from './MselBulkBar';
import { attentionCounts, dueMs, EMPTY_FILTER, filterInjects, groupByPhase, isOverdue, nextDue, phaseKey, phaseLabel, statusOf, type MselFilter } from './mselFilter';
import { MselToolbar } from './MselToolbar';
import { StatusBadge } from './StateBadge';

/** User-timing names the browser test reads: one measure per render of the table. */
export const MSEL_RENDER = 'msel-render';
const RENDER_START = 'msel-render-start';
/** Measures kept before the oldest are dropped, so hours of play do not grow the performance timeline. */
const KEEP_MEASURES = 500;
let measured = 0;

const KEY_VERBS: Record<string, BulkVerb> = { r: 'release', h: 'hold', s: 'skip' };
const COLUMNS = 7;

/**
 * The master scenario events list as control works it: filters, phases that fold, the next inject due and those
 * overdue or held one click away, each row's time in story time, a selection released or held together, and
 * keys for release / hold / skip that always ask first.
 */
export function MselTable({ store }: { store: ExerciseStore }) {
  performance.mark(RENDER_START);
  const injects = store.injects.value;
  const outline = store.outline.value;
  const clock = store.clock.value;
  const frame = storyFrame(clock, outline?.storyStart);
  const [filter, setFilter] = useState<MselFilter>(EMPTY_FILTER);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [request, setRequest] = useState<BulkRequest | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<string | null>(null);
  const [, rerender] = useState(0);

  const teamName = (id: string) => store.teamName(id);
  const shown = useMemo(() => filterInjects(injects, filter, teamName), [injects, filter, store.teamNames.value]);
  const phaseOrder = useMemo(() => (outline?.phases ?? []).map((p) => p.id), [outline]);
  const groups = useMemo(() => groupByPhase(shown, phaseOrder), [shown, phaseOrder]);
  const next = useMemo(() => nextDue(injects), [injects]);
  const nextIds = new Set(next.map((i) => i.id));
  const counts = useMemo(() => attentionCounts(injects), [injects]);
  const visible = groups.flatMap((g) => (collapsed.has(g.key) ? [] : g.injects));
  const selectedInjects = injects.filter((i) => selected.has(i.id)).sort((a, b) => a.number - b.number);
  const teamCount = outline?.teams.length ?? 0;

  useLayoutEffect(() => {
    performance.mark('msel-render-end');
    if (++measured % KEEP_MEASURES === 0) performance.clearMeasures(MSEL_RENDER);
    performance.measure(MSEL_RENDER, RENDER_START, 'msel-render-end');
    const target = focusAfterRender.current;
    if (target) {
      focusAfterRender.current = null;
      const row = host.current?.querySelector<HTMLElement>(`tr[data-inject="${CSS.escape(target)}"]`);
      row?.scrollIntoView({ block: 'center' });
      row?.focus({ preventScroll: true });
    }
  });

  /** Focuses (and scrolls to) a row after the next render, which this forces even when the row is focused already. */
  const focusRow = (id: string) => {
    setFocused(id);
    focusAfterRender.current = id;
    rerender((n) => n + 1);
  };

  const toggleSelected = (id: string) => {
    const nextSet = new Set(selected);
    if (!nextSet.delete(id)) nextSet.add(id);
    setSelected(nextSet);
  };

  const showNext = () => {
    const first = next[0];
    if (!first) return;
    if (!shown.some((i) => i.id === first.id)) setFilter(EMPTY_FILTER);
    if (collapsed.has(phaseKey(first))) setCollapsed(new Set([...collapsed].filter((k) => k !== phaseKey(first))));
    focusRow(first.id);
  };

  /** Keys on a focused row: move, select, and ask to release / hold / skip the selection (or the row). */
  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (request && e.key === 'Escape') {
      e.preventDefault();
      setRequest(null);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || request || target.closest('input, select, textarea, button, a')) return;
    const at = visible.findIndex((i) => i.id === focused);
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === 'ArrowDown' || key === 'j' || key === 'ArrowUp' || key === 'k') {
      e.preventDefault();
      const step = key === 'ArrowDown' || key === 'j' ? 1 : -1;
      const to = visible[Math.min(visible.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
      if (to) focusRow(to.id);
    } else if ((key === ' ' || key === 'x') && focused) {
      e.preventDefault();
      toggleSelected(focused);
    } else if (key === 'Enter' && focused) {
      e.preventDefault();
      setOpen(open === focused ? null : focused);
    } else if (KEY_VERBS[key]) {
      const targets = selectedInjects.length > 0 ? selectedInjects : injects.filter((i) => i.id === focused);
      if (targets.length === 0) return;
      e.preventDefault();
      setRequest({ verb: KEY_VERBS[key], injects: targets });
    } else if (key === 'Escape' && selected.size > 0) {
      setSelected(new Set());
    }
  };

  const allKeys = groups.map((g) => g.key);
  const allCollapsed = allKeys.length > 0 && allKeys.every((k) => collapsed.has(k));
  const phaseName = (key: string) => phaseLabel(key, outline?.phases ?? []);
  const visibleIds = visible.map((i) => i.id);
  const allVisibleSelected = visibleIds.length > 0 && visibleIds.every((id) => selected.has(id));

  return (
    <section class="panel msel" aria-labelledby="msel-title" data-testid="msel">
      <div class="panel-head">
        <h2 id="msel-title">MSEL timeline</h2>
        <span class="muted small keys-hint">Keys on a row: ↑/↓ move · Space select · R release · H hold · S skip (each asks first) · Enter details</span>
      </div>
      <MselToolbar
        store={store}
        filter={filter}
        onFilter={setFilter}
        shown={shown.length}
        total={injects.length}
        next={next}
        nextLabel={next[0] && frame ? storyDayTimeOfGame(frame, dueMs(next[0]) ?? 0) : ''}
        overdue={counts.overdue}
        held={counts.held}
        onShowNext={showNext}
        allCollapsed={allCollapsed}
        onCollapseAll={(c) => setCollapsed(c ? new Set(allKeys) : new Set())}
      />
      <MselBulkBar
        store={store}
        selected={selectedInjects}
        request={request}
        onRequest={setRequest}
        onClear={() => setSelected(new Set())}
        onDone={() => focused && focusRow(focused)}
      />
      <div class="msel-scroll" ref={host} onKeyDown={onKeyDown} data-testid="msel-scroll">
        <table class="msel-table">
          <thead>
            <tr>
              <th scope="col" class="col-select">
                <input
                  type="checkbox"
                  aria-label="Select every row shown"
                  data-testid="msel-select-all"
                  checked={allVisibleSelected}
                  onChange={(e) => setSelected(e.currentTarget.checked ? new Set([...selected, ...visibleIds]) : new Set([...selected].filter((id) => !visibleIds.includes(id))))}
                />
              </th>
              <th scope="col">#</th>
              <th scope="col">Story time{clock?.storyZone ? ` (${clock.storyZone})` : ''}</th>
              <th scope="col">Title</th>
              <th scope="col">Recipients</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          {injects.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={COLUMNS} class="muted">
                  No injects loaded.
                </td>
              </tr>
            </tbody>
          )}
          {injects.length > 0 && shown.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={COLUMNS} class="muted" data-testid="msel-empty">
                  No inject matches these filters.
                </td>
              </tr>
            </tbody>
          )}
          {groups.map((g) => {
            const isCollapsed = collapsed.has(g.key);
            const waiting = g.injects.filter((i) => ['pending', 'held', 'due'].includes(statusOf(i))).length;
            return (
              <tbody key={g.key} data-testid={`msel-phase-${g.key}`}>
                <tr class="phase-row">
                  <th colSpan={COLUMNS} scope="rowgroup">
                    <button
                      type="button"
                      class="link-button phase-toggle"
                      aria-expanded={!isCollapsed}
                      data-testid={`msel-phase-toggle-${g.key}`}
                      onClick={() => {
                        const c = new Set(collapsed);
                        if (!c.delete(g.key)) c.add(g.key);
                        setCollapsed(c);
                      }}
                    >
                      {isCollapsed ? '▸' : '▾'} {phaseName(g.key)}
                    </button>
                    <span class="muted small">
                      {' '}
                      · {g.injects.length} shown, {waiting} waiting
                    </span>
                  </th>
                </tr>
                {!isCollapsed &&
                  g.injects.map((i) => (
                    <MselRow
                      key={i.id}
                      store={store}
                      inject={i}
                      frame={frame}
                      teamCount={teamCount}
                      isNext={nextIds.has(i.id)}
                      isSelected={selected.has(i.id)}
                      isFocused={focused === i.id}
                      isOpen={open === i.id}
                      onToggleSelected={() => toggleSelected(i.id)}
                      onToggleOpen={() => setOpen(open === i.id ? null : i.id)}
                      onFocus={() => setFocused(i.id)}
                    />
                  ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  store: ExerciseStore;
  inject: InjectDetail;
  frame: StoryFrame | null;
  teamCount: number;
  isNext: boolean;
  isSelected: boolean;
  isFocused: boolean;
  isOpen: boolean;
  onToggleSelected: () => void;
  onToggleOpen: () => void;
  onFocus: () => void;
}

function MselRow({ store, inject: i, frame, teamCount, isNext, isSelected, isFocused, isOpen, onToggleSelected, onToggleOpen, onFocus }: RowProps) {
  const due = dueMs(i);
  const released = i.releasedAt ? parseTimeSpan(i.releasedAt) : null;
  const classes = [`status-row-${statusOf(i)}`, isNext && 'is-next', isOverdue(i) && 'is-overdue', isSelected && 'is-selected'].filter(Boolean).join(' ');
  const everyone = teamCount > 1 && i.recipients.length === teamCount;
  return (
    <tr class={classes} data-testid={`msel-row-${i.id}`} data-inject={i.id} data-status={i.status} data-next={isNext ? 'true' : undefined} tabIndex={isFocused ? 0 : -1} onFocus={onFocus} aria-selected={isSelected}>
      <td class="col-select">
        <input type="checkbox" data-testid={`msel-select-${i.id}`} aria-label={`Select #${i.number} ${i.title}`} checked={isSelected} onChange={onToggleSelected} />
      </td>
      <td class="num">{i.number}</td>
      <td class="small time-cell" data-testid={`msel-time-${i.id}`}>
        {due !== null && frame ? <span class="story">{storyTimeOfGame(frame, due)}</span> : <em class="muted">{i.onDemand ? 'on demand' : 'not scheduled'}</em>}
        <div class="muted trigger" title={i.trigger ?? undefined}>
          {due !== null && formatOffset(due)}
          {i.trigger && !i.onDemand && (due !== null ? ` · ${i.trigger}` : i.trigger)}
        </div>
      </td>
      <td>
        <div class="title-line">
          <span class="channel-icon" title={channelLabel(i.channel)} aria-hidden="true">
            {channelIcon(i.channel)}
          </span>
          <button type="button" class="link-button" aria-expanded={isOpen} onClick={onToggleOpen}>
            {i.title}
            <span class="sr-only"> ({channelLabel(i.channel)})</span>
          </button>
        </div>
        {isNext && <span class="badge next-badge">next</span>}
        {isOpen && (
          <div class="msel-detail small">
            <div class="md">{renderMarkdown(i.body)}</div>
            {i.notes && (
              <p>
                <strong>Notes:</strong> {i.notes}
              </p>
            )}
            {i.expectedActions.length > 0 && (
              <p>
                <strong>Expected actions:</strong> {i.expectedActions.join('; ')}
              </p>
            )}
          </div>
        )}
      </td>
      <td class="small" title={i.recipients.map((r) => store.teamName(r)).join('\n')}>
        <div class="clamp-2">{everyone ? `All teams (${teamCount})` : shortList(i.recipients.map((r) => store.teamName(r)))}</div>
      </td>
      <td>
        <StatusBadge status={isOverdue(i) ? 'overdue' : i.status} />
        {released !== null && frame && (
          <div class="muted small nowrap" title={`Released at ${storyMomentOfGame(frame, released)}`}>
            at {storyDayTimeOfGame(frame, released)}
          </div>
        )}
      </td>
      <td>
        <InjectButtons store={store} inject={i} />
      </td>
    </tr>
  );
}

/**
 * Recipients in a narrow cell: the part of each name before " — " (teams are often "Nation — body"), at most three,
 * then "+n"; the full names are in the cell's title.
 */
function shortList(names: string[]): string {
  const short = names.map((n) => n.split(' — ')[0]);
  return short.length <= 3 ? short.join(', ') : `${short.slice(0, 3).join(', ')} +${short.length - 3}`;
}

const RELEASABLE = new Set(['pending', 'held', 'due']);

/** One row's own buttons: immediate, as before; the keys and the selection ask first. */
function InjectButtons({ store, inject }: { store: ExerciseStore; inject: InjectDetail }) {
  const action = useAction();
  const status = statusOf(inject);
  if (!RELEASABLE.has(status)) return null;
  const cmd = (verb: string, method: string) => action.run(() => store.hub.command(`${verb}:${inject.id}`, method, inject.id));
  return (
    <div class="button-row compact">
      <button type="button" data-testid={`release-${inject.id}`} disabled={action.busy} onClick={() => void cmd('release', 'ReleaseInject')}>
        Release
      </button>
      {status === 'pending' && (
        <button type="button" class="secondary" data-testid={`hold-${inject.id}`} disabled={action.busy} onClick={() => void cmd('hold', 'HoldInject')}>
          Hold
        </button>
      )}
      <button type="button" class="secondary" data-testid={`skip-${inject.id}`} disabled={action.busy} onClick={() => void cmd('skip', 'SkipInject')}>
        Skip
      </button>
      <ErrorText error={action.error} />
    </div>
  );
}
