import type { StoryFrame } from '../clock';
import { moment } from './format';
import type { RatingReview } from './reviewTypes';

/**
 * A rating as the review shows it: code, label, who, when (story time with the offset in brackets, as the reports
 * write it), and the note; "not rated" when there is none.
 */
export function RatingText({ rating, frame }: { rating: RatingReview | null; frame: StoryFrame | null }) {
  if (!rating) return <span class="muted">not rated</span>;
  return (
    <span>
      <strong class={`rating rating-${rating.rating}`}>{rating.rating}</strong> {rating.label}{' '}
      <span class="muted small" data-testid="rating-by">
        · {rating.by} · {moment(frame, rating.gameTime)}
      </span>
      {rating.note && <span class="small"> — {rating.note}</span>}
    </span>
  );
}
