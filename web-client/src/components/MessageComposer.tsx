import { useState } from 'preact/hooks';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { ErrorText } from './Messages';
import { t } from '../i18n';

interface Props {
  store: ExerciseStore;
  /** Recipients to offer, as [id, label]. */
  recipients: [string, string][];
  label: string;
  idPrefix: string;
}

/** A recipient select, a message box and a send button: SendMessage(to, text). */
export function MessageComposer({ store, recipients, label, idPrefix }: Props) {
  const [to, setTo] = useState(recipients[0]?.[0] ?? '');
  const [text, setText] = useState('');
  const action = useAction();
  const target = recipients.some(([id]) => id === to) ? to : (recipients[0]?.[0] ?? '');

  const send = async (e: Event) => {
    e.preventDefault();
    const message = text.trim();
    if (!message || !target) return;
    const ok = await action.run(() => store.hub.command(`msg:${target}:${message}`, 'SendMessage', target, message));
    if (ok) setText('');
  };

  return (
    <form class="composer" onSubmit={send} aria-label={label}>
      <div class="row">
        <label for={`${idPrefix}-to`}>{t('composer.to')}</label>
        <select id={`${idPrefix}-to`} value={target} onChange={(e) => setTo(e.currentTarget.value)} data-testid={`${idPrefix}-to`}>
          {recipients.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <label for={`${idPrefix}-text`} class="sr-only">
        {t('composer.message')}
      </label>
      <textarea
        id={`${idPrefix}-text`}
        rows={2}
        placeholder={t('composer.placeholder')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send(e);
        }}
        data-testid={`${idPrefix}-text`}
      />
      <button type="submit" disabled={action.busy || !text.trim() || !target} data-testid={`${idPrefix}-send`}>
        {t('composer.send')}
      </button>
      <ErrorText error={action.error} />
    </form>
  );
}
