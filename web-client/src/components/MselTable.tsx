import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseTimeSpan, storyDayTimeOfGame, storyFrame, zoneSpanLabel } from '../clock';
import type { ExerciseStore } from '../state/exercise';
import type { InjectDetail } from '../types';
import { DataTable, type RowGroup } from './DataTable';
import { MselBulkBar, type BulkRequest, type BulkVerb } from './MselBulkBar';
import { mselColumns, mselRowAttributes, type MselView } from './mselColumns';
import { attentionCounts, dueMs, EMPTY_FILTER, filterInjects, groupByPhase, nextDue, phaseKey, phaseLabel, statusOf, type MselFilter } from './mselFilter';
import { MselToolbar } from './MselToolbar';

/** User-timing names the browser test reads: one measure per render of the table. */
export const MSEL_RENDER = 'msel-render';
const RENDER_START = 'msel-render-start';
/** Measures kept before the oldest are dropped, so hours of play do not grow the performance timeline. */
const KEEP_MEASURES = 500;
let measured = 0;

const KEY_VERBS: Record<string, BulkVerb> = { r: 'release', h: 'hold', s: 'skip' };

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
  const frame = storyFrame(clock, outline);
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
  const view: MselView = {
    store,
    frame,
    storyZone: frame ? zoneSpanLabel(frame.zone, frame.startMs, frame.startMs + parseTimeSpan(outline?.duration)) : undefined,
    teamCount,
    nextIds,
    selected,
    open,
    allVisibleSelected,
    onSelectAll: (checked) => setSelected(checked ? new Set([...selected, ...visibleIds]) : new Set([...selected].filter((id) => !visibleIds.includes(id)))),
    onToggleSelected: toggleSelected,
    onToggleOpen: (id) => setOpen(open === id ? null : id),
  };
  const columns = mselColumns(view);
  const rowGroups: RowGroup<InjectDetail>[] = groups.map((g) => {
    const isCollapsed = collapsed.has(g.key);
    const waiting = g.injects.filter((i) => ['pending', 'held', 'due'].includes(statusOf(i))).length;
    const toggle = () => {
      const c = new Set(collapsed);
      if (!c.delete(g.key)) c.add(g.key);
      setCollapsed(c);
    };
    return {
      key: g.key,
      rows: isCollapsed ? [] : g.injects,
      attributes: { 'data-testid': `msel-phase-${g.key}` },
      header: (
        <>
          <button type="button" class="link-button phase-toggle" aria-expanded={!isCollapsed} data-testid={`msel-phase-toggle-${g.key}`} onClick={toggle}>
            {isCollapsed ? '▸' : '▾'} {phaseName(g.key)}
          </button>
          <span class="muted small">
            {' '}
            · {g.injects.length} shown, {waiting} waiting
          </span>
        </>
      ),
    };
  });

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
        <DataTable
          class="msel-table"
          caption="MSEL timeline"
          wrap={false}
          columns={columns}
          groups={rowGroups}
          groupRowClass="phase-row"
          rowKey={(i) => i.id}
          rowAttributes={(i) => mselRowAttributes(i, view, focused, setFocused)}
          empty={injects.length === 0 ? 'No injects loaded.' : 'No inject matches these filters.'}
          emptyTestId={injects.length === 0 ? undefined : 'msel-empty'}
        />
      </div>
    </section>
  );
}
