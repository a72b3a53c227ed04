/**
 * English number words "one" to "twenty" and ordinal words "first" to "twentieth", the one list
 * the answerer's readers build their patterns from: the rank readers (span repairs, "Where is X
 * ranked?", the grounding check, another place in a ranking), the "for a record ninth time" count,
 * the "21st century" period, the "third out of 12" bound, and the truecaser's number words. Each
 * wrote out its own copy before, running to different lengths; each still takes as many as it did.
 */

/** "one" to "twenty": CARDINAL_WORDS[n - 1] is n. */
export const CARDINAL_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** "first" to "twentieth": ORDINAL_WORDS[n - 1] is the nth. */
export const ORDINAL_WORDS: readonly string[] = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

/** The ordinal words from the `from`th to the `to`th (inclusive) as a regular-expression alternation, lower case. */
export function ordinalAlt(to: number, from = 1): string {
  return ORDINAL_WORDS.slice(from - 1, to).join('|');
}

/** An ordinal written as a figure of up to three digits ("3rd", "17th", "101st"), for regular expressions. */
export const FIGURE_ORDINAL = '\\d{1,3}(?:st|nd|rd|th)';
