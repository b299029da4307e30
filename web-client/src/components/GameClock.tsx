import { useEffect } from 'preact/hooks';
import { formatElapsed, formatStoryTime, gameTimeAt, now, startTicking, storyTimeAt } from '../clock';
import type { ExerciseStore } from '../state/exercise';

/** Story time and elapsed game time, ticking locally between server updates. */
export function GameClock({ store }: { store: ExerciseStore }) {
  useEffect(() => startTicking(), []);
  const a = store.clock.value;
  const t = now.value;
  const lifecycle = store.lifecycle.value;
  if (!a) {
    return (
      <div class="clock" data-testid="clock" aria-label="Game clock">
        --:--:--
      </div>
    );
  }
  const game = gameTimeAt(a, t);
  return (
    <div class="clock" data-testid="clock" data-game-ms={Math.floor(game)} aria-label="Game clock">
      <span class="clock-story">{formatStoryTime(storyTimeAt(a, t), a.storyOffsetMinutes, a.storyZone)}</span>
      <span class="clock-elapsed">T+{formatElapsed(game)}</span>
      <span class={`clock-state lifecycle-${lifecycle}`}>
        {lifecycle}
        {a.running && a.rate !== 1 ? ` ×${a.rate}` : ''}
      </span>
    </div>
  );
}
