import { useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { languageName, t, uiLanguage } from '../i18n';
import type { ExerciseStore } from '../state/exercise';
import { loadMe } from '../state/session';
import { ErrorText } from './Messages';

/**
 * The language this participant reads the scenario in, from the scenario's own languages. The server keeps it with
 * the sign-in; after a change the view reconnects with the new cookie (app.tsx keys the view on the language).
 */
export function ReadingLanguagePicker({ store }: { store: ExerciseStore }) {
  const outline = store.outline.value;
  const [error, setError] = useState<string | null>(null);
  const languages = outline?.languages ?? [];
  if (languages.length < 2) return null;
  const change = async (language: string) => {
    try {
      setError(null);
      await api.setLanguage(language);
      await loadMe();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <span class="reading-language">
      <label for="reading-language">{t('language.reading')}</label>{' '}
      <select id="reading-language" data-testid="reading-language" value={outline?.language ?? languages[0]} onChange={(e) => void change(e.currentTarget.value)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
            {l !== uiLanguage.value ? ` (${languageName(l, uiLanguage.value)})` : ''}
          </option>
        ))}
      </select>
      <ErrorText error={error} />
    </span>
  );
}
