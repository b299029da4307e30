import { useEffect } from 'preact/hooks';
import { formatElapsed, formatStoryTime, gameTimeAt, now, startTicking, storyTimeAt } from '../clock';
import type { ExerciseStore } from '../state/exercise';
import { t } from '../i18n';

/** Story time and elapsed game time, ticking locally between server updates. */
export function GameClock({ store }: { store: ExerciseStore }) {
  useEffect(() => startTicking(), []);
  const a = store.clock.value;
  const at = now.value;
  const lifecycle = store.lifecycle.value;
  if (!a) {
    return (
      <div class="clock" data-testid="clock" aria-label={t('clock.label')}>
        --:--:--
      </div>
    );
  }
  const game = gameTimeAt(a, at);
  return (
    <div class="clock" data-testid="clock" data-game-ms={Math.floor(game)} aria-label={t('clock.label')}>
      <span class="clock-story">{formatStoryTime(storyTimeAt(a, at), a.zone)}</span>
      <span class="clock-elapsed">T+{formatElapsed(game)}</span>
      <span class={`clock-state lifecycle-${lifecycle}`}>
        {t(`lifecycle.${lifecycle}`, { defaultValue: lifecycle })}
        {a.running && a.rate !== 1 ? ` ×${a.rate}` : ''}
      </span>
    </div>
  );
}
