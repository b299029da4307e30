import { useState } from 'preact/hooks';
import { channelLabel } from '../components/channels';
import { EventList } from '../components/EventList';
import { ExerciseHeader } from '../components/ExerciseHeader';
import { InjectContent } from '../components/InjectContent';
import { IncidentMapPanel } from '../components/IncidentMapPanel';
import { SectorPanel } from '../components/SectorPanel';
import { TeamBoard } from '../components/TeamBoard';
import { ObservationLog, RatingsPanel } from '../components/Evaluation';
import { parseTimeSpan, storyFrame } from '../clock';
import { moment } from '../review/format';
import { hrefFor } from '../state/router';
import { useExercise } from '../state/useExercise';

const TIMELINE_TYPES = new Set([
  'exercise-started',
  'exercise-paused',
  'exercise-resumed',
  'exercise-ended',
  'exercise-reset',
  'clock-jumped',
  'inject-released',
  'ad-hoc-inject-created',
  'inject-acknowledged',
  'inject-responded',
  'inject-expired',
  'decision-taken',
  'joint-vote-cast',
  'joint-decision-resolved',
  'expected-action-met',
  'expected-action-missed',
  'message-sent',
  'sector-state-changed',
  'hot-wash-answered',
  'finding-recorded',
  'improvement-planned',
  'review-item-withdrawn',
]);

/** Read-only: what has been released, how teams responded, and the sector curves. */
export function Observer({ exerciseId }: { exerciseId: string }) {
  const store = useExercise(exerciseId);
  const snapshot = store.snapshot.value;
  const frame = storyFrame(store.clock.value, store.outline.value);
  const [open, setOpen] = useState<string | null>(null);
  const released = [...store.injects.value]
    .filter((i) => i.releasedAt !== null)
    .sort((a, b) => parseTimeSpan(a.releasedAt) - parseTimeSpan(b.releasedAt) || a.number - b.number);
  const timeline = store.events.value.filter((e) => TIMELINE_TYPES.has(e.type));

  return (
    <div class="page observer">
      <ExerciseHeader store={store} subtitle={`${snapshot?.role === 'evaluator' ? 'Evaluator' : 'Observer'} view${snapshot?.name ? ` · ${snapshot.name}` : ''}`} />
      <nav class="page-links" aria-label="Pages">
        <a class="button secondary" data-testid="open-review" href={hrefFor({ name: 'review', id: exerciseId })}>
          After-action review
        </a>
      </nav>
      <main class="observer-grid">
        <section class="panel" aria-labelledby="released-title">
          <h2 id="released-title">Released injects</h2>
          {released.length === 0 && <p class="muted">Nothing released yet.</p>}
          <ol class="released-list">
            {released.map((i) => (
              <li key={i.id} data-testid={`released-${i.id}`}>
                <button type="button" class="link-button" aria-expanded={open === i.id} onClick={() => setOpen(open === i.id ? null : i.id)}>
                  <span class="event-time">{moment(frame, i.releasedAt)}</span> #{i.number} {i.title}
                </button>
                <span class="muted small">
                  {' '}
                  · {channelLabel(i.channel)} → {i.recipients.map((r) => store.teamName(r)).join(', ')}
                </span>
                {open === i.id && <InjectContent exerciseId={exerciseId} inject={i} frame={frame} sectorName={(id) => store.sectorName(id)} teamName={(id) => store.teamName(id)} />}
              </li>
            ))}
          </ol>
        </section>
        <section class="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <EventList store={store} events={timeline} testId="timeline" itemTestId="timeline-item" label="Exercise timeline" empty="Nothing has happened yet." />
        </section>
        <TeamBoard store={store} />
        <ObservationLog store={store} canWrite={snapshot?.role === 'evaluator'} />
        {snapshot?.role === 'evaluator' && <RatingsPanel store={store} />}
        <div class="wide">
          <SectorPanel store={store} />
        </div>
        <div class="wide">
          <IncidentMapPanel store={store} />
        </div>
      </main>
    </div>
  );
}
