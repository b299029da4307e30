import { formatOffset, parseTimeSpan } from '../clock';
import type { ExerciseStore } from '../state/exercise';
import type { ExerciseEvent } from '../types';
import { t } from '../i18n';

function injectLabel(store: ExerciseStore, id: string | null | undefined): string {
  const inject = store.injects.value.find((i) => i.id === id);
  return inject ? `#${inject.number} “${inject.title}”` : (id ?? t('events.anInject'));
}

function recipients(store: ExerciseStore, to: string | string[]): string {
  if (Array.isArray(to)) return to.map((r) => store.teamName(r)).join(', ');
  return store.teamName(to);
}

const elapsed = (span: unknown) => formatOffset(parseTimeSpan(span as string));

/** One line of plain text describing an event, for feeds and timelines, in the interface language. */
export function describeEvent(store: ExerciseStore, e: ExerciseEvent): string {
  const team = () => store.teamName('team' in e ? e.team : undefined);
  const inject = () => injectLabel(store, 'injectId' in e ? e.injectId : undefined);
  const evaluator = ('by' in e ? e.by : null) ?? t('events.anEvaluator');
  switch (e.type) {
    case 'exercise-started':
      return t('events.started');
    case 'exercise-paused':
      return t('events.paused');
    case 'exercise-resumed':
      return t('events.resumed');
    case 'exercise-ended':
      return e.reason ? t('events.endedBecause', { reason: e.reason }) : t('events.ended');
    case 'exercise-reset':
      return t('events.reset');
    case 'clock-speed-changed':
      return t('events.speed', { speed: e.gameMinutesPerMinute });
    case 'clock-jumped':
      return t('events.jumped', { from: elapsed(e.from), to: elapsed(e.to) });
    case 'inject-due':
      return t('events.due', { inject: inject() });
    case 'inject-held':
      return t('events.held', { inject: inject() });
    case 'inject-released':
      return e.byControl ? t('events.releasedByControl', { inject: inject() }) : t('events.released', { inject: inject() });
    case 'inject-skipped':
      return t('events.skipped', { inject: inject() });
    case 'inject-cancelled':
      return t('events.cancelled', { inject: inject() });
    case 'inject-acknowledged':
      return t('events.acknowledged', { team: team(), inject: inject() });
    case 'inject-responded':
      return t('events.responded', { team: team(), inject: inject() });
    case 'inject-expired':
      return t('events.expired', { inject: inject() });
    case 'ad-hoc-inject-created':
      return t('events.adHoc', { title: e.title, channel: e.channel, to: recipients(store, e.to) });
    case 'decision-taken': {
      const decided = store.injects.value.find((i) => i.decision?.id === e.decisionId);
      const option = decided?.decision?.options.find((o) => o.id === e.optionId);
      const what = decided?.decision?.title ?? e.decisionId;
      const text = t('events.decided', { team: team(), decision: what, option: option?.title ?? e.optionId });
      return e.byDefault ? `${text} ${t('participant.byDefault')}` : text;
    }
    case 'joint-vote-cast':
    case 'joint-decision-resolved': {
      const decided = store.injects.value.find((i) => i.decision?.id === e.decisionId)?.decision;
      const what = decided?.title ?? String(e.decisionId);
      const option = decided?.options.find((o) => o.id === e.optionId)?.title ?? String(e.optionId ?? '');
      if (e.type === 'joint-decision-resolved') return t('events.jointResolved', { decision: what, option, how: t(`joint.resolution.${e.how}`) });
      return e.optionId ? t('events.jointVote', { team: team(), decision: what, option }) : t('events.jointRefused', { team: team(), decision: what });
    }
    case 'expected-action-met':
      return t('events.actionMet', { team: team(), action: e.actionId });
    case 'expected-action-missed':
      return t('events.actionMissed', { team: team(), action: e.actionId });
    case 'perturbation-expired':
      return t('events.perturbationExpired', { sector: store.sectorName(e.sector) });
    case 'sector-state-changed':
      return `${store.sectorName(e.sector)}: ${t(`states.${String(e.from ?? '').toLowerCase()}`, { defaultValue: String(e.from ?? '').toLowerCase() })} → ${t(`states.${String(e.to ?? '').toLowerCase()}`, { defaultValue: String(e.to ?? '').toLowerCase() })}`;
    case 'sector-sampled':
      return t('events.sampled', { sector: store.sectorName(e.sector), percent: Math.round((e.inoperability ?? 0) * 100) });
    case 'message-sent':
      return `${store.teamName(e.from)} → ${recipients(store, e.to)}`;
    case 'observation-recorded':
      return t('events.observation', { by: evaluator });
    case 'rating-recorded':
      return t('events.rating', { by: evaluator, kind: e.targetKind ?? '', target: e.targetId ?? '', rating: e.rating ?? '' });
    case 'finding-recorded':
      return t(e.kind === 'strength' ? 'events.strength' : 'events.improvementArea', { id: e.findingId ?? '', by: evaluator });
    case 'improvement-planned':
      return t(e.findingId ? 'events.improvementFor' : 'events.improvement', { id: e.itemId ?? '', finding: e.findingId ?? '', owner: e.owner ?? '–', due: e.due ?? '–' });
    case 'review-item-withdrawn':
      return t('events.withdrawn', { id: e.itemId ?? t('events.anItem'), by: evaluator });
    case 'hot-wash-answered':
      return t('events.hotWashAnswered', { team: team(), question: e.questionId ?? '' });
    default:
      return (e as ExerciseEvent).type;
  }
}

/** The free text an event carries (responses and messages), if any. */
export function eventBody(e: ExerciseEvent): string | null {
  if (e.type === 'inject-responded' || e.type === 'message-sent' || e.type === 'finding-recorded' || e.type === 'hot-wash-answered') return e.text ?? null;
  if (e.type === 'improvement-planned') return e.action ?? null;
  return null;
}
