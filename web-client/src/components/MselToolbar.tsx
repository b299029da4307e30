import type { ExerciseStore } from '../state/exercise';
import { CHANNELS, type InjectDetail } from '../types';
import { channelLabel } from './channels';
import { DURING_PLAY, EMPTY_FILTER, NO_PHASE, ON_DEMAND, STATUS_FILTERS, type MselFilter, type StatusFilter } from './mselFilter';

interface Props {
  store: ExerciseStore;
  filter: MselFilter;
  onFilter: (next: MselFilter) => void;
  shown: number;
  total: number;
  next: InjectDetail[];
  nextLabel: string;
  overdue: number;
  held: number;
  onShowNext: () => void;
  allCollapsed: boolean;
  onCollapseAll: (collapse: boolean) => void;
}

/** The MSEL's filters (phase, team, channel, status, text) and one-click shortcuts to what needs control now. */
export function MselToolbar({ store, filter, onFilter, shown, total, next, nextLabel, overdue, held, onShowNext, allCollapsed, onCollapseAll }: Props) {
  const outline = store.outline.value;
  const set = (patch: Partial<MselFilter>) => onFilter({ ...filter, ...patch });
  const filtered = filter.phase || filter.team || filter.channel || filter.status || filter.text;
  return (
    <div class="msel-toolbar">
      <div class="msel-attention" role="group" aria-label="What needs control">
        <button type="button" class="chip chip-next" data-testid="msel-next-due" disabled={next.length === 0} onClick={onShowNext} title="Show the next inject the clock releases">
          {next.length === 0 ? 'Nothing scheduled next' : `Next due: #${next[0].number} ${next[0].title}${next.length > 1 ? ` (+${next.length - 1})` : ''} · ${nextLabel}`}
        </button>
        <button
          type="button"
          class={`chip chip-overdue ${overdue > 0 ? 'is-hot' : ''}`}
          data-testid="msel-show-overdue"
          aria-pressed={filter.status === 'overdue'}
          onClick={() => set({ status: filter.status === 'overdue' ? '' : 'overdue' })}
        >
          Overdue <span class="count">{overdue}</span>
        </button>
        <button
          type="button"
          class={`chip chip-held ${held > 0 ? 'is-warm' : ''}`}
          data-testid="msel-show-held"
          aria-pressed={filter.status === 'held'}
          onClick={() => set({ status: filter.status === 'held' ? '' : 'held' })}
        >
          Held <span class="count">{held}</span>
        </button>
        <span class="toolbar-end">
        <span class="muted small" data-testid="msel-count" aria-live="polite">
            {shown} of {total}
          </span>
          {filtered && (
            <button type="button" class="link-button small" data-testid="msel-filter-clear" onClick={() => onFilter(EMPTY_FILTER)}>
              Clear filters
            </button>
          )}
          <button type="button" class="link-button small" data-testid="msel-collapse-all" onClick={() => onCollapseAll(!allCollapsed)}>
            {allCollapsed ? 'Expand all phases' : 'Collapse all phases'}
          </button>
        </span>
      </div>
      <div class="msel-filters" role="search" aria-label="Filter the MSEL">
        <input
          type="search"
          data-testid="msel-filter-text"
          aria-label="Search injects"
          placeholder="Search # / title / text"
          value={filter.text}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
        <select data-testid="msel-filter-phase" aria-label="Phase" value={filter.phase} onChange={(e) => set({ phase: e.currentTarget.value })}>
          <option value="">All phases</option>
          {(outline?.phases ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={ON_DEMAND}>On demand (no phase)</option>
          <option value={NO_PHASE}>No phase</option>
          <option value={DURING_PLAY}>Written during play</option>
        </select>
        <select data-testid="msel-filter-team" aria-label="Team" value={filter.team} onChange={(e) => set({ team: e.currentTarget.value })}>
          <option value="">All teams</option>
          {(outline?.teams ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <select data-testid="msel-filter-channel" aria-label="Channel" value={filter.channel} onChange={(e) => set({ channel: e.currentTarget.value })}>
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
        <select data-testid="msel-filter-status" aria-label="Status" value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as StatusFilter })}>
          {STATUS_FILTERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
