import { useState } from 'preact/hooks';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { CHANNELS } from '../types';
import { channelLabel } from './channels';
import { ErrorText, Notice } from './Messages';

/** An inject written during play: recipients, channel, title and Markdown body. */
export function AdHocComposer({ store }: { store: ExerciseStore }) {
  const teams = store.outline.value?.teams ?? [];
  const roles = store.outline.value?.roles ?? [];
  const [to, setTo] = useState<string[]>([]);
  const [channel, setChannel] = useState<string>('email');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const action = useAction();
  const options: [string, string][] = [['all', 'All teams'], ...teams.map((t) => [t.id, t.name] as [string, string]), ...roles.map((r) => [r.id, r.name] as [string, string]), ['control', 'Control'], ['observers', 'Observers']];

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
