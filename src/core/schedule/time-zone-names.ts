/**
 * Reading a time zone a person typed. Intl accepts abbreviations and offsets, and maps them
 * to places nobody meant (`BST` -> Asia/Dhaka, `EST` -> America/Panama, which has no daylight
 * saving), so only IANA "Area/City" names and UTC are accepted; an abbreviation, an offset or
 * a legacy one-word name is refused in one sentence that suggests the likely IANA names.
 * Pure: Intl only.
 */

/** Likely IANA zones for common abbreviations (first = most likely for English-language news users). */
const ABBREVIATIONS: Record<string, string[]> = {
  BST: ['Europe/London'],
  GMT: ['Europe/London', 'UTC'],
  WET: ['Europe/Lisbon'],
  WEST: ['Europe/Lisbon'],
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  CET: ['Europe/Paris', 'Europe/Berlin'],
  CEST: ['Europe/Paris', 'Europe/Berlin'],
  EET: ['Europe/Athens', 'Europe/Helsinki'],
  EEST: ['Europe/Athens', 'Europe/Helsinki'],
  MSK: ['Europe/Moscow'],
  EST: ['America/New_York', 'America/Toronto'],
  EDT: ['America/New_York', 'America/Toronto'],
  ET: ['America/New_York'],
  CST: ['America/Chicago', 'Asia/Shanghai'],
  CDT: ['America/Chicago'],
  CT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver'],
  MT: ['America/Denver'],
  PST: ['America/Los_Angeles'],
  PDT: ['America/Los_Angeles'],
  PT: ['America/Los_Angeles'],
  AKST: ['America/Anchorage'],
  AKDT: ['America/Anchorage'],
  HST: ['Pacific/Honolulu'],
  AST: ['America/Halifax', 'Asia/Riyadh'],
  ADT: ['America/Halifax'],
  NST: ['America/St_Johns'],
  BRT: ['America/Sao_Paulo'],
  ART: ['America/Argentina/Buenos_Aires'],
  WAT: ['Africa/Lagos'],
  CAT: ['Africa/Maputo', 'Africa/Harare'],
  EAT: ['Africa/Nairobi'],
  SAST: ['Africa/Johannesburg'],
  PKT: ['Asia/Karachi'],
  NPT: ['Asia/Kathmandu'],
  ICT: ['Asia/Bangkok', 'Asia/Ho_Chi_Minh'],
  WIB: ['Asia/Jakarta'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  PHT: ['Asia/Manila'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  AWST: ['Australia/Perth'],
  ACST: ['Australia/Adelaide', 'Australia/Darwin'],
  ACDT: ['Australia/Adelaide'],
  AEST: ['Australia/Sydney', 'Australia/Brisbane'],
  AEDT: ['Australia/Sydney'],
  NZST: ['Pacific/Auckland'],
  NZDT: ['Pacific/Auckland'],
};

/** Well-known zones, to suggest for an offset (the first ones at that offset now). */
const COMMON = [
  'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'Europe/Athens', 'Europe/Moscow', 'Africa/Lagos',
  'Africa/Johannesburg', 'Africa/Nairobi', 'Asia/Dubai', 'Asia/Karachi', 'Asia/Kolkata', 'Asia/Dhaka',
  'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Brisbane',
  'Australia/Sydney', 'Pacific/Auckland', 'Pacific/Honolulu', 'America/Anchorage', 'America/Los_Angeles',
  'America/Phoenix', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/Halifax',
  'America/Sao_Paulo', 'Atlantic/Azores', 'UTC',
];

const OFFSET = /^(?:UTC|GMT|Z)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;

function intlZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Minutes ahead of UTC at `at` in an IANA zone. */
function offsetAt(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

function orList(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The result of reading a typed zone: the canonical IANA name, or a one-sentence refusal. */
export type ZoneReading = { zone: string } | { error: string };

/**
 * Read a time zone name: `europe/london` -> Europe/London, `UTC` -> UTC; `BST`, `+01:00`,
 * `UTC+1`, `Etc/GMT-1`, `Japan` and unknown names are refused with likely IANA names.
 * `now` picks the zones suggested for an offset (those at that offset at that instant).
 */
export function readTimeZone(input: string, now: Date = new Date()): ZoneReading {
  const s = input.trim();
  const shown = `"${s.length > 60 ? `${s.slice(0, 60)}…` : s}"`;
  if (/^(utc|etc\/utc|etc\/uct|uct|zulu|etc\/zulu|universal|etc\/universal)$/i.test(s)) return { zone: 'UTC' };
  const abbrev = ABBREVIATIONS[s.toUpperCase()];
  if (abbrev) {
    return { error: `${shown} is an ambiguous abbreviation, not a valid IANA time zone: did you mean ${orList(abbrev)}?` };
  }
  const offset = OFFSET.exec(s) ?? /^Etc\/GMT([+-])(\d{1,2})$/i.exec(s);
  if (offset) {
    // Etc/GMT+5 is five hours *behind* UTC (POSIX sign); a typed +05:00 is ahead.
    const sign = (offset[1] === '-' ? -1 : 1) * (/^Etc\//i.test(s) ? -1 : 1);
    const minutes = sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    const near = COMMON.filter((z) => z !== 'UTC' && offsetAt(z, now) === minutes).slice(0, 3);
    const hint = near.length ? `did you mean ${orList(near)}?` : 'use a place name like Europe/London or America/New_York.';
    return { error: `${shown} is a fixed offset, not a valid IANA time zone (it does not follow daylight saving): ${hint}` };
  }
  const zone = s.includes('/') ? intlZone(s) : null;
  if (zone) return { zone };
  // A legacy one-word name Intl knows (`Japan`, `Poland`): suggest what it stands for.
  const legacy = /^[A-Za-z][A-Za-z_-]*$/.test(s) ? intlZone(s) : null;
  if (legacy && legacy.includes('/')) return { error: `${shown} is not a valid IANA time zone name: did you mean ${legacy}?` };
  return { error: `${shown} is not a valid IANA time zone (for example Europe/London or America/New_York).` };
}

/** True for a word that is meant as a time zone, valid or not (an abbreviation, an offset, Area/City). */
export function isZoneLike(token: string): boolean {
  const s = token.trim();
  if (ABBREVIATIONS[s.toUpperCase()] || /^(utc|uct|zulu|universal)$/i.test(s)) return true;
  if (/^(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?$/i.test(s)) return true;
  return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(s);
}
