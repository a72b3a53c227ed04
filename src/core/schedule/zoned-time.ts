/**
 * Wall-clock time in an IANA time zone, with nothing but Intl: the local parts of an instant,
 * and the instant of a local time (daylight-saving gaps and overlaps resolved one fixed way).
 * Pure: no I/O, no libraries.
 */

/** A local calendar time (month 1-12, weekday 0 = Sunday). */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl formatter per locale, zone and shape, made once (making one costs far more than using it). */
function cachedFormatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

const PARTS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
};

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return cachedFormatter('en-US', timeZone, PARTS);
}

/** The canonical IANA name of a time zone (`europe/london` -> `Europe/London`), or null if unknown. */
export function canonicalTimeZone(name: string): string | null {
  const s = name.trim();
  // Intl also accepts offsets like "+01:00"; a schedule needs a named zone that follows DST.
  if (!s || /^[+-]/.test(s)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: s }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The local calendar time of an instant in a zone. */
export function localTime(date: Date, timeZone: string): LocalTime {
  const out: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: WEEKDAYS[out.weekday] ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at an instant (London in summer: 60; New York in winter: -300). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const t = Math.floor(date.getTime() / 1000) * 1000;
  const l = localTime(new Date(t), timeZone);
  return Math.round((Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - t) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * The instant at which a zone's clocks show a local time. When the time happens twice (clocks
 * go back) the first is chosen; when it does not happen (clocks go forward) the time is moved
 * forward by the gap (01:30 on the spring-forward night in London is 02:30 BST), so a daily
 * schedule still runs that day.
 */
export function zonedTimeToUtc(
  t: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): Date {
  const guess = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  // Offsets well before and after the wanted moment: every zone is within ±14 h of UTC.
  const offsets = new Set([
    offsetMinutes(new Date(guess - 1.1 * DAY_MS), timeZone),
    offsetMinutes(new Date(guess), timeZone),
    offsetMinutes(new Date(guess + 1.1 * DAY_MS), timeZone),
  ]);
  const candidates = [...offsets].map((o) => guess - o * 60_000);
  const exact = candidates.filter((c) => {
    const l = localTime(new Date(c), timeZone);
    return l.year === t.year && l.month === t.month && l.day === t.day && l.hour === t.hour && l.minute === t.minute;
  });
  return new Date(exact.length ? Math.min(...exact) : Math.max(...candidates));
}

const DISPLAY: Intl.DateTimeFormatOptions = {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short',
};

/** A short human form of an instant in a zone: `Tue 9 Dec 2025, 08:00 GMT`. */
export function formatLocal(date: Date, timeZone: string): string {
  const f = cachedFormatter('en-GB', timeZone, DISPLAY);
  return f.format(date).replace(/^(\w{3}),/, '$1');
}
