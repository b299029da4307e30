import { formatElapsed, parseTimeSpan } from '../clock';
import type { ExerciseStore } from '../state/exercise';
import type { ExerciseEvent } from '../types';

function injectLabel(store: ExerciseStore, id: string | undefined): string {
  const inject = store.injects.value.find((i) => i.id === id);
  return inject ? `#${inject.number} “${inject.title}”` : (id ?? 'an inject');
}

function recipients(store: ExerciseStore, to: ExerciseEvent['to']): string {
  if (Array.isArray(to)) return to.map((t) => store.teamName(t)).join(', ');
  return store.teamName(to as string);
}

/** One line of plain text describing an event, for feeds and timelines. */
export function describeEvent(store: ExerciseStore, e: ExerciseEvent): string {
  switch (e.type) {
    case 'exercise-started':
      return 'Exercise started';
    case 'exercise-paused':
      return 'Exercise paused';
    case 'exercise-resumed':
      return 'Exercise resumed';
    case 'exercise-ended':
      return `Exercise ended${e.reason ? ` (${e.reason})` : ''}`;
    case 'exercise-reset':
      return 'Exercise reset';
    case 'clock-speed-changed':
      return `Clock speed set to ${e.gameMinutesPerMinute} game min/min`;
    case 'clock-jumped':
      return `Clock jumped from T+${formatElapsed(parseTimeSpan(e.from))} to T+${formatElapsed(parseTimeSpan(e.to as string))}`;
    case 'inject-due':
      return `Inject ${injectLabel(store, e.injectId)} is due (held)`;
    case 'inject-held':
      return `Inject ${injectLabel(store, e.injectId)} held`;
    case 'inject-released':
      return `Inject ${injectLabel(store, e.injectId)} released${e.byControl ? ' by control' : ''}`;
    case 'inject-skipped':
      return `Inject ${injectLabel(store, e.injectId)} skipped`;
    case 'inject-cancelled':
      return `Inject ${injectLabel(store, e.injectId)} cancelled`;
    case 'inject-acknowledged':
      return `${store.teamName(e.team)} acknowledged ${injectLabel(store, e.injectId)}`;
    case 'inject-responded':
      return `${store.teamName(e.team)} responded to ${injectLabel(store, e.injectId)}`;
    case 'inject-expired':
      return `Inject ${injectLabel(store, e.injectId)} expired`;
    case 'ad-hoc-inject-created':
      return `Ad-hoc inject “${e.title}” (${e.channel}) to ${recipients(store, e.to)}`;
    case 'decision-taken': {
      const inject = store.injects.value.find((i) => i.decision?.id === e.decisionId);
      const option = inject?.decision?.options.find((o) => o.id === e.optionId);
      const what = inject?.decision?.title ?? e.decisionId;
      return `${store.teamName(e.team)} decided “${what}”: ${option?.title ?? e.optionId}${e.byDefault ? ' (by default)' : ''}`;
    }
    case 'expected-action-met':
      return `${store.teamName(e.team)} met expected action ${e.actionId}`;
    case 'expected-action-missed':
      return `${store.teamName(e.team)} missed expected action ${e.actionId}`;
    case 'perturbation-expired':
      return `Perturbation on ${store.sectorName(e.sector)} expired`;
    case 'sector-state-changed':
      return `${store.sectorName(e.sector)}: ${String(e.from ?? '').toLowerCase()} → ${String(e.to ?? '').toLowerCase()}`;
    case 'sector-sampled':
      return `${store.sectorName(e.sector)} at ${Math.round((e.inoperability ?? 0) * 100)}%`;
    case 'message-sent':
      return `${store.teamName(e.from)} → ${recipients(store, e.to)}`;
    case 'observation-recorded':
      return `Observation by ${e.by ?? 'an evaluator'}`;
    case 'rating-recorded':
      return `${e.by ?? 'An evaluator'} rated ${e.targetKind ?? ''} ${e.targetId ?? ''}: ${e.rating ?? ''}`;
    case 'finding-recorded':
      return `${e.kind === 'strength' ? 'Strength' : 'Area for improvement'} ${e.findingId ?? ''} recorded by ${e.by ?? 'an evaluator'}`;
    case 'improvement-planned':
      return `Improvement item ${e.itemId ?? ''}${e.findingId ? ` (for ${e.findingId})` : ''}: owner ${e.owner ?? '–'}, due ${e.due ?? '–'}`;
    case 'review-item-withdrawn':
      return `${e.itemId ?? 'An item'} withdrawn by ${e.by ?? 'an evaluator'}`;
    case 'hot-wash-answered':
      return `${store.teamName(e.team)} answered hot-wash question ${e.questionId ?? ''}`;
    default:
      return e.type;
  }
}

/** The free text an event carries (responses and messages), if any. */
export function eventBody(e: ExerciseEvent): string | null {
  if (e.type === 'inject-responded' || e.type === 'message-sent' || e.type === 'finding-recorded' || e.type === 'hot-wash-answered') return e.text ?? null;
  if (e.type === 'improvement-planned') return e.action ?? null;
  return null;
}
