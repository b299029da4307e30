import type { StoryFrame } from '../clock';
import { moment } from './format';
import { jumpTo } from './jump';
import type { ExerciseReview } from './reviewTypes';

interface ObservationsPanelProps {
  review: ExerciseReview;
  teamName: (id: string) => string;
  frame: StoryFrame | null;
  /** Shows a team's lane on the timeline, where an observation about the team links to. */
  onTeam: (team: string) => void;
}

/** What control and evaluators noted, each linked to the inject, team lane and objective it is about. */
export function ObservationsPanel({ review, teamName, frame, onTeam }: ObservationsPanelProps) {
  const injectNumber = (id: string | null) => review.injects.find((i) => i.id === id)?.number;
  return (
    <section class="panel" aria-labelledby="observations-title" data-testid="review-observations">
      <h2 id="observations-title">Observations</h2>
      {review.observations.length === 0 && <p class="muted">None recorded.</p>}
      <ul class="plain">
        {review.observations.map((o) => (
          <li key={o.seq}>
            <span class="event-time">{moment(frame, o.gameTime)}</span> <strong>{o.by}</strong>: {o.text}{' '}
            <span class="muted small">
              {o.injectId && (
                <>
                  {' · '}
                  <button type="button" class="link-button" onClick={() => jumpTo(`review-inject-${o.injectId}`)}>
                    inject #{injectNumber(o.injectId) ?? o.injectId}
                  </button>
                </>
              )}
              {o.team && (
                <>
                  {' · '}
                  <button type="button" class="link-button" onClick={() => (onTeam(o.team!), jumpTo('review-timeline-lane'))}>
                    {teamName(o.team)}
                  </button>
                </>
              )}
              {o.objectiveId && (
                <>
                  {' · '}
                  <button type="button" class="link-button" onClick={() => jumpTo(`review-objective-${o.objectiveId}`)}>
                    {review.objectives.find((x) => x.id === o.objectiveId)?.title ?? o.objectiveId}
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
