import { formatDuration, formatOffset, offsetMinutesAt, parseTimeSpan, storyDayTimeOfGame, storyMomentOfGame, type StoryFrame } from '../clock';

/** A game offset alone ("T+1h5m"), for where there is no story clock; or a dash. */
export function gameTime(value: string | null | undefined): string {
  return value ? formatOffset(parseTimeSpan(value)) : '–';
}

/** A span such as a response time in the one duration format of every output ("3m", "1h5m"), or a dash. */
export function duration(value: string | null | undefined): string {
  return value ? formatDuration(parseTimeSpan(value)) : '–';
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

const TICK_STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880];

/**
 * Ticks (game time in ms) from 0 to at most `endMs`, about `count` of them, at round times of the story clock when
 * there is one (07:10, not 07:03, for ten minutes), else at round game times.
 */
export function timeTicks(endMs: number, count = 6, frame: StoryFrame | null = null): number[] {
  const wanted = endMs / 60000 / Math.max(1, count);
  const step = (TICK_STEPS_MIN.find((s) => s >= wanted) ?? TICK_STEPS_MIN[TICK_STEPS_MIN.length - 1]) * 60000;
  // The story's wall clock at game time 0, read as the story's zone shows it.
  const past = frame ? (((frame.startMs + offsetMinutesAt(frame.zone, frame.startMs) * 60000) % step) + step) % step : 0;
  const ticks: number[] = [];
  for (let t = past ? step - past : 0; t <= endMs + 1; t += step) ticks.push(t);
  return ticks;
}

/** A time axis label: the story's weekday and time ("Mon 07:10") as the live charts write it, else the game offset. */
export function axisLabel(frame: StoryFrame | null, ms: number): string {
  return frame ? storyDayTimeOfGame(frame, ms) : tickLabel(ms);
}

/** A moment as the reports write it, "Mon 12 Jan 07:09 UTC+02:00 (T+9m)"; the game time alone without a story clock. */
export function moment(frame: StoryFrame | null, value: string | null | undefined): string {
  return value && frame ? storyMomentOfGame(frame, parseTimeSpan(value)) : gameTime(value);
}

/** A short tick label: "T+0:05", "T+1:30", or with days "T+1d 02:00". */
export function tickLabel(ms: number): string {
  const totalMin = Math.round(ms / 60000);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const m = totalMin % 60;
  return `T+${d ? `${d}d ` : ''}${d ? String(h).padStart(2, '0') : h}:${String(m).padStart(2, '0')}`;
}

/** Text anchor for a tick label at x, so labels at either edge stay inside the chart. */
export function tickAnchor(x: number, left: number, right: number): 'start' | 'middle' | 'end' {
  if (x - left < 30) return 'start';
  if (right - x < 30) return 'end';
  return 'middle';
}
