import type { ComponentChildren } from 'preact';
import type { ExerciseStore } from '../state/exercise';
import { signOut } from '../state/session';
import { ConnectionBanner } from './ConnectionBanner';
import { GameClock } from './GameClock';
import { ReadingLanguagePicker } from './ReadingLanguagePicker';
import { t } from '../i18n';

/** Title, who is watching, the ticking clock, the connection state and, for a scenario in several languages, the reading language. */
export function ExerciseHeader({ store, subtitle, children }: { store: ExerciseStore; subtitle?: string; children?: ComponentChildren }) {
  const title = store.outline.value?.title ?? t('header.exercise');
  return (
    <header class="app-header exercise-header">
      <div class="title-block">
        <h1>{title}</h1>
        {subtitle && <p class="subtitle">{subtitle}</p>}
      </div>
      <GameClock store={store} />
      <div class="header-tools">
        <ConnectionBanner store={store} />
        <ReadingLanguagePicker store={store} />
        {children}
        <button type="button" class="secondary" onClick={() => void signOut()}>
          {t('common.signOut')}
        </button>
      </div>
    </header>
  );
}
