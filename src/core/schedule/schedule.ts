/**
 * Digest schedules: a daily time (`08:00`, `8:30pm`) or a 5-field cron expression (minute hour
 * day-of-month month day-of-week, down to every minute), evaluated in an IANA time zone.
 * The cron matching is croner's (run on the zone's wall clock, which has no DST); this file
 * reads the input, words refusals as one sentence naming the problem, and turns wall-clock
 * slots into instants the way zonedTimeToUtc does (a time skipped by spring-forward runs
 * later by the gap; a time repeated by fall-back runs once). Pure: no I/O.
 */
import { Cron, CronPattern } from 'croner';
import { UserError } from '../errors.ts';
import { isZoneLike, readTimeZone } from './time-zone-names.ts';
import { canonicalTimeZone, localTime, offsetMinutes, zonedTimeToUtc } from './zoned-time.ts';

/** A parsed schedule. `expression` is the normalized 5-field cron form that is stored. */
export interface Schedule {
  expression: string;
  /** Minutes 0-59 that match, ascending. */
  minutes: number[];
  /** Hours 0-23 that match, ascending. */
  hours: number[];
  /** Weekdays 0-6 allowed, 0 = Sunday. */
  weekdays: boolean[];
  /** croner, on the wall clock (UTC stands for "local time in the zone"). */
  cron: Cron;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
}

const FIELDS: FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES },
];

const DAILY = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i;

/**
 * Longest schedule text read. The longest sensible cron expression with lists and ranges
 * ("0,15,30,45 6-9,12-14,17-22 1-7,15-21 1-6,9-12 MON-FRI") is about 60 characters; without a
 * limit a 10 KB "schedule" was stored and echoed back in full.
 */
export const MAX_SCHEDULE_LENGTH = 120;

/** The default daily time when `/subscribe` is given none. */
export const DEFAULT_DAILY_TIME = '08:00';

/**
 * Parse a daily time or a 5-field cron expression. Throws a UserError naming the problem
 * (`"61 * * * *" is not a valid schedule: 61 is not a valid minute (0-59).`).
 */
export function parseSchedule(input: string): Schedule {
  if (input.length > MAX_SCHEDULE_LENGTH && input.trim().length > MAX_SCHEDULE_LENGTH) {
    throw new UserError(`That schedule is ${input.trim().length.toLocaleString('en-US')} characters long (at most ${MAX_SCHEDULE_LENGTH}): give a daily time like 08:00 or a cron expression like "0 8 * * 1-5".`);
  }
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text) throw new UserError('The schedule is empty: give a daily time like 08:00 or a cron expression like "0 8 * * 1-5".');
  const daily = parseDailyTime(text);
  if (daily) return fromCron(`${daily.minute} ${daily.hour} * * *`, text);
  const parts = text.split(' ');
  if (parts.length === 1 && /^[\d:apm. ]+$/i.test(text)) {
    throw new UserError(`"${text}" is not a valid time of day: use HH:MM from 00:00 to 23:59.`);
  }
  if (parts.length !== 5) {
    throw new UserError(
      `"${text}" is not a valid schedule: give a daily time like 08:00 or a 5-field cron expression ` +
        `(minute hour day month weekday), not ${parts.length} field${parts.length === 1 ? '' : 's'}.`,
    );
  }
  return fromCron(text, text);
}

function parseDailyTime(text: string): { hour: number; minute: number } | null {
  const m = DAILY.exec(text);
  if (!m) return null;
  if (m[2] === undefined && !m[3]) return null; // a bare number is not a time
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const ampm = m[3]?.toLowerCase();
  const bad = () => new UserError(`"${text}" is not a valid time of day: use HH:MM from 00:00 to 23:59.`);
  if (minute > 59) throw bad();
  if (ampm) {
    if (hour < 1 || hour > 12) throw bad();
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  } else if (hour > 23) throw bad();
  return { hour, minute };
}

function fromCron(expression: string, original: string): Schedule {
  const fields = expression.split(' ');
  fields.forEach((f, i) => checkField(f, FIELDS[i], original));
  let pattern: CronPattern;
  let cron: Cron;
  try {
    pattern = new CronPattern(expression, 'UTC', { mode: '5-part' });
    cron = new Cron(expression, { timezone: 'UTC', mode: '5-part', paused: true });
  } catch (e) {
    // checkField words the usual mistakes; this is whatever else croner refuses.
    const why = (e instanceof Error ? e.message : String(e)).replace(/^CronPattern:\s*/, '').replace(/\.$/, '');
    throw new UserError(`"${original}" is not a valid schedule: ${why}.`);
  }
  if (!cron.nextRun(new Date(Date.UTC(2000, 0, 1)))) {
    throw new UserError(`"${original}" is not a valid schedule: that day never occurs in that month.`);
  }
  return {
    expression: fields.join(' '),
    minutes: indexesOf(pattern.minute),
    hours: indexesOf(pattern.hour),
    // croner keeps a bit mask per weekday (for `#n`), folding 7 into 0 (Sunday).
    weekdays: pattern.dayOfWeek.slice(0, 7).map((v) => v !== 0),
    cron,
  };
}

