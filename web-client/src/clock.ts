import { signal } from '@preact/signals';
import type { ClockView } from './types';

/** Parses a .NET TimeSpan string ("[-][d.]hh:mm:ss[.fffffff]") into milliseconds; null/garbage gives 0. */
export function parseTimeSpan(value: string | null | undefined): number {
  if (!value) return 0;
  const m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return 0;
  const [, neg, d, h, min, s, frac] = m;
  const ms =
    (Number(d ?? 0) * 86400 + Number(h) * 3600 + Number(min) * 60 + Number(s)) * 1000 +
    (frac ? Math.round(Number(`0.${frac}`) * 1000) : 0);
  return neg ? -ms : ms;
}

/** Formats milliseconds as "T+hh:mm:ss" style elapsed text (days folded into hours). */
export function formatElapsed(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Short game-time label, e.g. "1:05" (hours:minutes). */
export function formatShort(ms: number): string {
  const totalMin = Math.floor(Math.abs(ms) / 60000);
  return `${ms < 0 ? '-' : ''}${Math.floor(totalMin / 60)}:${String(totalMin % 60).padStart(2, '0')}`;
}

export function formatStoryTime(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A clock reading anchored to the browser time at which it was received. */
export interface ClockAnchor {
  gameMs: number;
  storyMs: number;
  rate: number;
  running: boolean;
  durationMs: number;
  receivedAt: number;
}

export function anchor(clock: ClockView): ClockAnchor {
  return {
    gameMs: parseTimeSpan(clock.gameTime),
    storyMs: Date.parse(clock.storyTime),
    rate: clock.gameMinutesPerMinute,
    running: clock.running,
    durationMs: parseTimeSpan(clock.duration),
    receivedAt: performance.now(),
  };
}

/** Game time now, extrapolated locally between server updates. */
export function gameTimeAt(a: ClockAnchor, now: number): number {
  let game = a.gameMs + (a.running ? Math.max(0, now - a.receivedAt) * a.rate : 0);
  if (a.durationMs > 0) game = Math.min(game, a.durationMs);
  return game;
}

export function storyTimeAt(a: ClockAnchor, now: number): number {
  return a.storyMs + (gameTimeAt(a, now) - a.gameMs);
}

/** A shared ticking "now" (performance.now()), updated four times a second while anything reads it. */
export const now = signal(performance.now());
let ticking = 0;
let timer: ReturnType<typeof setInterval> | undefined;

export function startTicking(): () => void {
  ticking++;
  if (!timer) timer = setInterval(() => (now.value = performance.now()), 250);
  return () => {
    ticking--;
    if (ticking === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}
