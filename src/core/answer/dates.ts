/**
 * Dates in answers: recognise date words, and resolve what a news story says relative to its
 * dateline ("on Sunday" in a story filed Feb. 6, 2022 is Sunday, Feb. 6, 2022). Pure
 * calendar arithmetic in UTC; no time zones are involved because datelines carry none.
 */
import { monthIndex, weekdayIndex } from '../text/calendar-words.ts';
import { isYear } from '../text/years.ts';
import { CARDINAL_WORDS } from '../text/number-words.ts';

/** AP style month names, as news copy writes them in full dates. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Is this token (as written) a month, weekday or today/yesterday/tomorrow? "may" must be capitalised. */
export function isDateWord(text: string): boolean {
  const lower = text.toLowerCase();
  if (monthIndex(lower) >= 0) return lower !== 'may' && lower !== 'march' ? true : /^M/.test(text);
  return weekdayIndex(lower) >= 0 || RELATIVE_DAYS.has(lower);
}

const DAY = /^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$/;
/** The ordinal that names a part of a year ("third quarter", "second half"). */
const YEAR_PART_ORDINAL = /^(?:first|second|third|fourth|final|last|next|this|1st|2nd|3rd|4th)$/;
const LATER = /^(?:later|earlier)$/;
const SPAN_UNIT = /^(?:years?|months?|weeks?|days?|decades?)$/;
const COUNT = new RegExp(`^(?:\\d+|a|an|${CARDINAL_WORDS.slice(0, 12).join('|')}|several|few|some)$`);
const PERIOD = /^(week|weekend|month|year|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)$/;

/**
 * Is token k part of a date as a reporter writes one ("May 24", "mid-december", "last month",
 * "2012")? Unlike isDateWord it reads the neighbours, so a lower-case "may 24" counts.
 */
export function isDateToken(toks: readonly { text: string; lower: string }[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  const lower = t.lower;
  if (isYear(lower) || isDateWord(t.text)) return true;
  // A month in any case next to a day or a year ("may 24" in a lower-case story), or hyphenated ("mid-december").
  if (monthIndex(lower) >= 0 && lower !== 'may' && lower !== 'march') return true;
  if (monthIndex(lower) >= 0) return DAY.test(toks[k + 1]?.lower ?? '') || isYear(toks[k + 1]?.lower ?? '') || DAY.test(toks[k - 1]?.lower ?? '');
  if (/^(mid|early|late)-/.test(lower) && monthIndex(lower.replace(/^\w+-/, '')) >= 0) return true;
  if (DAY.test(lower)) return monthIndex(toks[k + 1]?.lower ?? '') >= 0 || monthIndex(toks[k - 1]?.lower ?? '') >= 0;
  // "in the third quarter", "the first half": a part of a year, named by its ordinal.
  if (/^(?:quarter|half)$/.test(lower)) return YEAR_PART_ORDINAL.test(toks[k - 1]?.lower ?? '');
  if (YEAR_PART_ORDINAL.test(lower) && /^(?:quarter|half)$/.test(toks[k + 1]?.lower ?? '')) return true;
  // "two years later", "three months earlier": a time counted from another the story gives.
  if (LATER.test(lower)) return SPAN_UNIT.test(toks[k - 1]?.lower ?? '') && COUNT.test(toks[k - 2]?.lower ?? '');
  if (SPAN_UNIT.test(lower) && LATER.test(toks[k + 1]?.lower ?? '') && COUNT.test(toks[k - 1]?.lower ?? '')) return true;
  if (COUNT.test(lower) && SPAN_UNIT.test(toks[k + 1]?.lower ?? '') && LATER.test(toks[k + 2]?.lower ?? '')) return true;
  if (PERIOD.test(lower)) return /^(last|this|next|that|early|late)$/.test(toks[k - 1]?.lower ?? '');
  if (/^(last|this|next)$/.test(lower)) return PERIOD.test(toks[k + 1]?.lower ?? '');
  return false;
}

const RELATIVE_DAYS = new Map<string, number>([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
]);

const DAY_MS = 86_400_000;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) } : null;
}