function indexesOf(flags: number[]): number[] {
  const out: number[] = [];
  flags.forEach((v, i) => v && out.push(i));
  return out;
}

/** The one-sentence refusal for a field croner would refuse less readably (or accept as an extension). */
function checkField(field: string, spec: FieldSpec, original: string): void {
  const fail = (why: string) => new UserError(`"${original}" is not a valid schedule: ${why}.`);
  for (const item of field.split(',')) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(item);
    if (!m) throw fail(`"${item}" is not a valid ${spec.name}`);
    if (m[2] !== undefined && Number(m[2]) < 1) throw fail(`a step of ${m[2]} is not valid for the ${spec.name}`);
    if (m[1] === '*' || m[1] === '?') continue;
    const range = m[1].split('-');
    if (range.length > 2) throw fail(`"${item}" is not a valid ${spec.name}`);
    const [lo, hi] = range.map((token) => value(token, spec, fail));
    if (hi !== undefined && hi < lo) throw fail(`the range ${m[1]} runs backwards for the ${spec.name}`);
  }
}

function value(token: string, spec: FieldSpec, fail: (why: string) => UserError): number {
  const named = spec.names?.indexOf(token.toLowerCase()) ?? -1;
  if (named >= 0) return named + spec.min;
  if (!/^\d+$/.test(token)) throw fail(`"${token}" is not a valid ${spec.name}`);
  const n = Number(token);
  if (n < spec.min || n > spec.max) throw fail(`${token} is not a valid ${spec.name} (${spec.min}-${spec.max})`);
  return n;
}

/**
 * The shortest time between two digests of a schedule, in minutes (Infinity for one slot that
 * never runs on two days in a row). Slots of one day are hours x minutes; the gap across
 * midnight counts only when the schedule can run on two consecutive days (checked on four
 * years of days, a leap cycle). Wall-clock minutes: daylight saving is not counted.
 */
export function shortestGapMinutes(s: Schedule): number {
  const day = s.hours.flatMap((h) => s.minutes.map((m) => h * 60 + m));
  let gap = Infinity;
  for (let i = 1; i < day.length; i++) gap = Math.min(gap, day[i] - day[i - 1]);
  const overnight = 24 * 60 - day[day.length - 1] + day[0];
  if (overnight < gap && runsOnConsecutiveDays(s)) gap = overnight;
  return gap;
}

function runsOnConsecutiveDays(s: Schedule): boolean {
  const [, , dom, month, dow] = s.expression.split(' ');
  const days = new Cron(`0 0 ${dom} ${month} ${dow}`, { timezone: 'UTC', mode: '5-part', paused: true });
  const runs = days.nextRuns(4 * 366, new Date(Date.UTC(2000, 0, 1)));
  return runs.some((d, i) => i > 0 && d.getTime() - runs[i - 1].getTime() === 24 * 3600 * 1000);
}

/**
 * Refuse a schedule that would post more often than every `minMinutes` (NEWSBRIEF_MIN_DIGEST_MINUTES):
 * `"0,30 * * * *" would post a digest every 30 minutes: …`. Only for new subscriptions; stored
 * ones keep running as they are.
 */
export function checkDigestInterval(s: Schedule, original: string, minMinutes: number): void {
  const gap = shortestGapMinutes(s);
  if (gap >= minMinutes) return;
  const every = (n: number) => (n === 1 ? 'every minute' : n % 60 === 0 ? (n === 60 ? 'every hour' : `every ${n / 60} hours`) : `every ${n} minutes`);
  const example = minMinutes <= 60 ? ' like "0 * * * *" (hourly)' : '';
  throw new UserError(
    `"${original.trim().replace(/\s+/g, ' ')}" would post a digest ${every(gap)}, too often for a channel: ` +
      `at most one digest ${every(minMinutes)} is allowed; give a daily time like 08:00 or a cron${example}.`,
  );
}

/** Validate a time zone name; returns its canonical IANA form or throws a UserError. */
export function parseTimeZone(input: string, now: Date = new Date()): string {
  const r = readTimeZone(input, now);
  if ('error' in r) throw new UserError(r.error);
  return r.zone;
}

/** True when the text names a time zone (used to split `/subscribe 0 8 * * 1-5 Europe/London`). */
export function looksLikeTimeZone(token: string): boolean {
  return isZoneLike(token) || canonicalTimeZone(token) !== null;
}

