/**
 * A year written in figures, in the two readings the answerer uses (each reader wrote its own
 * pattern before):
 *   - a year as news copy writes one, 1800-2099 ("in 2009"): the date reader (dates.ts, the
 *     clause-date mover), the figure for an asked year (span-number-time.ts), the figure in a long
 *     span (span-figure.ts), the grounding checks for another year, a dated title and an earlier
 *     year, and the "how many" pattern's dated sentences;
 *   - a wide year, 1000-2099, as encyclopaedia text also writes them ("1066", "the 1960s"): the
 *     reranker's and the sentence facts' year bit, the "which year" check, the year-swap contrast of
 *     the answerability model, and the period rule ("1914-18").
 * Left with their own ranges on purpose: isBareYear (grounding-shapes.ts, 1500-2099, tuned for
 * "gives only a year"), the story signature's year (digest, 1900-2099) and the dateline and date
 * readers that take any four figures.
 */

/** A year of 1800-2099 as a regular-expression part (no anchors, no group to read). */
export const YEAR_DIGITS = '(?:1[89]|20)\\d\\d';

/** A year of 1000-2099 as a regular-expression part (no anchors, no group to read). */
export const WIDE_YEAR_DIGITS = '(?:1\\d|20)\\d\\d';

const YEAR = new RegExp(`^${YEAR_DIGITS}$`);
const WIDE_YEAR = new RegExp(`^${WIDE_YEAR_DIGITS}$`);
const WIDE_YEAR_OR_DECADE = new RegExp(`^${WIDE_YEAR_DIGITS}s?$`);

/** A year of 1800-2099 standing as a word in text ("in 2009"). */
export const YEAR_IN_TEXT = new RegExp(`\\b${YEAR_DIGITS}\\b`);

/** Is this word a year as news copy writes one (1800-2099)? */
export function isYear(text: string): boolean {
  return YEAR.test(text);
}

/** Is this word a year of 1000-2099 ("1066", "2009")? */
export function isWideYear(text: string): boolean {
  return WIDE_YEAR.test(text);
}

/** Is this word a year of 1000-2099 or its decade ("1066", "1960s")? */
export function isWideYearOrDecade(text: string): boolean {
  return WIDE_YEAR_OR_DECADE.test(text);
}
