import { useState } from 'preact/hooks';
import { storyFrame } from '../clock';
import { moment } from '../review/format';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { ErrorText, Notice } from './Messages';

const HSEEP = [
  { id: 'P', name: 'Performed without challenges' },
  { id: 'S', name: 'Performed with some challenges' },
  { id: 'M', name: 'Performed with major challenges' },
  { id: 'U', name: 'Unable to be performed' },
];

/** Observations in game-time order; control and evaluators can add one, observers only read. */
export function ObservationLog({ store, canWrite }: { store: ExerciseStore; canWrite: boolean }) {
  const outline = store.outline.value;
  const frame = storyFrame(store.clock.value, outline);
  const observations = store.events.value.filter((e) => e.type === 'observation-recorded');
  const [text, setText] = useState('');
  const [team, setTeam] = useState('');
  const [objective, setObjective] = useState('');
  const action = useAction();

  const submit = async (event: Event) => {
    event.preventDefault();
    const done = await action.run(
      () => store.hub.command(`observe:${text}`, 'RecordObservation', text, null, team || null, objective || null),
      'Observation recorded.',
    );
    if (done) setText('');
  };

  return (
    <section class="panel" aria-labelledby="observations-title">
      <h2 id="observations-title">Observation log</h2>
      <ol class="plain" data-testid="observations">
        {observations.length === 0 && <li class="muted small">No observations yet.</li>}
        {observations.map((o) => (
          <li key={o.seq} data-testid="observation-item">
            <span class="event-time">{moment(frame, o.gameTime)}</span> <strong>{o.by}</strong>
            {o.team ? ` · ${store.teamName(o.team)}` : ''}: {o.text}
          </li>
        ))}
      </ol>
      {canWrite && (
        <form onSubmit={submit}>
          <label for="observation-text">Observation</label>
          <textarea id="observation-text" data-testid="observation-text" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <label for="observation-team">Team (optional)</label>
          <select id="observation-team" value={team} onChange={(e) => setTeam(e.currentTarget.value)}>
            <option value="">—</option>
            {(outline?.teams ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <label for="observation-objective">Objective (optional)</label>
          <select id="observation-objective" value={objective} onChange={(e) => setObjective(e.currentTarget.value)}>
            <option value="">—</option>
            {(outline?.objectives ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
          <button type="submit" data-testid="observation-send" disabled={action.busy || !text.trim()}>
            Record observation
          </button>
          <ErrorText error={action.error} />
          <Notice text={action.notice} />
        </form>
      )}
    </section>
  );
}

/** Ratings of objectives and expected actions on their scales; the latest rating per target is shown. */
export function RatingsPanel({ store }: { store: ExerciseStore }) {
  const outline = store.outline.value;
  const latest = new Map<string, string>();
  for (const e of store.events.value) {
    if (e.type === 'rating-recorded' && e.targetKind && e.targetId && e.rating) latest.set(`${e.targetKind}:${e.targetId}`, e.rating);
  }

  return (
    <section class="panel wide" aria-labelledby="ratings-title">
      <h2 id="ratings-title">Ratings</h2>
      <h3>Objectives</h3>
      <ul class="plain">
        {(outline?.objectives ?? []).map((o) => (
          <li key={o.id}>
            <RatingRow store={store} kind="objective" id={o.id} label={`${o.title} (${o.capability})`} scale={o.scale} current={latest.get(`objective:${o.id}`)} />
          </li>
        ))}
      </ul>
      <h3>Expected actions</h3>
      <ul class="plain">
        {(outline?.expectedActions ?? []).map((a) => (
          <li key={a.id}>
            <RatingRow store={store} kind="expected-action" id={a.id} label={`${store.teamName(a.team)}: ${a.action}`} scale={HSEEP} current={latest.get(`expected-action:${a.id}`)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function RatingRow(props: { store: ExerciseStore; kind: string; id: string; label: string; scale: { id: string; name: string }[]; current?: string }) {
  const { store, kind, id, label, scale, current } = props;
  const [note, setNote] = useState('');
  const action = useAction();
  const rate = (code: string) => void action.run(() => store.hub.command(`rate:${kind}:${id}:${code}`, 'Rate', kind, id, code, note || null), 'Rated.');
  return (
    <div class="rating-row" data-testid={`rating-${kind}-${id}`}>
      <span>{label}</span>
      <span class="rating-buttons" role="group" aria-label={`Rate ${label}`}>
        {scale.map((level) => (
          <button
            type="button"
            key={level.id}
            title={level.name}
            aria-pressed={current === level.id}
            class={current === level.id ? 'selected' : ''}
            data-testid={`rate-${kind}-${id}-${level.id}`}
            disabled={action.busy}
            onClick={() => rate(level.id)}
          >
            {level.id}
          </button>
        ))}
      </span>
      <input aria-label={`Note on ${label}`} placeholder="Note (optional)" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <ErrorText error={action.error} />
    </div>
  );
}
