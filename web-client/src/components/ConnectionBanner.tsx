import type { ExerciseStore } from '../state/exercise';
import { t } from '../i18n';

/** Always present; prominent only when the live connection is not up. */
export function ConnectionBanner({ store }: { store: ExerciseStore }) {
  const status = store.status.value;
  return (
    <div class={`connection-banner conn-${status}`} data-testid="connection-banner" data-state={status} role="status" aria-live="polite">
      <span class="conn-dot" aria-hidden="true" />
      <span>{t(`connection.${status}`)}</span>
      {status === 'disconnected' && (
        <button type="button" class="link-button" onClick={() => store.hub.retryNow()}>
          {t('connection.retry')}
        </button>
      )}
      {store.loadError.value && status === 'connected' && <span class="conn-error">{store.loadError.value}</span>}
    </div>
  );
}
