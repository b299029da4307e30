import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { channelLabel } from '../components/channels';
import { EventList } from '../components/EventList';
import { ExerciseHeader } from '../components/ExerciseHeader';
import { mselUrl } from '../api';
import { ErrorText, Notice } from '../components/Messages';
import { IncidentMapPanel } from '../components/IncidentMapPanel';
import { SectorPanel } from '../components/SectorPanel';
import { StatusBadge } from '../components/StateBadge';
import { formatElapsed, parseTimeSpan } from '../clock';
import { renderMarkdown } from '../markdown';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { useExercise } from '../state/useExercise';
import { CHANNELS, type InjectDetail, type PresenceEntry } from '../types';
import { MessageComposer } from '../components/MessageComposer';
import { ObservationLog } from '../components/Evaluation';
import { CodesPanel } from './CodesPanel';

/** Team activity that counts towards "who is active". */
const ACTIVITY_TYPES = new Set(['inject-acknowledged', 'inject-responded', 'decision-taken', 'message-sent', 'expected-action-met', 'expected-action-missed']);
/** The live feed: team activity, plus hot-wash answers and review items once the exercise is over. */
const FEED_TYPES = new Set([...ACTIVITY_TYPES, 'hot-wash-answered', 'finding-recorded', 'improvement-planned', 'review-item-withdrawn']);

export function Control({ exerciseId }: { exerciseId: string }) {
  const store = useExercise(exerciseId);
  const [name, setName] = useState<string | null>(null);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  useEffect(() => {
    api
      .exercise(exerciseId)
      .then((x) => {
        setName(x.name);
        setScenarioId(x.scenarioId);
      })
      .catch(() => setName(null));
  }, [exerciseId]);

  const feed = store.events.value.filter((e) => FEED_TYPES.has(e.type));
  const teams = store.outline.value?.teams ?? [];

  return (
    <div class="page control">
      <ExerciseHeader store={store} subtitle={`Facilitator console${name ? ` · ${name}` : ''}`}>
        <a href="#/" class="secondary-link">
          All exercises
        </a>
        <a href={`#/review/${encodeURIComponent(exerciseId)}`} class="secondary-link" data-testid="open-review">
          After-action review
        </a>
        {scenarioId && (
          <a href={mselUrl(scenarioId)} download class="secondary-link" data-testid="download-msel">
            MSEL (XLSX)
          </a>
        )}
      </ExerciseHeader>
      <main class="control-grid">
        <ClockPanel store={store} />
        <section class="panel feed-panel" aria-labelledby="feed-title">
          <h2 id="feed-title">Live feed</h2>
          <EventList store={store} events={feed} testId="feed" itemTestId="feed-item" label="Live feed of team activity" empty="No team activity yet." />
          <MessageComposer
            store={store}
            recipients={teams.map((t) => [t.id, t.name] as [string, string])}
            label="Message a team"
            idPrefix="control-message"
          />
        </section>
        <OnDemandDeck store={store} />
        <MselPanel store={store} />
        <AdHocComposer store={store} />
        <CodesPanel store={store} />
        <TeamActivity store={store} />
        <ObservationLog store={store} canWrite />
        <ApiTokenPanel />
        <div class="wide">
          <SectorPanel store={store} title="Sector dashboard" />
        </div>
        <div class="wide">
          <IncidentMapPanel store={store} />
        </div>
      </main>
    </div>
  );
}

