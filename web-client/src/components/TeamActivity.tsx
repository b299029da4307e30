import { api } from '../api';
import { storyFrame } from '../clock';
import { moment } from '../review/format';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import type { PresenceEntry } from '../types';
import { ErrorText, Notice } from './Messages';

/** Team activity that counts towards "who is active". */
const ACTIVITY_TYPES = new Set(['inject-acknowledged', 'inject-responded', 'decision-taken', 'message-sent', 'expected-action-met', 'expected-action-missed']);

/** Approximates who is active: each team's latest acknowledgement, response, decision or message. */
export function TeamActivity({ store }: { store: ExerciseStore }) {
  const teams = store.outline.value?.teams ?? [];
  const frame = storyFrame(store.clock.value, store.outline.value);
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
    const team = e.type === 'message-sent' ? e.from : ACTIVITY_TYPES.has(e.type) && 'team' in e && !('byDefault' in e && e.byDefault) ? e.team : undefined;
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
                <button type="button" class="link-button" aria-label={`End session of ${p.name}`} data-testid="end-session" disabled={ending.busy} onClick={() => void end(p)}>
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
              <span class="muted small">{a ? `${a.count} actions, last at ${moment(frame, a.gameTime)}` : 'no activity yet'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
