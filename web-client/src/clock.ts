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

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The UTC offset in minutes written at the end of an ISO-8601 time ("+02:00", "-0500", "Z"); 0 when none. */
export function parseOffsetMinutes(iso: string | null | undefined): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso?.trim() ?? '');
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * How the story's clock stands to UTC, the server's StoryClock.At rule: the scenario's IANA zone when it names one,
 * so the offset follows daylight saving, else the start's fixed offset.
 */
export interface StoryZone {
  timeZone: string | null;
  fixedOffsetMinutes: number;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter that names a zone's offset ("GMT+02:00"), or null when this browser does not know the zone. */
function offsetFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      format = null;
    }
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** The story's UTC offset in minutes at an instant. */
export function offsetMinutesAt(zone: StoryZone, ms: number): number {
  const format = zone.timeZone ? offsetFormat(zone.timeZone) : null;
  const date = new Date(ms);
  // An open-ended plan can end past the last date a Date holds; its offset is then the fixed one.
  if (!format || Number.isNaN(date.getTime())) return zone.fixedOffsetMinutes;
  // "GMT+02:00", "GMT-03:30", or plain "GMT" at offset zero.
  const name = format.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  return /^GMT[+-]\d{2}:\d{2}$/.test(name) ? parseOffsetMinutes(name) : zone.fixedOffsetMinutes;
}

/** "UTC+02:00", as the server's StoryClock.OffsetLabel writes an offset. */
function offsetLabel(minutes: number): string {
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "UTC+02:00", or with a zone "Europe/Helsinki UTC+03:00": the server's StoryClock.ZoneLabel at an instant. */
export function zoneLabelAt(zone: StoryZone, ms: number): string {
  return zoneLabel(zone, offsetMinutesAt(zone, ms));
}

function zoneLabel(zone: StoryZone, offsetMinutes: number): string {
  const utc = offsetLabel(offsetMinutes);
  return zone.timeZone && offsetFormat(zone.timeZone) ? `${zone.timeZone} ${utc}` : utc;
}

/** The zone label over a span, "… UTC+01:00 to … UTC+02:00" when daylight saving changes it (ReportText.StoryZone). */
export function zoneSpanLabel(zone: StoryZone, fromMs: number, toMs: number): string {
  const first = zoneLabelAt(zone, fromMs);
  const last = zoneLabelAt(zone, toMs);
  return first === last ? first : `${first} to ${last}`;
}

/**
 * "Mon 18 Jan 13:41 UTC+02:00": the story's own wall clock, as the server's StoryClock.Format writes it. It shifts
 * the instant by the story's offset at that instant and reads UTC fields, so the browser's own time zone never
 * enters. Without the label for tables and axes that name the zone once.
 */
export function formatStoryTime(ms: number, zone: StoryZone, withLabel = true): string {
  if (!Number.isFinite(ms)) return '';
  const offset = offsetMinutesAt(zone, ms);
  const d = new Date(ms + offset * 60000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const text = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${hh}:${mm}`;
  return withLabel ? `${text} ${zoneLabel(zone, offset)}` : text;
}

/** Where game time zero sits in the story, and the zone the story is told in. */
export interface StoryFrame {
  startMs: number;
  zone: StoryZone;
}

/** What names the story's start and zone: the exercise outline, or a review. */
export interface StorySource {
  storyStart?: string | null;
  storyTimeZone?: string | null;
}

/**
 * The frame for turning game times into story times: the scenario's start (the outline's, exact) and zone. Without
 * the outline the start is derived from the clock reading, whose story and game times can disagree by a rounding
 * millisecond — enough to show 12:25 for an inject due at 12:26.
 */
export function storyFrame(a: ClockAnchor | null, source: StorySource | null | undefined): StoryFrame | null {
  const start = source?.storyStart ? Date.parse(source.storyStart) : NaN;
  if (a) return { startMs: Number.isFinite(start) ? start : a.storyMs - a.gameMs, zone: a.zone };
  return Number.isFinite(start)
    ? { startMs: start, zone: { timeZone: source?.storyTimeZone ?? null, fixedOffsetMinutes: parseOffsetMinutes(source?.storyStart) } }
    : null;
}

/**
 * The story's wall clock at a game time, as formatStoryTime writes it but without the zone label (a table names
 * the zone once, in its header).
 */
export function storyTimeOfGame(f: StoryFrame, gameMs: number): string {
  return formatStoryTime(f.startMs + gameMs, f.zone, false);
}

/** "Mon 12:26": the story's weekday and time at a game time, for narrow columns and feeds. */
export function storyDayTimeOfGame(f: StoryFrame, gameMs: number): string {
  const parts = storyTimeOfGame(f, gameMs).split(' ');
  return parts.length >= 4 ? `${parts[0]} ${parts[3]}` : parts.join(' ');
}

/**
 * "1h5m": a span in the one duration format of every output (the server's DurationFormat.Format), whole seconds,
 * zero parts left out, "0m" for none.
 */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const units: [number, string][] = [
    [Math.floor(total / 86400), 'd'],
    [Math.floor((total % 86400) / 3600), 'h'],
    [Math.floor((total % 3600) / 60), 'm'],
    [total % 60, 's'],
  ];
  const parts = units.filter(([n]) => n > 0).map(([n, unit]) => `${n}${unit}`);
  return parts.length ? parts.join('') : '0m';
}

/** "T+1h5m": a game offset as the server's StoryClock.GameOffset writes it, "T+0m" at the start. */
export function formatOffset(ms: number): string {
  return `T${ms < 0 && Math.floor(Math.abs(ms) / 1000) ? '-' : '+'}${formatDuration(ms)}`;
}

/**
 * "Mon 12 Jan 07:09 UTC+02:00 (T+9m)": a moment as every output writes it (the server's StoryClock.FormatWithOffset),
 * story time with its zone and the game offset in brackets.
 */
export function storyMomentOfGame(f: StoryFrame, gameMs: number): string {
  return `${formatStoryTime(f.startMs + gameMs, f.zone)} (${formatOffset(gameMs)})`;
}

/** A clock reading anchored to the browser time at which it was received. */
export interface ClockAnchor {
  gameMs: number;
  storyMs: number;
  /** The story's zone; its fixed offset is the one in force at this reading, for a zone this browser does not know. */
  zone: StoryZone;
  rate: number;
  running: boolean;
  durationMs: number;
  receivedAt: number;
}

export function anchor(clock: ClockView): ClockAnchor {
  return {
    gameMs: parseTimeSpan(clock.gameTime),
    storyMs: Date.parse(clock.storyTime),
    zone: { timeZone: clock.storyTimeZone ?? null, fixedOffsetMinutes: parseOffsetMinutes(clock.storyTime) },
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
