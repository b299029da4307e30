import { signal } from '@preact/signals';
import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';

/**
 * The browser's own interface language (labels, buttons, notices), separate from the language a participant reads
 * the scenario in, which the server keeps with the sign-in. Catalogues are bundled: exercises often run on closed
 * networks. tests/ExerciseServer.Tests/WebClient/CatalogueTests.cs holds the catalogues to the same keys.
 */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'es-ui-language';

function initialLanguage(): UiLanguage {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (stored && (UI_LANGUAGES as readonly string[]).includes(stored)) return stored as UiLanguage;
  return navigator.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  initAsync: false,
  // Preact escapes text itself; escaping here would show &amp; on screen.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The interface language now; components that call t() re-render when it changes. */
export const uiLanguage = signal<UiLanguage>(i18n.language as UiLanguage);
document.documentElement.lang = uiLanguage.value;

export function setUiLanguage(language: UiLanguage): void {
  void i18n.changeLanguage(language);
  safeStorage()?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  uiLanguage.value = language;
}

/** A catalogue text; reading the language signal makes the calling component follow a change of language. */
export function t(key: string, options?: Record<string, unknown>): string {
  void uiLanguage.value;
  return i18n.t(key, options ?? {}) as string;
}

/** The hook form, for components that prefer it. */
export function useT(): typeof t {
  void uiLanguage.value;
  return t;
}

/** A language's own name (suomi, eesti, français) for pickers and "shown in" notes; the tag when unknown. */
export function languageName(tag: string, inLanguage: string = tag): string {
  if (!tag) return '';
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}
