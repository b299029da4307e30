import type { StoryFrame } from '../clock';
import { DataTable } from '../components/DataTable';
import { duration, moment, percent, words } from './format';
import type { ExerciseReview, InjectReview, RecipientReview } from './reviewTypes';

/** One row per inject and recipient team (an inject without recipients has one row of its own). */
interface InjectRow {
  inject: InjectReview;
  recipient: RecipientReview | null;
  first: boolean;
}

/** Every inject and what each recipient team did with it. */
export function InjectsPanel({ review, teamName, frame }: { review: ExerciseReview; teamName: (id: string) => string; frame: StoryFrame | null }) {
  const f = review.figures;
  const rows: InjectRow[] = review.injects.flatMap((inject) =>
    (inject.recipients.length ? inject.recipients : [null]).map((recipient, n) => ({ inject, recipient, first: n === 0 })),
  );
  return (
    <section class="panel wide" aria-labelledby="injects-title" data-testid="review-injects">
      <h2 id="injects-title">Injects and responses</h2>
      <DataTable
        class="review-table"
        caption="Injects and responses"
        columns={[
          { key: 'number', header: '#', cell: ({ inject: i }) => i.number },
          { key: 'released', header: 'Released', cell: ({ inject: i }) => (i.releasedAt ? moment(frame, i.releasedAt) : <span class="muted">{words(i.status)}</span>) },
          { key: 'title', header: 'Inject', cell: ({ inject: i }) => i.title },
          { key: 'team', header: 'Team', cell: ({ recipient: r }) => (r ? teamName(r.team) : '–') },
          { key: 'acknowledged', header: 'Acknowledged', cell: ({ recipient: r }) => (r ? duration(r.acknowledgeTime) : '–') },
          { key: 'answered', header: 'Answered', cell: ({ recipient: r }) => (r ? duration(r.responseTime) : '–') },
          { key: 'response', header: 'Response', class: 'small', cell: ({ recipient: r }) => r?.responses.join(' / ') || '–' },
        ]}
        rows={rows}
        rowKey={({ inject, recipient }, n) => `${inject.id}-${recipient?.team ?? n}`}
        rowAttributes={({ inject, first }) => (first ? { id: `review-inject-${inject.id}`, tabIndex: -1 } : {})}
      />
      <p class="small muted">Acknowledged and answered are the time taken after the release; {percent(f.deliveries ? f.answered / f.deliveries : 0)} of deliveries were answered.</p>
    </section>
  );
}
