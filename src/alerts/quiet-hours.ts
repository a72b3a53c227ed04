/**
 * Quiet hours (`/follow … quiet:22:00-07:00`): a daily window, in the channel's time zone,
 * during which alerts are held and posted as one roll-up when it ends. A window may cross
 * midnight; its end is found on the zone's wall clock, so daylight-saving changes move it with
 * the clocks.
 */
import { UserError } from '../core/errors.ts';
import { localTime, zonedTimeToUtc } from '../core/schedule/zoned-time.ts';

/** A window in minutes after local midnight; `end` may be less than `start` (crosses midnight). */
export interface QuietWindow {
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

function minutesOf(t: string): number | null {
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(t.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/**
 * `22:00-07:00` (also `22-7`, `22:30–6:15`) -> its normalised form `22:00-07:00`; `off` -> null.
 * Throws a UserError naming the problem.
 */
export function parseQuietHours(input: string): string | null {
  const s = input.trim();
  if (/^(off|none|no)$/i.test(s)) return null;
  const parts = s.split(/\s*[-–—]\s*|\s+to\s+/i);
  const [a, b] = parts.length === 2 ? parts.map(minutesOf) : [null, null];
  if (a === null || b === null) throw new UserError(`"${s}" is not a quiet-hours window: write it like quiet:22:00-07:00 (or quiet:off).`, 'bad_quiet');
  if (a === b) throw new UserError(`Quiet hours "${s}" start and end at the same time: give a window like quiet:22:00-07:00.`, 'bad_quiet');
  return `${hhmm(a)}-${hhmm(b)}`;
}

/** The window of a normalised `HH:MM-HH:MM`. */
export function quietWindow(quiet: string): QuietWindow {
  const [a, b] = quiet.split('-').map((t) => minutesOf(t) ?? 0);
  return { start: a, end: b };
}

function inWindow(w: QuietWindow, minute: number): boolean {
  return w.start < w.end ? minute >= w.start && minute < w.end : minute >= w.start || minute < w.end;
}

/**
 * When quiet hours that are on at `now` end (the instant the zone's clocks show the end time),
 * or null when `now` is outside them.
 */
export function quietUntil(quiet: string, now: Date, timeZone: string): Date | null {
  const w = quietWindow(quiet);
  const l = localTime(now, timeZone);
  const minute = l.hour * 60 + l.minute;
  if (!inWindow(w, minute)) return null;
  // The end is today unless the window crosses midnight and we are before midnight.
  const day = new Date(Date.UTC(l.year, l.month - 1, l.day + (w.start > w.end && minute >= w.start ? 1 : 0)));
  return zonedTimeToUtc({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: Math.floor(w.end / 60), minute: w.end % 60 }, timeZone);
}
