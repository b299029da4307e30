import type { RatingReview } from './reviewTypes';

/** A rating as the review shows it: code, label, who, and the note; "not rated" when there is none. */
export function RatingText({ rating }: { rating: RatingReview | null }) {
  if (!rating) return <span class="muted">not rated</span>;
  return (
    <span>
      <strong class={`rating rating-${rating.rating}`}>{rating.rating}</strong> {rating.label} <span class="muted small">· {rating.by}</span>
      {rating.note && <span class="small"> — {rating.note}</span>}
    </span>
  );
}
