import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorText, getJson } from '../api';
import { parseTimeSpan } from '../clock';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { ErrorText } from '../components/Messages';
import { hrefFor } from '../state/router';
import { useExercise } from '../state/useExercise';
import { me } from '../state/session';
import { FindingsPanel, ImprovementPanel } from './FindingsPanel';
import { duration, gameTime, percent, wallTime, words } from './format';
import { JointDecisionVotes } from './JointDecisionReview';
import { ReplayPanel } from './ReplayPanel';
import type { ExerciseReview, RatingReview } from './reviewTypes';
import { SectorCurve } from './SectorCurve';
import { KINDS, TimelineChart } from './TimelineChart';

function Rating({ rating }: { rating: RatingReview | null }) {
  if (!rating) return <span class="muted">not rated</span>;
  return (
    <span>
      <strong class={`rating rating-${rating.rating}`}>{rating.rating}</strong> {rating.label} <span class="muted small">· {rating.by}</span>
      {rating.note && <span class="small"> — {rating.note}</span>}
    </span>
  );
}

/**
 * The after-action review of one exercise, finished or running: derived by the server from the event log and
 * refetched whenever the hub reports new events.
 */
export function ReviewPage({ exerciseId }: { exerciseId: string }) {
  const store = useExercise(exerciseId);
  const [review, setReview] = useState<ExerciseReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [team, setTeam] = useState<string>('');
  const lastSeq = store.events.value.reduce((m, e) => Math.max(m, e.seq), 0);
  const role = me.value?.role;
  const canWrite = role === 'control' || role === 'evaluator';
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const requested = useRef(0);
  const applied = useRef(0);

  // The first read is immediate; after that, whenever the hub reports an event the review does not cover yet, read
  // it again ~500 ms later. A pending read is not pushed back by further events, so a running exercise's review keeps
  // moving; a slow answer that arrives after a newer one is dropped.
  const [refused, setRefused] = useState(false);
  const stale = !refused && (review === null || lastSeq > review.lastSeq);
  useEffect(() => {
    if (!stale || timer.current !== undefined) return;
    timer.current = setTimeout(
      () => {
        timer.current = undefined;
        const ticket = ++requested.current;
        getJson<ExerciseReview>(`/api/exercises/${encodeURIComponent(exerciseId)}/review`)
          .then((r) => {
            if (ticket < applied.current) return;
            applied.current = ticket;
            setReview(r);
            setError(null);
          })
          .catch((e) => {
            if (ticket < applied.current) return;
            setError(errorText(e));
            // Not allowed or no such exercise: new events will not change that, so stop asking.
            if (e instanceof ApiError && (e.status === 403 || e.status === 404)) setRefused(true);
          });
      },
      review ? 500 : 0,
    );
  }, [exerciseId, stale, lastSeq]);
  useEffect(() => () => clearTimeout(timer.current), []);

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

  const base = `/api/exercises/${encodeURIComponent(exerciseId)}/report`;
  const endMs = reviewSpan(review);
  const cursorMs = cursor === null ? null : parseTimeSpan(cursor);
  const f = review.figures;
  const teamName = (id: string) => review.teams.find((t) => t.id === id)?.name ?? id;
  const injectNumber = (id: string | null) => review.injects.find((i) => i.id === id)?.number;
  const selectedLane = review.teams.find((t) => t.id === team) ?? review.teams[0];

  return (
    <div class="page review" data-testid="review-page">
      <header class="review-header">
        <div>
          <p class="small muted">
            <a href={back}>← Back to the exercise</a>
          </p>
          <h1>After-action review: {review.exerciseName}</h1>
          <p class="muted">
            {review.title} · <span class={`badge lifecycle-${review.lifecycle}`} data-testid="review-lifecycle">{review.lifecycle}</span>
            {review.endReason ? ` (${review.endReason})` : ''}
          </p>
          <p class="muted small">
            Game time reached <strong>{gameTime(review.gameTimeReached)}</strong> of {gameTime(review.plannedDuration)} planned · started{' '}
            {review.startedAt ? wallTime(review.startedAt) : 'not yet'}
            {review.endedAt ? ` · ended ${wallTime(review.endedAt)}` : review.lifecycle !== 'ended' ? ' · still open: the review follows the exercise live' : ''}
          </p>
          <ConnectionBanner store={store} />
        </div>
        <nav class="exports" aria-label="Exports">
          <a class="button" data-testid="export-html" href={`${base}?format=html`} target="_blank" rel="noopener">
            Open HTML report
          </a>
          <a class="button secondary" data-testid="export-md" href={`${base}?format=md&download=true`} download>
            Markdown
          </a>
          <a class="button secondary" data-testid="export-json" href={`${base}?format=json&download=true`} download>
            Event log (JSON lines)
          </a>
          <a class="button secondary" data-testid="export-csv" href={`${base}?format=csv&download=true`} download>
            MSEL CSV
          </a>
        </nav>
      </header>
      <ErrorText error={error} />
      <main class="review-grid">
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

        <section class="panel wide" aria-labelledby="timeline-title" data-testid="review-timeline">
          <h2 id="timeline-title">Timeline</h2>
          <TimelineChart review={review} endMs={endMs} cursorMs={cursorMs} selected={selectedLane?.id} onSelect={setTeam} />
          <label class="inline">
            Team{' '}
            <select value={selectedLane?.id ?? ''} onChange={(e) => setTeam((e.target as HTMLSelectElement).value)} data-testid="timeline-team">
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
                  <span class="event-time">{gameTime(e.gameTime)}</span>{' '}
                  <span class="kind-swatch" style={{ background: KINDS.find((k) => k.kind === e.kind)?.colour }} aria-hidden="true" />{' '}
                  {KINDS.find((k) => k.kind === e.kind)?.label ?? e.kind}: {e.label}
                  {e.detail && <span class="muted"> — {e.detail}</span>}
                </li>
              ))}
            </ol>
          )}
        </section>

        <ReplayPanel review={review} onMoment={setCursor} />

        <section class="panel wide" aria-labelledby="actions-title" data-testid="review-actions">
          <h2 id="actions-title">Expected actions</h2>
          {review.expectedActions.length === 0 ? (
            <p class="muted">None in this scenario.</p>
          ) : (
            <div class="table-wrap">
            <table class="review-table">
              <thead>
                <tr>
                  <th scope="col">Inject</th>
                  <th scope="col">Team</th>
                  <th scope="col">Action</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Status</th>
                  <th scope="col">Time taken</th>
                  <th scope="col">Rating</th>
                </tr>
              </thead>
              <tbody>
                {review.expectedActions.map((a) => (
                  <tr key={a.id} data-testid={`action-${a.id}`} class={`row-${a.status}`}>
                    <td>#{a.injectNumber}</td>
                    <td>{teamName(a.team)}</td>
                    <td>{a.action}</td>
                    <td>{gameTime(a.deadline)}</td>
                    <td class={`status-${a.status}`}>
                      {words(a.status)}
                      {a.judgedAt ? ` at ${gameTime(a.judgedAt)}` : ''}
                    </td>
                    <td>{duration(a.timeTaken)}</td>
                    <td>
                      <Rating rating={a.rating} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
        </section>

        <section class="panel wide" aria-labelledby="sectors-title" data-testid="review-sectors">
          <h2 id="sectors-title">Sectors</h2>
          <div class="sector-curves">
            {review.sectors.map((s) => (
              <SectorCurve key={s.id} sector={s} endMs={endMs} cursorMs={cursorMs} teamName={teamName} />
            ))}
          </div>
        </section>

        <section class="panel wide" aria-labelledby="decisions-title" data-testid="review-decisions">
          <h2 id="decisions-title">Decisions</h2>
          {review.decisions.length === 0 ? (
            <p class="muted">None in this scenario.</p>
          ) : (
            <div class="table-wrap">
              <table class="review-table">
                <thead>
                  <tr>
                    <th scope="col">Decision</th>
                    <th scope="col">Team</th>
                    <th scope="col">Put to the team</th>
                    <th scope="col">Choice</th>
                    <th scope="col">Decided</th>
                  </tr>
                </thead>
                <tbody>
                  {review.decisions.map((d) => (
                    <Fragment key={d.id}>
                      <tr data-testid={`decision-${d.id}`}>
                        <td>{d.title}</td>
                        <td>{d.joint ? d.joint.teams.map(teamName).join(', ') : teamName(d.team)}</td>
                        <td>{d.presentedAt ? gameTime(d.presentedAt) : <span class="muted">not yet</span>}</td>
                        <td>
                          {d.optionTitle ?? d.optionId ?? <span class="muted">not decided</span>}
                          {d.byDefault && <span class="badge status-held"> by default</span>}
                        </td>
                        <td>{d.decidedAt ? gameTime(d.decidedAt) : '–'}</td>
                      </tr>
                      {d.joint && (
                        <tr>
                          <td colSpan={5}>
                            <JointDecisionVotes id={d.id} joint={d.joint} teamName={teamName} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section class="panel" aria-labelledby="objectives-title" data-testid="review-objectives">
          <h2 id="objectives-title">Objectives</h2>
          {review.objectives.map((o) => (
            <div key={o.id} class="objective" id={`review-objective-${o.id}`} tabIndex={-1} data-testid={`objective-${o.id}`}>
              <h3>{o.title}</h3>
              <p class="small muted">
                {o.capability} · actions {o.actionsMet} met, {o.actionsMissed} missed, {o.actionsOpen} open · scale {o.scale.map((l) => l.code).join('/')}
              </p>
              <p>
                <Rating rating={o.rating} />
              </p>
              <ul class="plain small">
                {o.tasks.map((t) => (
                  <li key={t.id}>
                    {t.title}: <Rating rating={t.rating} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        <FindingsPanel review={review} store={store} canWrite={canWrite} />
        <ImprovementPanel review={review} store={store} canWrite={canWrite} />

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

        <section class="panel" aria-labelledby="observations-title" data-testid="review-observations">
          <h2 id="observations-title">Observations</h2>
          {review.observations.length === 0 && <p class="muted">None recorded.</p>}
          <ul class="plain">
            {review.observations.map((o) => (
              <li key={o.seq}>
                <span class="event-time">{gameTime(o.gameTime)}</span> <strong>{o.by}</strong>: {o.text}{' '}
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
                      <button type="button" class="link-button" onClick={() => (setTeam(o.team!), jumpTo('review-timeline-lane'))}>
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

        <section class="panel wide" aria-labelledby="injects-title" data-testid="review-injects">
          <h2 id="injects-title">Injects and responses</h2>
          <div class="table-wrap">
          <table class="review-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Released</th>
                <th scope="col">Inject</th>
                <th scope="col">Team</th>
                <th scope="col">Acknowledged</th>
                <th scope="col">Answered</th>
                <th scope="col">Response</th>
              </tr>
            </thead>
            <tbody>
              {review.injects.flatMap((i) =>
                (i.recipients.length ? i.recipients : [null]).map((r, n) => (
                  <tr key={`${i.id}-${r?.team ?? n}`} id={n === 0 ? `review-inject-${i.id}` : undefined} tabIndex={n === 0 ? -1 : undefined}>
                    <td>{i.number}</td>
                    <td>{i.releasedAt ? gameTime(i.releasedAt) : <span class="muted">{words(i.status)}</span>}</td>
                    <td>{i.title}</td>
                    <td>{r ? teamName(r.team) : '–'}</td>
                    <td>{r ? duration(r.acknowledgeTime) : '–'}</td>
                    <td>{r ? duration(r.responseTime) : '–'}</td>
                    <td class="small">{r?.responses.join(' / ') || '–'}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          </div>
          <p class="small muted">Times are game time after the release; {percent(f.deliveries ? f.answered / f.deliveries : 0)} of deliveries were answered.</p>
        </section>
      </main>
    </div>
  );
}

/** Scrolls to an element of the page and moves the focus there (hash links would change the route). */
function jumpTo(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  el.focus({ preventScroll: true });
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
