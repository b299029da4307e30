import { languageName, setUiLanguage, t, UI_LANGUAGES, uiLanguage, type UiLanguage } from '../i18n';

/** The interface language (labels and buttons), kept in this browser. */
export function UiLanguagePicker() {
  return (
    <label class="ui-language">
      <span class="sr-only">{t('language.interface')}</span>
      <select
        data-testid="ui-language"
        aria-label={t('language.interface')}
        value={uiLanguage.value}
        onChange={(e) => setUiLanguage(e.currentTarget.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "Shown in English": said of a scenario text that is not in the language the reader asked for. */
export function ShownIn({ language, wanted }: { language: string | null | undefined; wanted: string | null | undefined }) {
  if (!language || !wanted || language === wanted) return null;
  return (
    <span class="shown-in muted small" data-testid="shown-in" lang={uiLanguage.value}>
      {t('language.shownIn', { language: languageName(language, uiLanguage.value) })}
    </span>
  );
}
