import type { ExerciseReview } from './reviewTypes';

/** The hot-wash questions and each team's latest answer. */
export function HotWashAnswers({ review, teamName }: { review: ExerciseReview; teamName: (id: string) => string }) {
  return (
    <section class="panel" aria-labelledby="hotwash-title" data-testid="review-hotwash">
      <h2 id="hotwash-title">Hot wash</h2>
      {review.hotWash.length === 0 && <p class="muted">The scenario has no hot-wash questions.</p>}
      {review.hotWash.map((q) => (
        <div key={q.id} class="hotwash-question">
          <h3>{q.question}</h3>
          {q.teams.length === 0 && <p class="muted small">Put to control and observers, for discussion; no team answers it in the browser.</p>}
          <ul class="plain">
            {q.teams.map((t) => {
              const answer = q.answers.find((a) => a.team === t);
              return (
                <li key={t}>
                  <strong>{teamName(t)}:</strong> {answer ? answer.text : <span class="muted">no answer yet</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
