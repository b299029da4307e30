import { t } from '../i18n';

/** A sector state ("Normal", "Degraded", …) as a coloured badge. */
export function StateBadge({ state, testId }: { state: string; testId?: string }) {
  const word = (state || 'unknown').toLowerCase();
  return (
    <span class={`badge state-${word}`} data-testid={testId}>
      {t(`states.${word}`, { defaultValue: word })}
    </span>
  );
}

/** An inject status as a small badge. */
export function StatusBadge({ status }: { status: string }) {
  const word = (status || '').toLowerCase();
  return <span class={`badge status-${word}`}>{t(`statuses.${word}`, { defaultValue: word })}</span>;
}
