import { useState } from 'preact/hooks';
import { parseTimeSpan, storyFrame } from '../clock';
import { FlowPanel } from '../components/FlowPanel';
import { ErrorText } from '../components/Messages';
import { hrefFor } from '../state/router';
import { useExercise } from '../state/useExercise';
import { me } from '../state/session';
import { ActionsPanel } from './ActionsPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { FiguresPanel } from './FiguresPanel';
import { FindingsPanel, ImprovementPanel } from './FindingsPanel';
import { HotWashAnswers } from './HotWashAnswers';
import { InjectsPanel } from './InjectsPanel';
import { useReview } from './loaders';
import { ObjectivesPanel } from './ObjectivesPanel';
import { ObservationsPanel } from './ObservationsPanel';
import { ReplayPanel } from './ReplayPanel';
import { ReviewHeader } from './ReviewHeader';
import type { ExerciseReview } from './reviewTypes';
import { SectorCurve } from './SectorCurve';
import { TimelinePanel } from './TimelinePanel';

/**
 * The after-action review of one exercise, finished or running: derived by the server from the event log and
 * refetched whenever the hub reports new events (see {@link useReview}). The page lays out the panels; the replay's
 * moment (cursor) and the chosen team's lane are the state they share.
 */
export function ReviewPage({ exerciseId }: { exerciseId: string }) {
  const store = useExercise(exerciseId);
  const lastSeq = store.events.value.reduce((m, e) => Math.max(m, e.seq), 0);
  const { review, error } = useReview(exerciseId, lastSeq);
  const [cursor, setCursor] = useState<string | null>(null);
  const [team, setTeam] = useState<string>('');
  const role = me.value?.role;
  const canWrite = role === 'control' || role === 'evaluator';
  const back = role === 'control' ? hrefFor({ name: 'control', id: exerciseId }) : role === 'player' ? '#/' : hrefFor({ name: 'observe', id: exerciseId });

  if (!review) {
    return (
      <div class="page review" data-testid="review-page">
        {error ? (
          <div class="loading">
            <ErrorText error={error} />
            <p>
              <a href={back}>← Back</a>
            </p>
          </div>
        ) : (
          <p class="loading" role="status">
            Loading the review…
          </p>
        )}
      </div>
    );
  }

  const endMs = reviewSpan(review);
  // The story clock as the console's charts and tables read it: the outline's exact start, the clock's zone label.
  const frame = storyFrame(store.clock.value, store.outline.value ?? review);
  const cursorMs = cursor === null ? null : parseTimeSpan(cursor);
  const teamName = (id: string) => review.teams.find((t) => t.id === id)?.name ?? id;

  return (
    <div class="page review" data-testid="review-page">
      <ReviewHeader review={review} store={store} back={back} frame={frame} />
      <ErrorText error={error} />
      <main class="review-grid">
        <FiguresPanel figures={review.figures} />
        <TimelinePanel review={review} endMs={endMs} cursorMs={cursorMs} frame={frame} team={team} onTeam={setTeam} />
        <ReplayPanel review={review} onMoment={setCursor} frame={frame} />
        <ActionsPanel review={review} teamName={teamName} frame={frame} />
        <section class="panel wide" aria-labelledby="sectors-title" data-testid="review-sectors">
          <h2 id="sectors-title">Sectors</h2>
          <div class="sector-curves">
            {review.sectors.map((s) => (
              <SectorCurve key={s.id} sector={s} endMs={endMs} cursorMs={cursorMs} frame={frame} teamName={teamName} />
            ))}
          </div>
        </section>
        <DecisionsPanel review={review} teamName={teamName} frame={frame} />
        <ObjectivesPanel review={review} frame={frame} />
        <FindingsPanel review={review} store={store} canWrite={canWrite} frame={frame} />
        <ImprovementPanel review={review} store={store} canWrite={canWrite} />
        <HotWashAnswers review={review} teamName={teamName} />
        <ObservationsPanel review={review} teamName={teamName} frame={frame} onTeam={setTeam} />
        <InjectsPanel review={review} teamName={teamName} frame={frame} />
        {/* The flow document is control's only (it shows every inject, to come or not), as in the console. */}
        {role === 'control' && <FlowPanel scenarioId={review.scenarioId} />}
      </main>
    </div>
  );
}

/** The game time the charts span: the time reached, or the latest thing they show if later; at least a minute. */
export function reviewSpan(review: ExerciseReview): number {
  let end = parseTimeSpan(review.gameTimeReached);
  for (const t of review.teams) for (const e of t.timeline) end = Math.max(end, parseTimeSpan(e.gameTime));
  for (const s of review.sectors) {
    for (const p of s.points) end = Math.max(end, parseTimeSpan(p.gameTime));
    for (const m of s.markers) end = Math.max(end, parseTimeSpan(m.gameTime));
  }
  return Math.max(end, 60_000);
}
