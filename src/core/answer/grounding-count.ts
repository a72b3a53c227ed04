/**
 * A count is a number of the things asked about. "How many people died of Ebola in Liberia?"
 * answered by "about 70%" (a share, not a count), "How many children did Powers have?" by "april 6"
 * (a day), "How many butlers does the hotel have?" by "20-room" (a number of rooms) are numbers of
 * something else, and a careful reader does not give them.
 */
import { isDateWord } from './dates.ts';
import { Cls, stem, tokenize, type Token } from './spans.ts';
import { GAP_ASKED } from './patterns-words.ts';

/** A question that asks for a share itself ("What percentage ...", "how many per cent"). */
const SHARE_ASKED = /\b(?:percent|per\s*cent|percentage|share|proportion|fraction|%)/i;
/** Time units a hyphenated figure may count when the question asks about a length. */
const UNIT = /^(?:year|month|week|day|hour|minute|second|mile|km|metre|meter|foot|feet|yard|inch|kilometre|kilometer|point|game|match|seat|man|member|person|strong)s?$/;

/** Words of a ratio or a fraction alone: "half", "twice", "a third". */
const RATIO_WORD = /^(?:half|twice|double|triple|thrice|third|quarter|fifth)$/;

/** Why the span is no count of what "how many" asks, or null. */
export function notACount(question: string, wh: string, span: readonly Token[]): string | null {
  if (wh !== 'how many') return null;
  // "How many participants developed dementia?" answered by "half" of "half as likely": a ratio counts nothing.
  // ("How many times ...?" is answered by "twice".)
  if (span.some((t) => RATIO_WORD.test(t.lower)) && span.every((t) => RATIO_WORD.test(t.lower) || /^(?:a|one)$/.test(t.lower)) && !(/\btimes\b/i.test(question) && span.every((t) => /^(?:twice|thrice)$/.test(t.lower)))) return 'gives a ratio, not a count';
  const figure = span.findIndex((t) => /^\d/.test(t.text));
  if (figure < 0) return null;
  if (!SHARE_ASKED.test(question) && span.some((t, k) => /^\d[\d,.]*%$/.test(t.text) || (t.text === '%' && k > 0) || (/^(?:percent|per)$/i.test(t.text) && k > figure))) return 'gives a share, not a count';
  const asked = new Set(tokenize(question).map((t) => t.stem));
  if (span.some((t, k) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(t.text) && (isMonth(span[k - 1]) || isMonth(span[k + 1])))) return 'gives a day, not a count';
  const hyphen = span.map((t) => /^\d[\d,.]*-(\p{L}{3,})$/u.exec(t.text)?.[1].toLowerCase()).find((w) => w !== undefined);
  if (hyphen && !UNIT.test(hyphen) && !asked.has(tokenize(hyphen)[0]?.stem ?? hyphen)) return `counts ${hyphen}s, not what was asked`;
  return null;
}

function isMonth(t: Token | undefined): boolean {
  return t !== undefined && isDateWord(t.text) && !/day$/i.test(t.text) && !/^(?:today|tomorrow|yesterday|tonight)$/i.test(t.text);
}

/**
 * Nouns for people a count of people may be written with: "How many people did the sinking kill?"
 * over "killing 1,523 of the 2,200 passengers and crew", "How many people were hurt?" over "injuring
 * 12 villagers". (Stems, as the tokens carry them.)
 */
const PEOPLE = new Set(
  'passengers crew residents civilians soldiers troops workers children women men villagers pilgrims miners students fans tourists migrants refugees policemen officers sailors hostages patients staff employees voters protesters demonstrators inmates prisoners victims survivors spectators guests customers adults teenagers boys girls babies infants'
    .split(' ')
    .map((w) => stem(w)),
);

/** Does a question about people ("how many people ...") count them in these words of the sentence? */
export function countsPeopleAs(focus: string, words: readonly Token[]): boolean {
  return (focus === stem('people') || focus === stem('person')) && words.some((t) => PEOPLE.has(t.stem));
}

/** Words after a counted noun that make the count a gap ("five points behind leaders Celtic"). */
const GAP_WORD = /^(?:behind|ahead|adrift|clear|short)$/;

/**
 * Why the span's figure, read in its sentence, is no count of what "how many" asks, or null:
 * "How many rescue workers were there?" answered "27" from a caption's "Feb. 27, 2023" (a day, with
 * its month outside the span); "How many points do Celtic have?" answered "five" from "five points
 * behind leaders Celtic" (a gap, not a total).
 */
export function notACountHere(question: string, wh: string, sentence: readonly Token[], span: readonly Token[]): string | null {
  if (wh !== 'how many' || span.length === 0) return null;
  const at = sentence.indexOf(span[0]);
  if (at < 0) return null;
  const last = at + span.length - 1;
  // (The month may stand before the day with its full stop: "Feb. 27".)
  const before = sentence[at - 1]?.text === '.' ? sentence[at - 2] : sentence[at - 1];
  if (/^\d{1,2}$/.test(span[0].text) && span.length === 1 && isMonth(before)) return 'gives a day, not a count';
  if (!GAP_ASKED.test(question) && span.some((t) => t.cls === Cls.Num) && GAP_WORD.test(sentence[last + 2]?.lower ?? '') && sentence[last + 1]?.isWord) return 'gives a gap, not a total';
  return null;
}
