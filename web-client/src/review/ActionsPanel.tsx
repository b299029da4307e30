import type { StoryFrame } from '../clock';
import { DataTable } from '../components/DataTable';
import { actionStatusColumn } from './actionStatusColumn';
import { duration, moment } from './format';
import { RatingText } from './RatingText';
import type { ExerciseReview } from './reviewTypes';

/** Every expected action: whose, by when, how it was judged and rated. */
export function ActionsPanel({ review, teamName, frame }: { review: ExerciseReview; teamName: (id: string) => string; frame: StoryFrame | null }) {
  return (
    <section class="panel wide" aria-labelledby="actions-title" data-testid="review-actions">
      <h2 id="actions-title">Expected actions</h2>
      {review.expectedActions.length === 0 ? (
        <p class="muted">None in this scenario.</p>
      ) : (
        <DataTable
          class="review-table"
          caption="Expected actions"
          columns={[
            { key: 'inject', header: 'Inject', cell: (a) => `#${a.injectNumber}` },
            { key: 'team', header: 'Team', cell: (a) => teamName(a.team) },
            { key: 'action', header: 'Action', cell: (a) => a.action },
            { key: 'deadline', header: 'Deadline', cell: (a) => moment(frame, a.deadline) },
            actionStatusColumn(frame),
            { key: 'taken', header: 'Time taken', cell: (a) => duration(a.timeTaken) },
            { key: 'rating', header: 'Rating', cell: (a) => <RatingText rating={a.rating} frame={frame} /> },
          ]}
          rows={review.expectedActions}
          rowKey={(a) => a.id}
          rowAttributes={(a) => ({ 'data-testid': `action-${a.id}`, class: `row-${a.status}` })}
        />
      )}
    </section>
  );
}
