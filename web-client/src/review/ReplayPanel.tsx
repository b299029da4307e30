import { useEffect, useState } from 'preact/hooks';
import { errorText, getJson } from '../api';
import { ErrorText } from '../components/Messages';
import { gameTime, percent, words } from './format';
import type { ExerciseReview, ExerciseSnapshot } from './reviewTypes';

/** Scrub through the log: the exercise as it was just after the chosen event, rebuilt by the server. */
export function ReplayPanel({ review, onMoment }: { review: ExerciseReview; onMoment: (gameTime: string | null) => void }) {
  const last = review.lastSeq;
  const [seq, setSeq] = useState(last);
  const [followLatest, setFollowLatest] = useState(true);
  const [snapshot, setSnapshot] = useState<ExerciseSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (followLatest) setSeq(last);
  }, [last, followLatest]);

  useEffect(() => {
    const timer = setTimeout(() => {
      getJson<ExerciseSnapshot>(`/api/exercises/${encodeURIComponent(review.exerciseId)}/replay?seq=${seq}`)
        .then((s) => {
          setSnapshot(s);
          setError(null);
          onMoment(s.gameTime);
        })
        .catch((e) => setError(errorText(e)));
    }, 150);
    return () => clearTimeout(timer);
  }, [seq, review.exerciseId]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(last, to));
    setFollowLatest(next === last);
    setSeq(next);
  };
  const teamName = (id: string) => review.teams.find((t) => t.id === id)?.name ?? id;

  return (
    <section class="panel wide" aria-labelledby="replay-title" data-testid="review-replay">
      <h2 id="replay-title">Replay</h2>
      <div class="replay-controls">
        <button type="button" onClick={() => move(seq - 1)} disabled={seq <= 0} aria-label="Step back one event">
          ◀
        </button>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={seq}
          aria-label="Moment of the exercise, by event number"
          data-testid="replay-slider"
          onInput={(e) => move(Number((e.target as HTMLInputElement).value))}
        />
        <button type="button" onClick={() => move(seq + 1)} disabled={seq >= last} aria-label="Step forward one event">
          ▶
        </button>
        <span>
          event <strong data-testid="replay-seq">{seq}</strong> of {last}
        </span>
        <span data-testid="replay-clock">{snapshot ? gameTime(snapshot.gameTime) : '…'}</span>
        <span class="badge" data-testid="replay-lifecycle">
          {snapshot?.lifecycle ?? '…'}
        </span>
      </div>
      <ErrorText error={error} />
      {snapshot && (
        <div class="replay-grid">
          <div>
            <h3>Sectors</h3>
            <ul class="plain">
              {snapshot.sectors.map((s) => (
                <li key={s.id} data-testid={`replay-sector-${s.id}`}>
                  {s.name}: <strong>{s.state}</strong> ({percent(s.inoperability)})
                  <span class="bar" aria-hidden="true">
                    <span style={{ width: percent(s.inoperability) }} />
                  </span>
                </li>
              ))}
            </ul>
            <h3>Decisions</h3>
            <ul class="plain">
              {snapshot.decisions.map((d) => (
                <li key={d.id}>
                  {d.id} ({teamName(d.team)}): {d.optionId ? `${d.optionId} at ${gameTime(d.decidedAt)}${d.byDefault ? ' by default' : ''}` : d.presentedAt ? 'open' : 'not yet put'}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>Injects</h3>
            <table class="review-table">
              <thead>
                <tr>
                  <th>#</th>
                  <th>Inject</th>
                  <th>Status</th>
                  <th>Acknowledged / answered</th>
                </tr>
              </thead>
              <tbody>
                {snapshot.injects.map((i) => (
                  <tr key={i.id} data-testid={`replay-inject-${i.id}`}>
                    <td>{i.number}</td>
                    <td>{i.title}</td>
                    <td>{words(i.status)}</td>
                    <td class="small">
                      {i.acknowledgedBy.map(teamName).join(', ') || '–'} / {i.respondedBy.map(teamName).join(', ') || '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>Expected actions</h3>
            <table class="review-table">
              <tbody>
                {snapshot.expectedActions.map((a) => (
                  <tr key={a.id} data-testid={`replay-action-${a.id}`}>
                    <td>{a.id}</td>
                    <td>{teamName(a.team)}</td>
                    <td class={`status-${a.status}`}>{words(a.status)}</td>
                    <td>due {gameTime(a.deadline)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
