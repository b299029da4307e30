import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../api';
import type { ExerciseStore } from '../state/exercise';
import type { InjectDetail } from '../types';
import { ErrorText, Notice } from './Messages';
import { canHold, canRelease, canSkip } from './mselFilter';

export type BulkVerb = 'release' | 'hold' | 'skip';

/** A verb asked for and the injects it was asked for, waiting for the facilitator to confirm. */
export interface BulkRequest {
  verb: BulkVerb;
  injects: InjectDetail[];
}

const VERBS: Record<BulkVerb, { method: string; done: string; allowed: (i: InjectDetail) => boolean; why: string }> = {
  release: { method: 'ReleaseInject', done: 'released', allowed: canRelease, why: 'not waiting' },
  hold: { method: 'HoldInject', done: 'held', allowed: canHold, why: 'not pending' },
  skip: { method: 'SkipInject', done: 'skipped', allowed: canSkip, why: 'not waiting' },
};

interface Props {
  store: ExerciseStore;
  selected: InjectDetail[];
  request: BulkRequest | null;
  onRequest: (request: BulkRequest | null) => void;
  onClear: () => void;
  /** Called after a confirmed request ran, so focus can return to the table. */
  onDone: () => void;
}

const label = (list: InjectDetail[]) => list.map((i) => `#${i.number}`).join(', ');

/**
 * The selection's actions and the confirmation step every release, hold or skip asked for from the keyboard or
 * for a selection goes through. One hub command per inject, in MSEL order, each with its own idempotency key,
 * so a retry after a lost answer has one effect per inject.
 */
export function MselBulkBar({ store, selected, request, onRequest, onClear, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  // Focus moves to "Confirm" in the same task the bar appears, so an Enter typed right after R / H / S confirms.
  useLayoutEffect(() => {
    if (request) confirmButton.current?.focus();
  }, [request]);

  const ask = (verb: BulkVerb) => {
    setError(null);
    setNotice(null);
    onRequest({ verb, injects: selected });
  };

  const run = async (req: BulkRequest) => {
    const verb = VERBS[req.verb];
    const eligible = req.injects.filter(verb.allowed);
    setBusy(true);
    setError(null);
    setNotice(null);
    const failures: string[] = [];
    for (const inject of eligible) {
      try {
        await store.hub.command(`${req.verb}:${inject.id}`, verb.method, inject.id);
      } catch (e) {
        failures.push(`#${inject.number}: ${errorText(e)}`);
      }
    }
    setBusy(false);
    onRequest(null);
    const succeeded = eligible.length - failures.length;
    if (succeeded > 0) setNotice(`${succeeded} inject${succeeded === 1 ? '' : 's'} ${verb.done}.`);
    if (failures.length > 0) setError(failures.join(' · '));
    if (failures.length === 0) onClear();
    onDone();
  };

  if (request) {
    const verb = VERBS[request.verb];
    const eligible = request.injects.filter(verb.allowed);
    const left = request.injects.filter((i) => !verb.allowed(i));
    return (
      <div
        class="msel-confirm"
        role="alertdialog"
        aria-labelledby="msel-confirm-text"
        data-testid="msel-confirm-bar"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onRequest(null);
            onDone();
          }
        }}
      >
        <span id="msel-confirm-text" data-testid="msel-confirm-text">
          {eligible.length === 0
            ? `Nothing to ${request.verb}: ${label(left)} ${left.length === 1 ? 'is' : 'are'} ${verb.why}.`
            : `${request.verb[0].toUpperCase()}${request.verb.slice(1)} ${eligible.length === 1 ? `#${eligible[0].number} “${eligible[0].title}”` : `${eligible.length} injects (${label(eligible)})`}?`}
          {eligible.length > 0 && left.length > 0 && <span class="muted"> {label(left)} left out: {verb.why}.</span>}
        </span>
        <button type="button" ref={confirmButton} data-testid="msel-confirm" disabled={busy || eligible.length === 0} onClick={() => void run(request)}>
          {busy ? 'Working…' : `Confirm ${request.verb}`}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="msel-cancel"
          disabled={busy}
          onClick={() => {
            onRequest(null);
            onDone();
          }}
        >
          Cancel
        </button>
        <span class="muted small">Enter confirms · Esc cancels</span>
      </div>
    );
  }

  return (
    <div class="msel-bulk" aria-live="polite">
      {selected.length > 0 && (
        <>
          <span data-testid="msel-selected-count">{selected.length} selected</span>
          <button type="button" data-testid="msel-bulk-release" disabled={busy || !selected.some(canRelease)} onClick={() => ask('release')}>
            Release selected
          </button>
          <button type="button" class="secondary" data-testid="msel-bulk-hold" disabled={busy || !selected.some(canHold)} onClick={() => ask('hold')}>
            Hold selected
          </button>
          <button type="button" class="secondary" data-testid="msel-bulk-skip" disabled={busy || !selected.some(canSkip)} onClick={() => ask('skip')}>
            Skip selected
          </button>
          <button type="button" class="link-button small" data-testid="msel-clear-selection" onClick={onClear}>
            Clear selection
          </button>
        </>
      )}
      <ErrorText error={error} />
      <Notice text={notice} />
    </div>
  );
}
