import type { StoryFrame } from '../clock';
import { RatingText } from './RatingText';
import type { ExerciseReview } from './reviewTypes';

/** Each objective with its rating, its critical tasks' ratings and how its expected actions went. */
export function ObjectivesPanel({ review, frame }: { review: ExerciseReview; frame: StoryFrame | null }) {
  return (
    <section class="panel" aria-labelledby="objectives-title" data-testid="review-objectives">
      <h2 id="objectives-title">Objectives</h2>
      {review.objectives.map((o) => (
        <div key={o.id} class="objective" id={`review-objective-${o.id}`} tabIndex={-1} data-testid={`objective-${o.id}`}>
          <h3>{o.title}</h3>
          <p class="small muted">
            {o.capability} · actions {o.actionsMet} met, {o.actionsMissed} missed, {o.actionsOpen} open · scale {o.scale.map((l) => l.code).join('/')}
          </p>
          <p>
            <RatingText rating={o.rating} frame={frame} />
          </p>
          <ul class="plain small">
            {o.tasks.map((t) => (
              <li key={t.id}>
                {t.title}: <RatingText rating={t.rating} frame={frame} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