function ClockPanel({ store }: { store: ExerciseStore }) {
  const lifecycle = store.lifecycle.value;
  const [speed, setSpeed] = useState('');
  const [jumpTo, setJumpTo] = useState('');
  const action = useAction();
  const rate = store.clock.value?.rate;
  const cmd = (label: string, method: string, ...args: unknown[]) => action.run(() => store.hub.command(label, method, ...args));

  return (
    <section class="panel clock-panel" aria-labelledby="clock-title">
      <h2 id="clock-title">Clock</h2>
      <p>
        State: <span class={`badge lifecycle-${lifecycle}`}>{lifecycle}</span>
        {rate !== undefined && <span class="muted"> · speed {rate} game min / min</span>}
      </p>
      <div class="button-row">
        <button type="button" data-testid="control-start" disabled={action.busy || lifecycle !== 'ready'} onClick={() => void cmd('start', 'Start')}>
          Start
        </button>
        <button type="button" data-testid="control-pause" disabled={action.busy || lifecycle !== 'running'} onClick={() => void cmd('pause', 'Pause')}>
          Pause
        </button>
        <button type="button" data-testid="control-resume" disabled={action.busy || lifecycle !== 'paused'} onClick={() => void cmd('resume', 'Resume')}>
          Resume
        </button>
        <button
          type="button"
          class="danger"
          data-testid="control-end"
          disabled={action.busy || lifecycle === 'ended' || lifecycle === 'ready'}
          onClick={() => {
            if (confirm('End the exercise for everyone?')) void cmd('end', 'End');
          }}
        >
          End
        </button>
      </div>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = Number(speed);
          if (!Number.isFinite(value) || value <= 0) {
            action.setError('Speed must be a positive number of game minutes per minute.');
            return;
          }
          void cmd(`speed:${value}`, 'SetSpeed', value);
        }}
      >
        <label for="control-speed">Speed (game min / min)</label>
        <input id="control-speed" data-testid="control-speed" type="number" min="0.1" step="any" placeholder={rate !== undefined ? String(rate) : '1'} value={speed} onInput={(e) => setSpeed(e.currentTarget.value)} />
        <button type="submit" data-testid="control-speed-set" disabled={action.busy || !speed}>
          Set speed
        </button>
      </form>
      <div class="inline-form">
        <button type="button" data-testid="control-jump-next" disabled={action.busy} onClick={() => void cmd('jump:next', 'Jump', 'next')}>
          Jump to next inject
        </button>
      </div>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const to = jumpTo.trim();
          if (to) void cmd(`jump:${to}`, 'Jump', to);
        }}
      >
        <label for="control-jump">Jump to game time</label>
        <input id="control-jump" data-testid="control-jump" placeholder="e.g. 2h30m or PT2H" value={jumpTo} onInput={(e) => setJumpTo(e.currentTarget.value)} />
        <button type="submit" data-testid="control-jump-set" disabled={action.busy || !jumpTo.trim()}>
          Jump
        </button>
      </form>
      <ErrorText error={action.error} />
    </section>
  );
}

const RELEASABLE = new Set(['pending', 'held', 'due']);

function InjectButtons({ store, inject }: { store: ExerciseStore; inject: InjectDetail }) {
  const action = useAction();
  const status = inject.status.toLowerCase();
  if (!RELEASABLE.has(status)) return null;
  const cmd = (verb: string, method: string) => action.run(() => store.hub.command(`${verb}:${inject.id}`, method, inject.id));
  return (
    <div class="button-row compact">
      <button type="button" data-testid={`release-${inject.id}`} disabled={action.busy} onClick={() => void cmd('release', 'ReleaseInject')}>
        Release
      </button>
      {status === 'pending' && (
        <button type="button" class="secondary" data-testid={`hold-${inject.id}`} disabled={action.busy} onClick={() => void cmd('hold', 'HoldInject')}>
          Hold
        </button>
      )}
      <button type="button" class="secondary" data-testid={`skip-${inject.id}`} disabled={action.busy} onClick={() => void cmd('skip', 'SkipInject')}>
        Skip
      </button>
      <ErrorText error={action.error} />
    </div>
  );
}

