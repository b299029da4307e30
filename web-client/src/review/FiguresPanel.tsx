import { duration } from './format';
import type { ExerciseReview } from './reviewTypes';

/** The run's headline numbers. */
export function FiguresPanel({ figures: f }: { figures: ExerciseReview['figures'] }) {
  return (
    <section class="panel wide" aria-labelledby="figures-title" data-testid="review-figures">
      <h2 id="figures-title">Figures</h2>
      <dl class="figures">
        <div>
          <dt>Injects released</dt>
          <dd>
            {f.injectsReleased} / {f.injectsPlanned}
            {f.adHocInjects > 0 && <span class="small muted"> + {f.adHocInjects} ad hoc</span>}
          </dd>
        </div>
        <div>
          <dt>Acknowledged</dt>
          <dd>
            {f.acknowledged} / {f.deliveries}
          </dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd>
            {f.answered} / {f.deliveries}
          </dd>
        </div>
        <div>
          <dt>Median acknowledge</dt>
          <dd>{duration(f.medianAcknowledgeTime)}</dd>
        </div>
        <div>
          <dt>Median response</dt>
          <dd>{duration(f.medianResponseTime)}</dd>
        </div>
        <div>
          <dt>Expected actions</dt>
          <dd>
            <span class="status-met">{f.actionsMet} met</span> · <span class="status-missed">{f.actionsMissed} missed</span> · {f.actionsOpen} open
          </dd>
        </div>
        <div>
          <dt>Decisions</dt>
          <dd>
            {f.decisionsTaken} ({f.decisionsByDefault} by default)
          </dd>
        </div>
        <div>
          <dt>Messages · observations</dt>
          <dd>
            {f.messages} · {f.observations}
          </dd>
        </div>
      </dl>
    </section>
  );
}
