import type { StoryFrame } from '../clock';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DataTable } from '../components/DataTable';
import { IncidentMap } from '../components/IncidentMap';
import { ErrorText } from '../components/Messages';
import { StateBadge } from '../components/StateBadge';
import { replayMapState } from '../map/geometry';
import { actionStatusColumn } from './actionStatusColumn';
import { moment, percent, words } from './format';
import { useReplaySnapshot } from './loaders';
import type { ExerciseReview } from './reviewTypes';

/**
 * Scrub through the log: the exercise as it was just after the chosen event, rebuilt by the server. It starts at the
 * latest event and keeps following the latest while the exercise runs, until the user moves it.
 */
export function ReplayPanel({ review, onMoment, frame }: { review: ExerciseReview; onMoment: (gameTime: string | null) => void; frame: StoryFrame | null }) {
  const last = review.lastSeq;
  const [seq, setSeq] = useState(last);
  const [followLatest, setFollowLatest] = useState(true);

  useEffect(() => {
    if (followLatest) setSeq(last);
    else if (seq > last) setSeq(last);
  }, [last, followLatest]);

  const { snapshot, loading, error } = useReplaySnapshot(review.exerciseId, seq, (s) => onMoment(s.gameTime));

  const move = (to: number) => {
    const next = Math.max(0, Math.min(last, Math.round(to)));
    setFollowLatest(next === last);
    setSeq(next);
  };
  const teamName = (id: string) => review.teams.find((t) => t.id === id)?.name ?? id;
  const decision = (id: string) => review.decisions.find((d) => d.id === id);
  const actionText = (id: string) => review.expectedActions.find((a) => a.id === id)?.action ?? id;
  const shown = snapshot;
  const map = useMemo(
    () => replayMapState(review.locations, (shown?.injects ?? []).filter((i) => i.releasedAt !== null).map((i) => i.id)),
    [review.locations, shown],
  );

  return (
    <section class="panel wide" aria-labelledby="replay-title" data-testid="review-replay">
      <h2 id="replay-title">Replay</h2>
      <p class="small muted">Move through the event log: the exercise as it stood just after the chosen event (0 is before anything happened).</p>
      <div class="replay-controls">
        <button type="button" class="secondary" onClick={() => move(seq - 1)} disabled={seq <= 0} data-testid="replay-back">
          <span aria-hidden="true">◀ </span>Step back
        </button>
        <label class="sr-only" for="replay-slider">
          Moment of the exercise, by event number
        </label>
        <input
          id="replay-slider"
          type="range"
          min={0}
          max={last}
          step={1}
          value={seq}
          aria-valuetext={`event ${seq} of ${last}${shown ? `, ${moment(frame, shown.gameTime)}` : ''}`}
          data-testid="replay-slider"
          onInput={(e) => move(Number((e.target as HTMLInputElement).value))}
          onChange={(e) => move(Number((e.target as HTMLInputElement).value))}
        />
        <button type="button" class="secondary" onClick={() => move(seq + 1)} disabled={seq >= last} data-testid="replay-forward">
          Step forward<span aria-hidden="true"> ▶</span>
        </button>
        {!followLatest && (
          <button type="button" class="link-button" onClick={() => move(last)}>
            Latest
          </button>
        )}
      </div>
      <p class="replay-readout" aria-live="polite">
        <span>
          Event <strong data-testid="replay-seq">{seq}</strong> of {last}
        </span>
        <span>
          Story time <strong data-testid="replay-clock">{shown ? moment(frame, shown.gameTime) : '…'}</strong>
        </span>
        <span class={`badge lifecycle-${shown?.lifecycle ?? 'unknown'}`} data-testid="replay-lifecycle">
          {shown?.lifecycle ?? '…'}
        </span>
        {shown?.endReason && <span class="muted small">({shown.endReason})</span>}
        {loading && <span class="muted small">loading…</span>}
      </p>
      <ErrorText error={error} />
      {shown && map.features.length > 0 && (
        <div class="replay-map" aria-busy={loading}>
          <h3>Map at this moment</h3>
          <IncidentMap state={map} label="Map at this moment of the replay" testId="replay-map" />
        </div>
      )}
      {shown && (
        <div class="replay-grid" aria-busy={loading}>
          <div>
            <h3>Sectors</h3>
            <ul class="plain">
              {shown.sectors.map((s) => (
                <li key={s.id} data-testid={`replay-sector-${s.id}`} class="replay-sector">
                  <span class="replay-sector-name">{s.name}</span> <StateBadge state={s.state} />
                  <span class="bar" role="img" aria-label={`${percent(s.inoperability)} inoperable`}>
                    <span style={{ width: percent(Math.min(1, Math.max(0, s.inoperability))) }} />
                  </span>
                  <span class="small">{percent(s.inoperability)}</span>
                </li>
              ))}
            </ul>
            <h3>Decisions</h3>
            {shown.decisions.length === 0 && <p class="muted small">None.</p>}
            <ul class="plain small">
              {shown.decisions.map((d) => {
                const known = decision(d.id);
                const option = d.optionId && known?.optionId === d.optionId ? (known.optionTitle ?? d.optionId) : d.optionId;
                return (
                  <li key={`${d.id}-${d.team}`} data-testid={`replay-decision-${d.id}`}>
                    <strong>{known?.title ?? d.id}</strong> ({teamName(d.team)}):{' '}
                    {d.optionId
                      ? `${option} at ${moment(frame, d.decidedAt)}${d.byDefault ? ' (by default)' : ''}`
                      : d.presentedAt
                        ? `open since ${moment(frame, d.presentedAt)}`
                        : 'not yet put'}
                  </li>
                );
              })}
            </ul>
          </div>
          <div>
            <h3>Injects</h3>
            <DataTable
              class="review-table"
              caption="Injects at this moment"
              columns={[
                { key: 'number', header: '#', cell: (i) => i.number },
                {
                  key: 'title',
                  header: 'Inject',
                  cell: (i) => (
                    <>
                      {i.title}
                      {i.releasedAt && <div class="muted small">released {moment(frame, i.releasedAt)}</div>}
                    </>
                  ),
                },
                { key: 'status', header: 'Status', cell: (i) => <span class={`badge status-${i.status}`}>{words(i.status)}</span> },
                { key: 'acknowledged', header: 'Acknowledged by', class: 'small', cell: (i) => i.acknowledgedBy.map(teamName).join(', ') || '–' },
                { key: 'answered', header: 'Answered by', class: 'small', cell: (i) => i.respondedBy.map(teamName).join(', ') || '–' },
              ]}
              rows={shown.injects}
              rowKey={(i) => i.id}
              rowAttributes={(i) => ({ 'data-testid': `replay-inject-${i.id}`, 'data-status': i.status })}
              empty="None."
            />
            <h3>Expected actions</h3>
            <DataTable
              class="review-table"
              caption="Expected actions at this moment"
              columns={[
                { key: 'action', header: 'Action', cell: (a) => actionText(a.id) },
                { key: 'team', header: 'Team', cell: (a) => teamName(a.team) },
                actionStatusColumn(frame),
                { key: 'deadline', header: 'Deadline', cell: (a) => (a.deadline ? moment(frame, a.deadline) : '–') },
              ]}
              rows={shown.expectedActions}
              rowKey={(a) => a.id}
              rowAttributes={(a) => ({ 'data-testid': `replay-action-${a.id}`, 'data-status': a.status })}
              empty="None."
            />
          </div>
        </div>
      )}
    </section>
  );
}
