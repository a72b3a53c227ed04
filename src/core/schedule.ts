/**
 * Digest schedules: a daily time (`08:00`, `8:30pm`) or a 5-field cron expression (minute hour
 * day-of-month month day-of-week, down to every minute), evaluated in an IANA time zone.
 * Parsing refuses bad input with one sentence naming the problem; slot arithmetic is pure
 * (Intl only), so the scheduler, the commands and the tests agree on when a slot is due.
 */
import { UserError } from './errors.ts';
import { isZoneLike, readTimeZone } from './time-zone-names.ts';
import { canonicalTimeZone, localTime, offsetMinutes } from './zoned-time.ts';

/** A parsed schedule. `expression` is the normalized 5-field cron form that is stored. */
export interface Schedule {
  expression: string;
  minutes: number[];
  hours: number[];
  /** Days of month 1-31 allowed (index = day). */
  days: boolean[];
  /** Months 1-12 allowed (index = month). */
  months: boolean[];
  /** Weekdays 0-6 allowed, 0 = Sunday. */
  weekdays: boolean[];
  /** Whether day-of-month / day-of-week were `*` (standard cron: when both are restricted, either matches). */
  anyDay: boolean;
  anyWeekday: boolean;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  namesFrom?: number;
}

const FIELDS: FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES, namesFrom: 0 },
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
  const sets = fields.map((f, i) => parseField(f, FIELDS[i], original));
  const weekdays = new Array<boolean>(7).fill(false);
  for (const d of sets[4]) weekdays[d % 7] = true;
  const days = new Array<boolean>(32).fill(false);
  for (const d of sets[2]) days[d] = true;
  const months = new Array<boolean>(13).fill(false);
  for (const m of sets[3]) months[m] = true;
  const schedule: Schedule = {
    expression: fields.join(' '),
    minutes: sets[0],
    hours: sets[1],
    days,
    months,
    weekdays,
    anyDay: isStar(fields[2]),
    anyWeekday: isStar(fields[4]),
  };
  if (schedule.anyWeekday && !schedule.anyDay) {
    const possible = sets[3].some((m) => sets[2].some((d) => d <= DAYS_IN_MONTH_MAX[m]));
    if (!possible) throw new UserError(`"${original}" is not a valid schedule: that day never occurs in that month.`);
  }
  return schedule;
}

const DAYS_IN_MONTH_MAX = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isStar(field: string): boolean {
  return field === '*' || field === '?';
}

