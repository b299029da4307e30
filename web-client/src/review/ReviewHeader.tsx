import type { StoryFrame } from '../clock';
import { ConnectionBanner } from '../components/ConnectionBanner';
import type { ExerciseStore } from '../state/exercise';
import { duration, moment, wallTime } from './format';
import type { ExerciseReview } from './reviewTypes';

/** The review's title, where the exercise stands, and the report exports. */
export function ReviewHeader({ review, store, back, frame }: { review: ExerciseReview; store: ExerciseStore; back: string; frame: StoryFrame | null }) {
  const base = `/api/exercises/${encodeURIComponent(review.exerciseId)}/report`;
  return (
    <header class="review-header">
      <div>
        <p class="small muted">
          <a href={back}>← Back to the exercise</a>
        </p>
        <h1>After-action review: {review.exerciseName}</h1>
        <p class="muted">
          {review.title} · <span class={`badge lifecycle-${review.lifecycle}`} data-testid="review-lifecycle">{review.lifecycle}</span>
          {review.endReason ? ` (${review.endReason})` : ''}
        </p>
        <p class="muted small">
          Reached <strong>{moment(frame, review.gameTimeReached)}</strong> of {duration(review.plannedDuration)} planned · started{' '}
          {review.startedAt ? wallTime(review.startedAt) : 'not yet'}
          {review.endedAt ? ` · ended ${wallTime(review.endedAt)}` : review.lifecycle !== 'ended' ? ' · still open: the review follows the exercise live' : ''}
        </p>
        <ConnectionBanner store={store} />
      </div>
      <nav class="exports" aria-label="Exports">
        <a class="button" data-testid="export-html" href={`${base}?format=html`} target="_blank" rel="noopener">
          Open HTML report
        </a>
        <a class="button secondary" data-testid="export-md" href={`${base}?format=md&download=true`} download>
          Markdown
        </a>
        <a class="button secondary" data-testid="export-json" href={`${base}?format=json&download=true`} download>
          Event log (JSON lines)
        </a>
        <a class="button secondary" data-testid="export-csv" href={`${base}?format=csv&download=true`} download>
          MSEL CSV
        </a>
      </nav>
    </header>
  );
}