/** `daily at 08:00` for a daily schedule, else `on cron "0 8 * * 1-5"`. */
export function describeSchedule(s: Schedule): string {
  const m = /^(\d+) (\d+) \* \* \*$/.exec(s.expression);
  if (m) return `daily at ${m[2].padStart(2, '0')}:${m[1].padStart(2, '0')}`;
  return `on cron "${s.expression}"`;
}

// ---- wall clock to instants ------------------------------------------------------------

/** Wall-clock slots and their instants differ by the zone's offset; no zone is 3 h off its neighbour hours. */
const MARGIN_MS = 3 * 3_600_000;
const BATCH = 64;

/** The zone's wall clock at an instant, written as a UTC time. */
function wallOf(t: number, timeZone: string): number {
  const l = localTime(new Date(t), timeZone);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
}

/** The instant of a wall-clock slot (gap: later by the gap; overlap: the first). */
function instantOf(wall: Date, timeZone: string): number {
  return zonedTimeToUtc(
    { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() },
    timeZone,
  ).getTime();
}

/**
 * How wall-clock slots become instants within [lo, hi]: plain arithmetic when the zone's offset
 * is the same well before and after the window (the scheduler's minute-by-minute case), else
 * zonedTimeToUtc per slot with a margin, since a clock change moves slots across the edges.
 */
function converter(lo: number, hi: number, timeZone: string): { margin: number; instant: (wall: Date) => number } {
  const before = offsetMinutes(new Date(lo - 14 * 3_600_000), timeZone);
  if (hi - lo <= 2 * 86_400_000 && before === offsetMinutes(new Date(hi + 14 * 3_600_000), timeZone)) {
    return { margin: 0, instant: (wall) => wall.getTime() - before * 60_000 };
  }
  return { margin: MARGIN_MS, instant: (wall) => instantOf(wall, timeZone) };
}

/**
 * The latest slot `t` with `after < t <= notAfter`, or null. Walks croner's wall-clock runs
 * backwards from just past `notAfter`, so it costs one step per slot, not per day.
 */
export function latestSlot(s: Schedule, timeZone: string, after: Date, notAfter: Date): Date | null {
  const lo = after.getTime();
  const hi = notAfter.getTime();
  if (hi <= lo) return null;
  const { margin, instant } = converter(lo, hi, timeZone);
  const stop = wallOf(lo, timeZone) - margin;
  let best: number | null = null;
  let bestWall = 0;
  // previousRuns is exclusive of its reference: start a minute past the last wall time wanted.
  let ref = new Date(wallOf(hi, timeZone) + margin + 60_000);
  for (;;) {
    const runs = s.cron.previousRuns(BATCH, ref);
    for (const w of runs) {
      if (w.getTime() < stop || (best !== null && w.getTime() < bestWall - margin)) return best === null ? null : new Date(best);
      const t = instant(w);
      if (t > lo && t <= hi && (best === null || t > best)) {
        best = t;
        bestWall = w.getTime();
      }
    }
    if (runs.length < BATCH) return best === null ? null : new Date(best);
    ref = runs[runs.length - 1];
  }
}

/** Every slot `t` with `after < t <= notAfter`, ascending (for tests and listings; keep windows small). */
export function slotsBetween(s: Schedule, timeZone: string, after: Date, notAfter: Date): Date[] {
  const lo = after.getTime();
  const hi = notAfter.getTime();
  const { margin, instant } = converter(lo, hi, timeZone);
  const stop = wallOf(hi, timeZone) + margin;
  const out = new Set<number>();
  let ref = new Date(wallOf(lo, timeZone) - margin);
  for (;;) {
    const runs = s.cron.nextRuns(BATCH, ref);
    for (const w of runs) {
      if (w.getTime() > stop) return [...out].sort((a, b) => a - b).map((t) => new Date(t));
      const t = instant(w);
      if (t > lo && t <= hi) out.add(t);
    }
    if (runs.length < BATCH) return [...out].sort((a, b) => a - b).map((t) => new Date(t));
    ref = runs[runs.length - 1];
  }
}

/** The first slot strictly after `after`, or null when croner finds none. */
export function nextSlot(s: Schedule, timeZone: string, after: Date): Date | null {
  const lo = after.getTime();
  let best: number | null = null;
  let ref = new Date(wallOf(lo, timeZone) - MARGIN_MS);
  for (;;) {
    const runs = s.cron.nextRuns(BATCH, ref);
    for (const w of runs) {
      if (best !== null && w.getTime() > wallOf(best, timeZone) + MARGIN_MS) return new Date(best);
      const t = instantOf(w, timeZone);
      if (t > lo && (best === null || t < best)) best = t;
    }
    if (runs.length < BATCH) return best === null ? null : new Date(best);
    ref = runs[runs.length - 1];
  }
}
