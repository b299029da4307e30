import { useMemo, useState } from 'preact/hooks';
import { channelIcon, channelLabel } from '../components/channels';
import { EventList } from '../components/EventList';
import { ExerciseHeader } from '../components/ExerciseHeader';
import { HotWashPanel } from '../components/HotWashPanel';
import { InjectContent } from '../components/InjectContent';
import { ShownIn, UiLanguagePicker } from '../components/LanguagePicker';
import { MessageComposer } from '../components/MessageComposer';
import { RoleBriefings } from '../components/RoleBriefings';
import { ErrorText, Notice } from '../components/Messages';
import { IncidentMapPanel } from '../components/IncidentMapPanel';
import { JointDecisionForm } from '../components/JointDecisionForm';
import { jointOf } from '../jointTypes';
import { SectorPanel } from '../components/SectorPanel';
import { parseTimeSpan, storyFrame } from '../clock';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { ReadState } from '../state/readState';
import { useExercise } from '../state/useExercise';
import { CHANNELS, type EventOf, type InjectDetail } from '../types';
import { t } from '../i18n';

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
  if (team) recipients.push([team, t('participant.teamChat', { team: store.teamName(team) })]);
  for (const other of store.outline.value?.teams ?? []) if (other.id !== team) recipients.push([other.id, other.name]);
  recipients.push(['control', t('participant.control')]);
  const wanted = store.outline.value?.language;

  return (
    <div class="page participant">
      <ExerciseHeader store={store} subtitle={team ? `${store.teamName(team)} · ${snapshot?.name ?? ''}` : snapshot?.name}>
        <UiLanguagePicker />
      </ExerciseHeader>
      {store.lifecycle.value === 'ready' && <Notice text={t('participant.notStarted')} />}
      {store.lifecycle.value === 'ended' && <Notice text={t('participant.ended')} />}
      <RoleBriefings store={store} />
      {store.lifecycle.value === 'ended' && (
        <div class="page-section">
          <HotWashPanel store={store} />
        </div>
      )}
      <main class="participant-grid">
        <nav class="panel inbox" aria-label={t('participant.inbox')}>
          <h2>{t('participant.inbox')}</h2>
          {injects.length === 0 && <p class="muted">{t('participant.nothingYet')}</p>}
          {channels.map((channel) => {
            const items = injects.filter((i) => i.channel === channel);
            if (items.length === 0) return null;
            const unread = items.filter((i) => !reads.ids.value.has(i.id)).length;
            return (
              <section class="inbox-group" key={channel} aria-label={channelLabel(channel)}>
                <h3 class="inbox-channel">
                  <span aria-hidden="true">{channelIcon(channel)}</span> {channelLabel(channel)}
                  <span class={`unread ${unread ? '' : 'zero'}`} data-testid={`unread-${channel}`} aria-label={t('participant.unread', { count: unread })}>
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
                          <ShownIn language={i.language} wanted={wanted} />
                          {isUnread && <span class="sr-only">{t('participant.unreadMark')}</span>}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </nav>

        <section class="panel detail" aria-label={t('participant.selected')}>
          {current ? (
            <InjectDetailView store={store} inject={current} team={team} />
          ) : (
            <p class="muted">{t('participant.selectHint')}</p>
          )}
        </section>

        <aside class="side">
          <section class="panel chat" aria-labelledby="chat-title">
            <h2 id="chat-title">{t('participant.messages')}</h2>
            <EventList store={store} events={messages} label={t('participant.messages')} empty={t('participant.noMessages')} />
            <MessageComposer store={store} recipients={recipients} label={t('participant.sendMessage')} idPrefix="message" />
          </section>
          <SectorPanel store={store} title={t('participant.yourSectors')} />
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
      <ShownIn language={inject.language} wanted={store.outline.value?.language} />
      <InjectContent exerciseId={store.exerciseId} inject={inject} frame={storyFrame(store.clock.value, store.outline.value)} sectorName={(id) => store.sectorName(id)} teamName={(id) => store.teamName(id)} />
      <div class="inject-actions">
        {acknowledged ? (
          <span class="badge ok" data-testid="acknowledged">
            {t('participant.acknowledged')}
          </span>
        ) : (
          <button
            type="button"
            data-testid="acknowledge"
            disabled={ack.busy}
            onClick={() => void ack.run(() => store.hub.command(`ack:${inject.id}`, 'Acknowledge', inject.id))}
          >
            {t('participant.acknowledge')}
          </button>
        )}
        <ErrorText error={ack.error} />
      </div>
      {inject.decision &&
        (jointOf(inject.decision) ? (
          <JointDecisionForm store={store} decision={inject.decision} team={team} />
        ) : (
          <DecisionForm store={store} inject={inject} team={team} />
        ))}
      <ResponseForm store={store} inject={inject} />
      {responses.length > 0 && (
        <section aria-label={t('participant.responsesSent')}>
          <h3>{t('participant.responsesSent')}</h3>
          <EventList store={store} events={responses} label={t('participant.responsesSent')} />
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
    const ok = await action.run(() => store.hub.command(`respond:${inject.id}:${body}`, 'Respond', inject.id, body), t('participant.responseSent'));
    if (ok) setText('');
  };
  return (
    <form class="response-form" onSubmit={submit}>
      <label for={`response-${inject.id}`}>{t('participant.yourResponse')}</label>
      <textarea
        id={`response-${inject.id}`}
        data-testid="response-text"
        rows={4}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
        placeholder={t('participant.responsePlaceholder')}
      />
      <button type="submit" data-testid="response-send" disabled={action.busy || !text.trim()}>
        {t('participant.sendResponse')}
      </button>
      <ErrorText error={action.error} />
      <Notice text={action.notice} />
    </form>
  );
}

function DecisionForm({ store, inject, team }: { store: ExerciseStore; inject: InjectDetail; team: string | null }) {
  const decision = inject.decision!;
  const taken = store.events.value.find((e): e is EventOf<'decision-taken'> => e.type === 'decision-taken' && e.decisionId === decision.id && (!team || e.team === team));
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
      <h3 id={`decision-${decision.id}`}>{t('participant.decision', { title: decision.title })}</h3>
      <ShownIn language={decision.language} wanted={store.outline.value?.language} />
      {decision.description && <p>{decision.description}</p>}
      {chosen || chosenId ? (
        <p class="decided" data-testid="decision-chosen">
          {t('participant.decided')} <strong>{chosen?.title ?? chosenId}</strong>
          {taken?.byDefault ? ` ${t('participant.byDefault')}` : ''}
        </p>
      ) : (
        <form onSubmit={submit}>
          <fieldset>
            <legend>{t('participant.chooseOption')}</legend>
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
                  {o.language !== decision.language && <ShownIn language={o.language} wanted={store.outline.value?.language} />}
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" data-testid="decide" disabled={!option || action.busy}>
            {t('participant.decide')}
          </button>
          <ErrorText error={action.error} />
        </form>
      )}
    </section>
  );
}
