import { useMemo, useState } from 'preact/hooks';
import { channelIcon, channelLabel } from '../components/channels';
import { EventList } from '../components/EventList';
import { ExerciseHeader } from '../components/ExerciseHeader';
import { HotWashPanel } from '../components/HotWashPanel';
import { InjectContent } from '../components/InjectContent';
import { MessageComposer } from '../components/MessageComposer';
import { RoleBriefings } from '../components/RoleBriefings';
import { ErrorText, Notice } from '../components/Messages';
import { IncidentMapPanel } from '../components/IncidentMapPanel';
import { SectorPanel } from '../components/SectorPanel';
import { parseTimeSpan } from '../clock';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { ReadState } from '../state/readState';
import { useExercise } from '../state/useExercise';
import { CHANNELS, type InjectDetail } from '../types';

export function Participant({ exerciseId }: { exerciseId: string }) {
  const store = useExercise(exerciseId);
  const snapshot = store.snapshot.value;
  const team = snapshot?.team ?? null;
  const reads = useMemo(() => new ReadState(exerciseId, team), [exerciseId, team]);
  const [selected, setSelected] = useState<string | null>(null);

  const injects = [...store.injects.value]
    .filter((i) => i.releasedAt !== null)
    .sort((a, b) => parseTimeSpan(b.releasedAt) - parseTimeSpan(a.releasedAt) || b.number - a.number);
  const channels = [...CHANNELS, ...new Set(injects.map((i) => i.channel).filter((c) => !(CHANNELS as string[]).includes(c)))];
  const current = injects.find((i) => i.id === selected) ?? null;

  const open = (inject: InjectDetail) => {
    setSelected(inject.id);
    reads.markRead(inject.id);
  };

  const messages = store.events.value.filter((e) => e.type === 'message-sent');
  const recipients: [string, string][] = [];
  if (team) recipients.push([team, `${store.teamName(team)} (team chat)`]);
  for (const t of store.outline.value?.teams ?? []) if (t.id !== team) recipients.push([t.id, t.name]);
  recipients.push(['control', 'Control']);

  return (
    <div class="page participant">
      <ExerciseHeader store={store} subtitle={team ? `${store.teamName(team)} · ${snapshot?.name ?? ''}` : snapshot?.name} />
      {store.lifecycle.value === 'ready' && <Notice text="The exercise has not started yet. Injects will appear here as they arrive." />}
      {store.lifecycle.value === 'ended' && <Notice text="The exercise has ended." />}
      <RoleBriefings store={store} />
      {store.lifecycle.value === 'ended' && (
        <div class="page-section">
          <HotWashPanel store={store} />
        </div>
      )}
      <main class="participant-grid">
        <nav class="panel inbox" aria-label="Inbox">
          <h2>Inbox</h2>
          {injects.length === 0 && <p class="muted">Nothing received yet.</p>}
          {channels.map((channel) => {
            const items = injects.filter((i) => i.channel === channel);
            if (items.length === 0) return null;
            const unread = items.filter((i) => !reads.ids.value.has(i.id)).length;
            return (
              <section class="inbox-group" key={channel} aria-label={channelLabel(channel)}>
                <h3 class="inbox-channel">
                  <span aria-hidden="true">{channelIcon(channel)}</span> {channelLabel(channel)}
                  <span class={`unread ${unread ? '' : 'zero'}`} data-testid={`unread-${channel}`} aria-label={`${unread} unread`}>
                    {unread}
                  </span>
                </h3>
                <ul>
                  {items.map((i) => {
                    const isUnread = !reads.ids.value.has(i.id);
                    return (
                      <li key={i.id}>
                        <button
                          type="button"
                          class={`inbox-item ${isUnread ? 'is-unread' : ''} ${selected === i.id ? 'is-selected' : ''}`}
                          data-testid={`inbox-item-${i.id}`}
                          aria-current={selected === i.id ? 'true' : undefined}
                          onClick={() => open(i)}
                        >
                          <span class="inbox-title">{i.title}</span>
                          <span class="inbox-from muted small">{i.from ?? ''}</span>
                          {isUnread && <span class="sr-only">(unread)</span>}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </nav>

        <section class="panel detail" aria-label="Selected inject">
          {current ? (
            <InjectDetailView store={store} inject={current} team={team} />
          ) : (
            <p class="muted">Select an item from the inbox to read it.</p>
          )}
        </section>

        <aside class="side">
          <section class="panel chat" aria-labelledby="chat-title">
            <h2 id="chat-title">Messages</h2>
            <EventList store={store} events={messages} label="Messages" empty="No messages yet." />
            <MessageComposer store={store} recipients={recipients} label="Send a message" idPrefix="message" />
          </section>
          <SectorPanel store={store} title="Your sectors" />
          <IncidentMapPanel store={store} />
        </aside>
      </main>
    </div>
  );
}

function InjectDetailView({ store, inject, team }: { store: ExerciseStore; inject: InjectDetail; team: string | null }) {
  const events = store.events.value;
  const acknowledged =
    (team !== null && store.snapshot.value?.injects.find((i) => i.id === inject.id)?.acknowledgedBy.includes(team)) ||
    events.some((e) => e.type === 'inject-acknowledged' && e.injectId === inject.id && e.team === team);
  const responses = events.filter((e) => e.type === 'inject-responded' && e.injectId === inject.id);
  const ack = useAction();

  return (
    <div class="inject-detail" key={inject.id}>
      <InjectContent exerciseId={store.exerciseId} inject={inject} sectorName={(id) => store.sectorName(id)} teamName={(id) => store.teamName(id)} />
      <div class="inject-actions">
        {acknowledged ? (
          <span class="badge ok" data-testid="acknowledged">
            Acknowledged
          </span>
        ) : (
          <button
            type="button"
            data-testid="acknowledge"
            disabled={ack.busy}
            onClick={() => void ack.run(() => store.hub.command(`ack:${inject.id}`, 'Acknowledge', inject.id))}
          >
            Acknowledge
          </button>
        )}
        <ErrorText error={ack.error} />
      </div>
      {inject.decision && <DecisionForm store={store} inject={inject} team={team} />}
      <ResponseForm store={store} inject={inject} />
      {responses.length > 0 && (
        <section aria-label="Responses sent">
          <h3>Responses sent</h3>
          <EventList store={store} events={responses} label="Responses sent" />
        </section>
      )}
    </div>
  );
}

function ResponseForm({ store, inject }: { store: ExerciseStore; inject: InjectDetail }) {
  const [text, setText] = useState('');
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = text.trim();
    if (!body) return;
    const ok = await action.run(() => store.hub.command(`respond:${inject.id}:${body}`, 'Respond', inject.id, body), 'Response sent.');
    if (ok) setText('');
  };
  return (
    <form class="response-form" onSubmit={submit}>
      <label for={`response-${inject.id}`}>Your response</label>
      <textarea
        id={`response-${inject.id}`}
        data-testid="response-text"
        rows={4}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
        placeholder="Describe what your team will do… (Ctrl+Enter to send)"
      />
      <button type="submit" data-testid="response-send" disabled={action.busy || !text.trim()}>
        Send response
      </button>
      <ErrorText error={action.error} />
      <Notice text={action.notice} />
    </form>
  );
}

function DecisionForm({ store, inject, team }: { store: ExerciseStore; inject: InjectDetail; team: string | null }) {
  const decision = inject.decision!;
  const taken = store.events.value.find((e) => e.type === 'decision-taken' && e.decisionId === decision.id && (!team || e.team === team));
  const chosenId = decision.chosen ?? taken?.optionId ?? null;
  const chosen = decision.options.find((o) => o.id === chosenId);
  const [option, setOption] = useState<string | null>(null);
  const action = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!option) return;
    await action.run(() => store.hub.command(`decide:${decision.id}:${option}`, 'Decide', decision.id, option));
  };
  return (
    <section class="decision" aria-labelledby={`decision-${decision.id}`}>
      <h3 id={`decision-${decision.id}`}>Decision: {decision.title}</h3>
      {decision.description && <p>{decision.description}</p>}
      {chosen || chosenId ? (
        <p class="decided" data-testid="decision-chosen">
          Decided: <strong>{chosen?.title ?? chosenId}</strong>
          {taken?.byDefault ? ' (by default)' : ''}
        </p>
      ) : (
        <form onSubmit={submit}>
          <fieldset>
            <legend>Choose one option</legend>
            {decision.options.map((o) => (
              <label class="option" key={o.id}>
                <input
                  type="radio"
                  name={`decision-${decision.id}`}
                  value={o.id}
                  checked={option === o.id}
                  onChange={() => setOption(o.id)}
                  data-testid={`option-${o.id}`}
                />
                <span>
                  <strong>{o.title}</strong>
                  {o.description && <span class="muted"> — {o.description}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" data-testid="decide" disabled={!option || action.busy}>
            Decide
          </button>
          <ErrorText error={action.error} />
        </form>
      )}
    </section>
  );
}