function MselPanel({ store }: { store: ExerciseStore }) {
  const injects = [...store.injects.value].sort((a, b) => a.number - b.number);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section class="panel msel wide" aria-labelledby="msel-title">
      <h2 id="msel-title">MSEL timeline</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Trigger</th>
              <th scope="col">Title</th>
              <th scope="col">Recipients</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {injects.length === 0 && (
              <tr>
                <td colSpan={6} class="muted">
                  No injects loaded.
                </td>
              </tr>
            )}
            {injects.map((i) => (
              <tr key={i.id} data-testid={`msel-row-${i.id}`} data-status={i.status} class={`status-row-${i.status}`}>
                <td>{i.number}</td>
                <td class="small">{i.onDemand ? <em>on demand</em> : (i.trigger ?? '—')}</td>
                <td>
                  <button type="button" class="link-button" aria-expanded={open === i.id} onClick={() => setOpen(open === i.id ? null : i.id)}>
                    {i.title}
                  </button>
                  <span class="muted small"> · {channelLabel(i.channel)}</span>
                  {open === i.id && (
                    <div class="msel-detail small">
                      <div class="md">{renderMarkdown(i.body)}</div>
                      {i.notes && (
                        <p>
                          <strong>Notes:</strong> {i.notes}
                        </p>
                      )}
                      {i.expectedActions.length > 0 && (
                        <p>
                          <strong>Expected actions:</strong> {i.expectedActions.join('; ')}
                        </p>
                      )}
                    </div>
                  )}
                </td>
                <td class="small">{i.recipients.map((r) => store.teamName(r)).join(', ')}</td>
                <td>
                  <StatusBadge status={i.status} />
                  {i.releasedAt && <div class="muted small">T+{formatElapsed(parseTimeSpan(i.releasedAt))}</div>}
                </td>
                <td>
                  <InjectButtons store={store} inject={i} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OnDemandDeck({ store }: { store: ExerciseStore }) {
  const deck = store.injects.value.filter((i) => i.onDemand && i.status.toLowerCase() === 'pending');
  return (
    <section class="panel deck" aria-labelledby="deck-title">
      <h2 id="deck-title">On-demand deck</h2>
      {deck.length === 0 && <p class="muted">No on-demand injects waiting.</p>}
      <ul class="deck-list">
        {deck.map((i) => (
          <li key={i.id} class="deck-card" data-testid={`deck-${i.id}`}>
            <div>
              <strong>
                #{i.number} {i.title}
              </strong>
              <div class="muted small">
                {channelLabel(i.channel)} → {i.recipients.map((r) => store.teamName(r)).join(', ')}
              </div>
            </div>
            <DeckRelease store={store} inject={i} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DeckRelease({ store, inject }: { store: ExerciseStore; inject: InjectDetail }) {
  const action = useAction();
  return (
    <div>
      <button type="button" data-testid={`deck-release-${inject.id}`} disabled={action.busy} onClick={() => void action.run(() => store.hub.command(`release:${inject.id}`, 'ReleaseInject', inject.id))}>
        Release
      </button>
      <ErrorText error={action.error} />
    </div>
  );
}

function AdHocComposer({ store }: { store: ExerciseStore }) {
  const teams = store.outline.value?.teams ?? [];
  const [to, setTo] = useState<string[]>([]);
  const [channel, setChannel] = useState<string>('email');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const action = useAction();
  const options: [string, string][] = [['all', 'All teams'], ...teams.map((t) => [t.id, t.name] as [string, string]), ['control', 'Control'], ['observers', 'Observers']];

  const submit = async (e: Event) => {
    e.preventDefault();
    if (to.length === 0) {
      action.setError('Choose at least one recipient.');
      return;
    }
    const ok = await action.run(
      () => store.hub.command(`adhoc:${to.join(',')}:${channel}:${title}:${body}`, 'CreateInject', to, channel, title.trim(), body),
      'Inject sent.',
    );
    if (ok) {
      setTitle('');
      setBody('');
    }
  };

  return (
    <form class="panel adhoc" onSubmit={submit} aria-labelledby="adhoc-title">
      <h2 id="adhoc-title">Ad-hoc inject</h2>
      <fieldset class="checks">
        <legend>Recipients</legend>
        {options.map(([id, label]) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              data-testid={`adhoc-to-${id}`}
              checked={to.includes(id)}
              onChange={(e) => setTo(e.currentTarget.checked ? [...to, id] : to.filter((x) => x !== id))}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label for="adhoc-channel">Channel</label>
      <select id="adhoc-channel" data-testid="adhoc-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {channelLabel(c)}
          </option>
        ))}
      </select>
      <label for="adhoc-title-input">Title</label>
      <input id="adhoc-title-input" data-testid="adhoc-title" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for="adhoc-body">Body (Markdown)</label>
      <textarea id="adhoc-body" data-testid="adhoc-body" rows={4} value={body} onInput={(e) => setBody(e.currentTarget.value)} />
      <button type="submit" data-testid="adhoc-send" disabled={action.busy || !title.trim()}>
        Send inject
      </button>
      <ErrorText error={action.error} />
      <Notice text={action.notice} />
    </form>
  );
}

/** Approximates who is active: each team's latest acknowledgement, response, decision or message. */
function TeamActivity({ store }: { store: ExerciseStore }) {
  const teams = store.outline.value?.teams ?? [];
  const ending = useAction();
  /** Signs this person out everywhere: their connections close and their cookie stops working. */
  const end = async (p: PresenceEntry) => {
    if (!p.session || !confirm(`End ${p.name}'s session? They are signed out and must join again with a valid code.`)) return;
    await ending.run(() => api.endSession(store.exerciseId, p.session!), `${p.name}'s session has ended.`);
  };
  // People whose node died under them are listed apart from those connected; a sign-out just leaves the list.
  const connected = store.hub.presence.value.filter((p) => !p.dropped);
  const dropped = store.hub.presence.value.filter((p) => p.dropped);
  const last = new Map<string, { gameTime: string; count: number }>();
  for (const e of store.events.value) {
    const team = e.type === 'message-sent' ? e.from : ACTIVITY_TYPES.has(e.type) && !e.byDefault ? e.team : undefined;
    if (!team) continue;
    const prev = last.get(team);
    last.set(team, { gameTime: e.gameTime, count: (prev?.count ?? 0) + 1 });
  }
  return (
    <section class="panel activity" aria-labelledby="activity-title">
      <h2 id="activity-title">Who is connected</h2>
      <ul class="plain" data-testid="presence">
        {store.hub.presence.value.length === 0 && <li class="muted small">Nobody has joined yet.</li>}
        {connected.map((p) => (
          <li key={p.connectionId} data-testid="presence-item">
            <span class="dot active" aria-hidden="true" /> <strong>{p.name}</strong>{' '}
            <span class="muted small">{p.team ? (teams.find((t) => t.id === p.team)?.name ?? p.team) : p.role}</span>
            {p.session && p.role !== 'control' && (
              <>
                {' '}
                <button type="button" class="link-button" aria-label={`End ${p.name}'s session`} data-testid="end-session" disabled={ending.busy} onClick={() => void end(p)}>
                  End session
                </button>
              </>
            )}
          </li>
        ))}
        {dropped.map((p) => (
          <li key={p.connectionId} data-testid="presence-dropped">
            <span class="dot" aria-hidden="true" /> <strong>{p.name}</strong>{' '}
            <span class="muted small">
              {p.team ? (teams.find((t) => t.id === p.team)?.name ?? p.team) : p.role} · dropped at {new Date(p.dropped!).toLocaleTimeString()}: their server node
              stopped; they are back when their browser reconnects
            </span>
          </li>
        ))}
      </ul>
      <ErrorText error={ending.error} />
      <Notice text={ending.notice} />
      <h3>Team activity</h3>
      <p class="muted small">Based on acknowledgements, responses, decisions and messages.</p>
      <ul class="plain">
        {teams.map((t) => {
          const a = last.get(t.id);
          return (
            <li key={t.id} data-testid={`activity-${t.id}`}>
              <span class={`dot ${a ? 'active' : ''}`} aria-hidden="true" /> <strong>{t.name}</strong>{' '}
              <span class="muted small">{a ? `${a.count} actions, last at T+${formatElapsed(parseTimeSpan(a.gameTime))}` : 'no activity yet'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Creates an API token for scripts; the server keeps only its hash, so it is shown here once. */
function ApiTokenPanel() {
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = () =>
    api
      .createApiToken()
      .then((created) => {
        setToken(created.token);
        setError(null);
      })
      .catch((e: unknown) => setError(errorText(e)));
  return (
    <section class="panel" aria-labelledby="token-title">
      <h2 id="token-title">API token</h2>
      <p class="muted small">For scripts: send it as <code>Authorization: Bearer …</code>. It is shown only once.</p>
      <button type="button" data-testid="create-api-token" onClick={create}>
        Create a token
      </button>
      {token && (
        <p>
          <code data-testid="api-token">{token}</code>
        </p>
      )}
      <ErrorText error={error} />
    </section>
  );
}
