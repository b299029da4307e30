import { formatElapsed, parseTimeSpan } from '../clock';

/** Game time as "T+hh:mm:ss", or a dash. */
export function gameTime(value: string | null | undefined): string {
  return value ? `T+${formatElapsed(parseTimeSpan(value))}` : '–';
}

/** A duration such as a response time: "3m 00s", "1h 05m", or a dash. */
export function duration(value: string | null | undefined): string {
  if (!value) return '–';
  const total = Math.round(parseTimeSpan(value) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  return `${m}m ${String(s).padStart(2, '0')}s`;
}

export function wallTime(value: string | null | undefined): string {
  if (!value) return '–';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** "not-started" → "not started". */
export function words(value: string): string {
  return value.replace(/-/g, ' ');
}
