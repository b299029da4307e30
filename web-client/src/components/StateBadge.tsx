/** A sector state ("Normal", "Degraded", …) as a coloured badge. */
export function StateBadge({ state, testId }: { state: string; testId?: string }) {
  const word = (state || 'unknown').toLowerCase();
  return (
    <span class={`badge state-${word}`} data-testid={testId}>
      {word}
    </span>
  );
}

/** An inject status as a small badge. */
export function StatusBadge({ status }: { status: string }) {
  const word = (status || '').toLowerCase();
  return <span class={`badge status-${word}`}>{word}</span>;
}
