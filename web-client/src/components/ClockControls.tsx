import { useState } from 'preact/hooks';
import { useAction } from '../state/action';
import type { ExerciseStore } from '../state/exercise';
import { ErrorText } from './Messages';

/** Lifecycle (start, pause, resume, end), speed and jumps in one bar above the MSEL. */
export function ClockControls({ store }: { store: ExerciseStore }) {
  const lifecycle = store.lifecycle.value;
  const [speed, setSpeed] = useState('');
  const [jumpTo, setJumpTo] = useState('');
  const action = useAction();
  const rate = store.clock.value?.rate;
  const cmd = (label: string, method: string, ...args: unknown[]) => action.run(() => store.hub.command(label, method, ...args));

  return (
    <section class="panel clock-panel clock-bar" aria-labelledby="clock-title">
      <h2 id="clock-title" class="sr-only">
        Clock
      </h2>
      <p class="clock-state-line">
        <span class={`badge lifecycle-${lifecycle}`} data-testid="control-lifecycle">
          {lifecycle}
        </span>
        {rate !== undefined && <span class="muted small"> ×{rate}</span>}
      </p>
      <div class="button-row">
        {/* One lifecycle button, the one that applies now: start when ready, pause while running, resume when paused. */}
        {lifecycle === 'running' ? (
          <button type="button" data-testid="control-pause" disabled={action.busy} onClick={() => void cmd('pause', 'Pause')}>
            Pause
          </button>
        ) : lifecycle === 'paused' ? (
          <button type="button" data-testid="control-resume" disabled={action.busy} onClick={() => void cmd('resume', 'Resume')}>
            Resume
          </button>
        ) : (
          <button type="button" data-testid="control-start" disabled={action.busy || lifecycle !== 'ready'} onClick={() => void cmd('start', 'Start')}>
            Start
          </button>
        )}
        <button
          type="button"
          class="danger"
          data-testid="control-end"
          disabled={action.busy || lifecycle === 'ended' || lifecycle === 'ready'}
          onClick={() => {
            if (confirm('End the exercise for everyone?')) void cmd('end', 'End');
          }}
        >
          End
        </button>
      </div>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = Number(speed);
          if (!Number.isFinite(value) || value <= 0) {
            action.setError('Speed must be a positive number of game minutes per minute.');
            return;
          }
          void cmd(`speed:${value}`, 'SetSpeed', value);
        }}
      >
        <label for="control-speed" class="sr-only">
          Speed (game minutes per minute)
        </label>
        <input id="control-speed" data-testid="control-speed" type="number" min="0.1" step="any" placeholder={`speed ${rate !== undefined ? String(rate) : '1'}`} title="Game minutes per minute" value={speed} onInput={(e) => setSpeed(e.currentTarget.value)} />
        <button type="submit" data-testid="control-speed-set" aria-label="Set speed" disabled={action.busy || !speed}>
          Set
        </button>
      </form>
      <div class="inline-form">
        <button type="button" data-testid="control-jump-next" disabled={action.busy} onClick={() => void cmd('jump:next', 'Jump', 'next')}>
          Next inject
        </button>
      </div>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const to = jumpTo.trim();
          if (to) void cmd(`jump:${to}`, 'Jump', to);
        }}
      >
        <label for="control-jump" class="sr-only">
          Jump to game time
        </label>
        <input id="control-jump" data-testid="control-jump" placeholder="jump to 2h30m" value={jumpTo} onInput={(e) => setJumpTo(e.currentTarget.value)} />
        <button type="submit" data-testid="control-jump-set" disabled={action.busy || !jumpTo.trim()}>
          Jump
        </button>
      </form>
      <ErrorText error={action.error} />
    </section>
  );
}