function addDays(p: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(p.y, p.m, p.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate() };
}

function weekday(p: Ymd): number {
  return new Date(Date.UTC(p.y, p.m, p.d)).getUTCDay();
}

function valid(p: Ymd): boolean {
  const t = new Date(Date.UTC(p.y, p.m, p.d));
  return t.getUTCFullYear() === p.y && t.getUTCMonth() === p.m && t.getUTCDate() === p.d;
}

/** "Sunday, Feb. 6, 2022". */
export function formatNewsDate(p: Ymd): string {
  return `${WEEKDAY_NAMES[weekday(p)]}, ${AP_MONTHS[p.m]} ${p.d}, ${p.y}`;
}

/** A dateline's ISO day (`2022-02-06`) as the answer gives it, or null when it is no valid day. */
export function datelineDay(iso: string): { iso: string; text: string } | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso);
  const p = m ? { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) } : null;
  return p && p.y >= 1000 && p.y <= 2999 && valid(p) ? { iso: isoDate(p), text: formatNewsDate(p) } : null;
}

/** ISO `YYYY-MM-DD`. */
export function isoDate(p: Ymd): string {
  return `${p.y}-${String(p.m + 1).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/**
 * Words that put a day in the future of the dateline: "will", "is scheduled for", "said it would",
 * "from Sunday", "until Monday", "next", "starting Tuesday".
 */
const FUTURE = /\b(will|shall|would|next|plans? to|is set to|are set to|scheduled|is due|are due|due to be|upcoming|to be held|from|until|till|starting|beginning|expected to|coming)\b/i;
/** The same, said of the clause around the day; "from"/"until" count only right before it ("from 6 p.m. on Sunday"). */
const FUTURE_CLAUSE = /\b(will|shall|would|next|plans? to|is set to|are set to|scheduled|is due|are due|due to be|upcoming|to be held|expected to|coming)\b/i;
const FUTURE_BEFORE = /\b(from|until|till|starting|beginning)\b/i;

/**
 * Does the sentence put the day named by `span` in the future? Read in the clause around the day,
 * not the whole sentence: "The man, from Leeds, was arrested on Tuesday" is a past Tuesday, and so
 * is "The council met on Monday and will vote in March"; "last Friday" is past whatever else the
 * sentence says, "next Friday" future.
 */
function speaksOfFuture(span: string, sentence: string): boolean {
  const first = (span.match(/[A-Za-z]+\.?|\d+/g) ?? [])[0];
  const at = first ? sentence.search(new RegExp(`\\b${first.replace(/\./g, '\\.')}`)) : -1;
  if (at < 0) return FUTURE.test(sentence);
  const before = sentence.slice(0, at);
  // "last Friday"; "said on Monday it would ..." (the saying is past, whatever it was about).
  if (/\blast\s+$/i.test(before) || /\b(said|announced|confirmed|reported|revealed|stated|told [\p{L}]+)\s+(on\s+)?$/iu.test(before)) return false;
  if (/\b(next|coming)\s+$/i.test(before)) return true;
  if (FUTURE_BEFORE.test(before.split(/\s+/).slice(-5).join(' '))) return true;
  const bounds = /[,;:]|\b(?:and|but)\b/gi;
  let start = 0;
  let end = sentence.length;
  for (let m = bounds.exec(sentence); m; m = bounds.exec(sentence)) {
    if (m.index < at) start = m.index + m[0].length;
    else if (m.index >= at + first!.length) {
      end = m.index;
      break;
    }
  }
  const clause = sentence.slice(start, end);
  return FUTURE_CLAUSE.test(clause) || scheduledPresent(clause);
}

/**
 * A reporter writes a fixed engagement in the present tense: "Duran climbs into the ring on
 * Saturday", "He leaves Rome on Monday", "the side plays Moldova on Sunday". A verb of going,
 * meeting or starting in the third person present, in a clause with no past-tense verb, puts its
 * day ahead of the dateline ("He left Rome on Monday" stays past).
 */
const SCHEDULED_PRESENT =
  /\b(?:plays|meets|faces|leaves|arrives|visits|begins|starts|opens|takes on|hosts|travels|returns|goes|flies|heads|resumes|climbs|competes|races|fights|defends|kicks off|tees off|appears|testifies|steps down|gets under way|goes on trial)\b/i;
const PAST_VERB = /\b(?:\p{Ll}{2,}ed|was|were|had|did|said|met|left|took|began|went|came|won|lost|got|held|gave|fought|flew|ran|rose|fell|made|saw|told|beat|struck|sent|kept|led|drew)\b/u;
function scheduledPresent(clause: string): boolean {
  return SCHEDULED_PRESENT.test(clause) && !PAST_VERB.test(clause);
}

/**
 * Resolve a date expression against the story's dateline date. Handles "Feb. 6, 2022",
 * "6 February 2022", "Feb. 6" (the dateline's year), weekdays ("on Sunday": the latest such
 * day on or before the dateline, or the next one when the sentence speaks of the future) and
 * today / yesterday / tomorrow. Returns null when the span names no single day.
 */
export function resolveDate(span: string, sentence: string, dateline: string | null): { iso: string; text: string } | null {
  const base = dateline ? parseIso(dateline) : null;
  const words = span.match(/[A-Za-z]+\.?|\d+/g) ?? [];
  let month = -1;
  let day = -1;
  let year = -1;
  let wd = -1;
  let wd2 = -1;
  let rel: number | null = null;
  for (const w of words) {
    const bare = w.replace(/\.$/, '');
    if (/^\d+$/.test(bare)) {
      const n = Number(bare);
      if (bare.length === 4 && n >= 1000 && n <= 2999) year = n;
      else if (n >= 1 && n <= 31 && day < 0) day = n;
      continue;
    }
    const mi = monthIndex(bare);
    // "may" is a month only when capitalised.
    if (mi >= 0 && month < 0 && (bare.toLowerCase() !== 'may' || /^M/.test(bare))) {
      month = mi;
      continue;
    }
    const wi = weekdayIndex(bare);
    if (wi >= 0 && wd < 0) wd = wi;
    else if (wi >= 0 && wi !== wd && wd2 < 0) wd2 = wi;
    const r = RELATIVE_DAYS.get(bare.toLowerCase());
    if (r !== undefined) rel = r;
  }
  const future = speaksOfFuture(span, sentence);
  if (month >= 0 && day > 0) {
    let y = year > 0 ? year : base ? base.y : -1;
    if (y < 0) return null;
    if (year <= 0 && base) {
      // "Jan. 22" said of the future in a December story is next January; a past "Dec. 30" in a
      // January story is last December.
      const t = Date.UTC(y, month, day);
      const b = Date.UTC(base.y, base.m, base.d);
      if (future && t < b - DAY_MS) y++;
      else if (!future && t > b + 60 * DAY_MS) y--;
    }
    const p = { y, m: month, d: day };
    return valid(p) ? { iso: isoDate(p), text: formatNewsDate(p) } : null;
  }
  if (!base || month >= 0 || year > 0) return null;
  if (rel !== null) {
    const p = addDays(base, rel);
    return { iso: isoDate(p), text: formatNewsDate(p) };
  }
  if (wd >= 0) {
    const on = (w: number, from: Ymd, forward: boolean): Ymd =>
      forward ? addDays(from, (w - weekday(from) + 7) % 7) : addDays(from, -((weekday(from) - w + 7) % 7));
    // "next Tuesday" in a Tuesday story is a week on, not today.
    const p = /\bnext\s+\w+day\b/i.test(sentence) && weekday(base) === wd && future ? addDays(base, 7) : on(wd, base, future);
    if (wd2 >= 0) {
      // "from Sunday until Monday": the second day follows the first.
      const q = on(wd2, addDays(p, 1), true);
      return { iso: isoDate(p), text: `${formatNewsDate(p)}, until ${formatNewsDate(q)}` };
    }
    return { iso: isoDate(p), text: formatNewsDate(p) };
  }
  return null;
}
