import { parseTimeSpan, type StoryFrame } from '../clock';
import { moment } from './format';
import type { ExerciseReview } from './reviewTypes';
import { KINDS, TimelineChart } from './TimelineChart';

interface TimelinePanelProps {
  review: ExerciseReview;
  endMs: number;
  cursorMs: number | null;
  /** The story clock, for story times on the axis and in the list. */
  frame: StoryFrame | null;
  /** The team whose lane is listed under the chart (the first team when none is chosen). */
  team: string;
  onTeam: (team: string) => void;
}

/** One lane per team over story time, and the chosen team's lane as a list. */
export function TimelinePanel({ review, endMs, cursorMs, frame, team, onTeam }: TimelinePanelProps) {
  const selectedLane = review.teams.find((t) => t.id === team) ?? review.teams[0];
  return (
    <section class="panel wide" aria-labelledby="timeline-title" data-testid="review-timeline">
      <h2 id="timeline-title">Timeline</h2>
      <TimelineChart review={review} endMs={endMs} cursorMs={cursorMs} frame={frame} selected={selectedLane?.id} onSelect={onTeam} />
      <label class="inline">
        Team{' '}
        <select value={selectedLane?.id ?? ''} onChange={(e) => onTeam((e.target as HTMLSelectElement).value)} data-testid="timeline-team">
          {review.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {selectedLane && (
        <ol class="lane-list small" id="review-timeline-lane" tabIndex={-1} aria-label={`Timeline of ${selectedLane.name}`}>
          {selectedLane.timeline.length === 0 && <li class="muted">Nothing yet.</li>}
          {selectedLane.timeline.map((e) => (
            <li key={`${e.seq}-${e.kind}`} class={cursorMs !== null && parseTimeSpan(e.gameTime) > cursorMs ? 'after-cursor' : undefined}>
              <span class="event-time">{moment(frame, e.gameTime)}</span>{' '}
              <span class="kind-swatch" style={{ background: KINDS.find((k) => k.kind === e.kind)?.colour }} aria-hidden="true" />{' '}
              {KINDS.find((k) => k.kind === e.kind)?.label ?? e.kind}: {e.label}
              {e.by && <span class="by"> · {e.by}</span>}
              {e.detail && <span class="muted"> — {e.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
