import { useEffect, useRef, useState } from 'preact/hooks';
import { hubErrorText } from '../hub';
import type { ExerciseStore } from '../state/exercise';
import type { HotWashQuestion } from '../review/reviewTypes';
import { ErrorText } from './Messages';
import { ShownIn } from './LanguagePicker';
import { t } from '../i18n';

/** After the end: the scenario's hot-wash questions for this team, each answered (and re-answered) here. */
export function HotWashPanel({ store }: { store: ExerciseStore }) {
  const [questions, setQuestions] = useState<HotWashQuestion[] | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const connected = store.status.value === 'connected';
  // Answers from this team (this browser or a teammate's) arrive as events: read the questions again then.
  const answered = store.events.value.filter((e) => e.type === 'hot-wash-answered').length;
  const saved = useRef<Record<string, string | null>>({});

  const load = () =>
    store.hub
      .invoke<HotWashQuestion[]>('GetHotWash')
      .then((qs) => {
        // A draft the user has not touched follows the stored answer; an edited one is kept.
        setDrafts((d) => Object.fromEntries(qs.map((q) => [q.id, d[q.id] === undefined || d[q.id] === (saved.current[q.id] ?? '') ? (q.answer ?? '') : d[q.id]])));
        saved.current = Object.fromEntries(qs.map((q) => [q.id, q.answer]));
        setQuestions(qs);
        setErrors((x) => ({ ...x, load: null }));
      })
      .catch((e) => setErrors((x) => ({ ...x, load: hubErrorText(e) })));

  useEffect(() => {
    if (connected) void load();
  }, [connected, answered]);

  const save = async (id: string) => {
    setBusy(id);
    setErrors((e) => ({ ...e, [id]: null }));
    try {
      const text = (drafts[id] ?? '').trim();
      await store.hub.command(`hotwash:${id}:${text}`, 'AnswerHotWash', id, text);
      // What was just sent counts as untouched, so the stored answer replaces the draft.
      saved.current = { ...saved.current, [id]: drafts[id] ?? '' };
      await load();
    } catch (e) {
      setErrors((x) => ({ ...x, [id]: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="panel hotwash" aria-labelledby="hotwash-title" data-testid="hotwash-panel">
      <h2 id="hotwash-title">{t('hotWash.title')}</h2>
      <p class="muted">{t('hotWash.hint')}</p>
      <ErrorText error={errors.load} />
      {questions === null && <p class="muted">{t('hotWash.loading')}</p>}
      {questions?.length === 0 && <p class="muted">{t('hotWash.none')}</p>}
      {questions?.map((q) => (
        <form
          key={q.id}
          class="stack"
          data-testid={`hotwash-${q.id}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save(q.id);
          }}
        >
          <label for={`hotwash-${q.id}-text`}>{q.question}</label>
          <ShownIn language={q.language} wanted={store.outline.value?.language} />
          <textarea
            id={`hotwash-${q.id}-text`}
            data-testid={`hotwash-answer-${q.id}`}
            rows={3}
            maxLength={20000}
            value={drafts[q.id] ?? ''}
            onInput={(e) => setDrafts((d) => ({ ...d, [q.id]: (e.target as HTMLTextAreaElement).value }))}
          />
          <div class="form-row">
            <button type="submit" data-testid={`hotwash-submit-${q.id}`} disabled={busy === q.id || !(drafts[q.id] ?? '').trim()}>
              {t('hotWash.save')}
            </button>
            {q.answer !== null && (
              <span class="saved small" data-testid={`hotwash-saved-${q.id}`} role="status">
                {q.answer.trim() === (drafts[q.id] ?? '').trim() ? t('hotWash.saved') : t('hotWash.unsaved')}
              </span>
            )}
          </div>
          <ErrorText error={errors[q.id]} />
        </form>
      ))}
    </section>
  );
}
