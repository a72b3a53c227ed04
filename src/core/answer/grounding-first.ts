/**
 * "When did SKT first win the title?" over "It also won the title in 2015"; "How much did Finding
 * Dory take in its first week?" over "Finding Dory took another £1.51m": the question asks for the
 * first time a thing happened, or the first span of a run, and the sentence gives a date or a
 * figure without saying it was the first (it may be any later one: "also", "another"). Read only
 * for when-questions and "in its first week / day / month ..." (session 24; "Who died first?" and
 * "the first test" name a thing, and are left alone).
 */

/** A question about the first time: "When did X first ...?", "When was the first ...?". */
const FIRST_TIME = /^\s*when\b.*\bfirst\b/i;
/** "in its first week", "on their first day". */
const FIRST_SPAN = /\b(?:in|on|during|over)\s+(?:its|their|his|her|the)\s+first\s+(?:day|week|weekend|month|year|season)\b/i;
/** What says a first in a sentence: the word, a start, an opening, a debut. */
const FIRST_SAID = /\b(?:first|1st|original(?:ly)?|debut(?:ed|s)?|began|begun|begin|start(?:ed|s)?|open(?:ed|s|ing)?|found(?:ed)?|inaugural|maiden|launch(?:ed)?|earliest|since|initially|introduc(?:ed|tion)|creat(?:ed|ion)|invent(?:ed)?|discover(?:ed|y)?|premiere(?:d|s)?|new|opening)\b/i;

/** Why the sentence does not say that what it dates or counts was the first, or null. */
export function firstNotSaid(question: string, sentence: string): string | null {
  if (!FIRST_TIME.test(question) && !FIRST_SPAN.test(question)) return null;
  return FIRST_SAID.test(sentence) ? null : 'does not say it was the first';
}
