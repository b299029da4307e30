import { formatOffset, parseTimeSpan, storyDayTimeOfGame, storyMomentOfGame, storyTimeOfGame, type StoryFrame } from '../clock';
import { renderMarkdown } from '../markdown';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { InjectDetail } from '../types';
import { channelIcon, channelLabel } from './channels';
import type { Column, RowAttributes } from './DataTable';
import { ErrorText } from './Messages';
import { dueMs, isOverdue, statusOf } from './mselFilter';
import { StatusBadge } from './StateBadge';

/** What the MSEL's columns read of the table's state for one render. */
export interface MselView {
  store: ExerciseStore;
  frame: StoryFrame | null;
  storyZone: string | undefined;
  teamCount: number;
  nextIds: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  open: string | null;
  /** Every row shown is selected (the header's checkbox is ticked). */
  allVisibleSelected: boolean;
  onSelectAll: (checked: boolean) => void;
  onToggleSelected: (id: string) => void;
  onToggleOpen: (id: string) => void;
}

/** The MSEL's columns: selection, number, story time, title (with its details), recipients, status, the row's buttons. */
export function mselColumns(v: MselView): Column<InjectDetail>[] {
  return [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          aria-label="Select every row shown"
          data-testid="msel-select-all"
          checked={v.allVisibleSelected}
          onChange={(e) => v.onSelectAll(e.currentTarget.checked)}
        />
      ),
      headerAttributes: { class: 'col-select' },
      class: 'col-select',
      cell: (i) => (
        <input type="checkbox" data-testid={`msel-select-${i.id}`} aria-label={`Select #${i.number} ${i.title}`} checked={v.selected.has(i.id)} onChange={() => v.onToggleSelected(i.id)} />
      ),
    },
    { key: 'number', header: '#', class: 'num', cell: (i) => i.number },
    {
      key: 'time',
      header: `Story time${v.storyZone ? ` (${v.storyZone})` : ''}`,
      class: 'small time-cell',
      cellAttributes: (i) => ({ 'data-testid': `msel-time-${i.id}` }),
      cell: (i) => timeCell(i, v.frame),
    },
    { key: 'title', header: 'Title', cell: (i) => titleCell(i, v) },
    {
      key: 'recipients',
      header: 'Recipients',
      class: 'small',
      cellAttributes: (i) => ({ title: i.recipients.map((r) => v.store.teamName(r)).join('\n') }),
      cell: (i) => {
        const everyone = v.teamCount > 1 && i.recipients.length === v.teamCount;
        return <div class="clamp-2">{everyone ? `All teams (${v.teamCount})` : shortList(i.recipients.map((r) => v.store.teamName(r)))}</div>;
      },
    },
    {
      key: 'status',
      header: 'Status',
      cell: (i) => {
        const released = i.releasedAt ? parseTimeSpan(i.releasedAt) : null;
        return [
          <StatusBadge status={isOverdue(i) ? 'overdue' : i.status} />,
          released !== null && v.frame && (
            <div class="muted small nowrap" title={`Released at ${storyMomentOfGame(v.frame, released)}`}>
              at {storyDayTimeOfGame(v.frame, released)}
            </div>
          ),
        ];
      },
    },
    { key: 'actions', header: 'Actions', cell: (i) => <InjectButtons store={v.store} inject={i} /> },
  ];
}

/**
 * A row's classes and hooks: its status, next / overdue / selected for the highlights, and the roving focus the
 * keys move (only the focused row is in the tab order).
 */
export function mselRowAttributes(i: InjectDetail, v: MselView, focused: string | null, onFocus: (id: string) => void): RowAttributes {
  const isNext = v.nextIds.has(i.id);
  const isSelected = v.selected.has(i.id);
  return {
    class: [`status-row-${statusOf(i)}`, isNext && 'is-next', isOverdue(i) && 'is-overdue', isSelected && 'is-selected'].filter(Boolean).join(' '),
    'data-testid': `msel-row-${i.id}`,
    'data-inject': i.id,
    'data-status': i.status,
    'data-next': isNext ? 'true' : undefined,
    tabIndex: focused === i.id ? 0 : -1,
    onFocus: () => onFocus(i.id),
    'aria-selected': isSelected,
  };
}

/**
 * Plain functions rather than components, returning arrays rather than fragments: a fragment is a component to Preact,
 * and a cell's several children in an array sit in the cell as they did when the row was written by hand.
 */
function timeCell(i: InjectDetail, frame: StoryFrame | null) {
  const due = dueMs(i);
  return [
    due !== null && frame ? <span class="story">{storyTimeOfGame(frame, due)}</span> : <em class="muted">{i.onDemand ? 'on demand' : 'not scheduled'}</em>,
    <div class="muted trigger" title={i.trigger ?? undefined}>
      {due !== null && formatOffset(due)}
      {i.trigger && !i.onDemand && (due !== null ? ` · ${i.trigger}` : i.trigger)}
    </div>,
  ];
}

function titleCell(i: InjectDetail, v: MselView) {
  const isOpen = v.open === i.id;
  return [
    <div class="title-line">
      <span class="channel-icon" title={channelLabel(i.channel)} aria-hidden="true">
        {channelIcon(i.channel)}
      </span>
      <button type="button" class="link-button" aria-expanded={isOpen} onClick={() => v.onToggleOpen(i.id)}>
        {i.title}
        <span class="sr-only"> ({channelLabel(i.channel)})</span>
      </button>
    </div>,
    v.nextIds.has(i.id) && <span class="badge next-badge">next</span>,
    isOpen && (
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
    ),
  ];
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