function parseField(field: string, spec: FieldSpec, original: string): number[] {
  const fail = (why: string) => new UserError(`"${original}" is not a valid schedule: ${why}.`);
  const out = new Set<number>();
  for (const item of field.split(',')) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(item);
    if (!m) throw fail(`"${item}" is not a valid ${spec.name}`);
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (step < 1) throw fail(`a step of ${m[2]} is not valid for the ${spec.name}`);
    let lo: number;
    let hi: number;
    if (isStar(m[1])) {
      lo = spec.min;
      hi = spec.name === 'day of week' ? 6 : spec.max;
    } else {
      const range = m[1].split('-');
      if (range.length > 2) throw fail(`"${item}" is not a valid ${spec.name}`);
      lo = value(range[0], spec, fail);
      hi = range.length === 2 ? value(range[1], spec, fail) : m[2] === undefined ? lo : spec.max;
      if (hi < lo) throw fail(`the range ${m[1]} runs backwards for the ${spec.name}`);
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

function value(token: string, spec: FieldSpec, fail: (why: string) => UserError): number {
  const lower = token.toLowerCase();
  const named = spec.names?.indexOf(lower) ?? -1;
  if (named >= 0) return named + (spec.namesFrom ?? 0);
  if (!/^\d+$/.test(token)) throw fail(`"${token}" is not a valid ${spec.name}`);
  const n = Number(token);
  if (n < spec.min || n > spec.max) throw fail(`${token} is not a valid ${spec.name} (${spec.min}-${spec.max})`);
  return n;
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

// ---- slot arithmetic -------------------------------------------------------------------

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function dayMatches(s: Schedule, d: CivilDate): boolean {
  if (!s.months[d.month]) return false;
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  const dom = s.days[d.day];
  const dow = s.weekdays[weekday];
  if (s.anyDay && s.anyWeekday) return true;
  if (s.anyDay) return dow;
  if (s.anyWeekday) return dom;
  return dom || dow;
}

function addDays(d: CivilDate, n: number): CivilDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function civilKey(d: CivilDate): number {
  return d.year * 10_000 + d.month * 100 + d.day;
}

/** The slot instants of one local day, ascending (deduplicated: a DST gap can map two times to one). */
function slotsOfDay(s: Schedule, d: CivilDate, timeZone: string): number[] {
  const midnight = Date.UTC(d.year, d.month - 1, d.day);
  const before = offsetMinutes(new Date(midnight - 14 * 3_600_000), timeZone);
  const after = offsetMinutes(new Date(midnight + 38 * 3_600_000), timeZone);
  const out: number[] = [];
  if (before === after) {
    // No clock change near this day: plain arithmetic.
    for (const h of s.hours) for (const m of s.minutes) out.push(midnight + (h * 60 + m - before) * 60_000);
    return out;
  }
  // The clocks change: find the instant they do (binary search to the minute), then each local
  // time is resolved the way zonedTimeToUtc does it, without asking Intl for every slot.
  let lo = midnight - 14 * 3_600_000;
  let hi = midnight + 38 * 3_600_000;
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
    if (offsetMinutes(new Date(mid), timeZone) === before) lo = mid;
    else hi = mid;
  }
  const change = hi;
  for (const h of s.hours) {
    for (const m of s.minutes) {
      const wall = midnight + (h * 60 + m) * 60_000;
      const early = wall - before * 60_000;
      const late = wall - after * 60_000;
      const earlyOk = early < change;
      const lateOk = late >= change;
      if (earlyOk && lateOk) out.push(Math.min(early, late));
      else if (earlyOk) out.push(early);
      else if (lateOk) out.push(late);
      else out.push(Math.max(early, late));
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * The latest slot `t` with `after < t <= notAfter`, or null. Scans local days backwards from
 * `notAfter`, so it costs one step per day of the window.
 */
export function latestSlot(s: Schedule, timeZone: string, after: Date, notAfter: Date): Date | null {
  const lo = after.getTime();
  const hi = notAfter.getTime();
  if (hi <= lo) return null;
  const start = localTime(notAfter, timeZone);
  const stop = civilKey(addDays(localTime(after, timeZone), -1));
  let d: CivilDate = { year: start.year, month: start.month, day: start.day };
  // One extra day each side: a DST gap at midnight can move a slot across the date line.
  d = addDays(d, 1);
  for (; civilKey(d) >= stop; d = addDays(d, -1)) {
    if (!dayMatches(s, d)) continue;
    const slots = slotsOfDay(s, d, timeZone).filter((t) => t > lo && t <= hi);
    if (slots.length) return new Date(slots[slots.length - 1]);
  }
  return null;
}

/** Every slot `t` with `after < t <= notAfter`, ascending (for tests and listings; keep windows small). */
export function slotsBetween(s: Schedule, timeZone: string, after: Date, notAfter: Date): Date[] {
  const lo = after.getTime();
  const hi = notAfter.getTime();
  const out: number[] = [];
  let d = addDays(localTime(after, timeZone), -1);
  const stop = civilKey(addDays(localTime(notAfter, timeZone), 1));
  for (; civilKey(d) <= stop; d = addDays(d, 1)) {
    if (dayMatches(s, d)) out.push(...slotsOfDay(s, d, timeZone).filter((t) => t > lo && t <= hi));
  }
  return [...new Set(out)].sort((a, b) => a - b).map((t) => new Date(t));
}

/** The first slot strictly after `after`, or null when none falls within 30 years. */
export function nextSlot(s: Schedule, timeZone: string, after: Date): Date | null {
  const lo = after.getTime();
  let d = addDays(localTime(after, timeZone), -1);
  for (let i = 0; i < 366 * 30; i++, d = addDays(d, 1)) {
    if (!dayMatches(s, d)) continue;
    const t = slotsOfDay(s, d, timeZone).find((x) => x > lo);
    if (t !== undefined) return new Date(t);
  }
  return null;
}
