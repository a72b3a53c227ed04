/**
 * English month and weekday words, the one table every date reader uses: the answerer's date
 * recogniser and resolver (core/answer/dates.ts), the clause-date mover, the "another day"
 * check, and the dateline parser (core/article/parse.ts). Each kept its own copy before.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = new Map<string, number>([
  ['jan', 0], ['feb', 1], ['mar', 2], ['apr', 3], ['jun', 5], ['jul', 6], ['aug', 7], ['sep', 8], ['sept', 8], ['oct', 9], ['nov', 10], ['dec', 11],
]);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month index (0-11) of a word such as "February", "Feb" or "Feb.", in any case, else -1. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full;
  return MONTH_ABBR.get(w) ?? -1;
}

/** Month index (0-11) of a month's full name ("February", any case), else -1: no abbreviations. */
export function fullMonthIndex(word: string): number {
  return MONTHS.indexOf(word.toLowerCase());
}

/** Weekday index (0 = Sunday) of a word, in any case, else -1. */
export function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}

/**
 * Every month word `monthIndex` knows, lower case, as a regular-expression alternation
 * (`january|…|jan|…|sept|…`), for patterns that look for a month among other words.
 */
export const MONTH_WORDS = [...MONTHS, ...MONTH_ABBR.keys()].join('|');

/** Every weekday word, lower case, as a regular-expression alternation (`sunday|monday|…`). */
export const WEEKDAY_WORDS = WEEKDAYS.join('|');
