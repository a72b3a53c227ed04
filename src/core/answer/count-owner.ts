/**
 * "How many people has Maysak killed?" over "In December, Hagupit killed at least 18 people";
 * "How many England caps does Kolo Toure have?" over "Johnson, who has 54 England caps, ...": an
 * amount asked of someone the sentence (and the one before it) never names, while it names another
 * and speaks of no one by a pronoun or a description ("The 21-year-old ..."), is that other one's
 * amount. (A pronoun or a description may stand for the one asked about: "He has scored nine
 * goals" is left to the other checks.)
 */
import type { PreparedArticle } from './prepare.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../text/calendar-words.ts';
import { Cls, isStop, type Token } from './spans.ts';
import { KIND_WORDS_SOURCE } from './grounding-context.ts';

/** The one an amount is asked of: the name after the auxiliary ("does Kolo Toure have"). */
const OWNER = /^\s*[Hh]ow\s+(?:many|much)\s+(?:.+?\s+)?(?:did|does|do|has|have|had|will|would|could|can)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)\s+[a-z]/u;
const PRONOUN = /^(?:he|she|his|her|him|they|their|them|it|its|i|we|my|our)$/;
/** Pronouns that, after a name, are that name's own ("its", "their"). */
const OWN_PRONOUN = /^(?:its|their|his|her)$/;
const CALENDAR = new RegExp(`^(?:${MONTH_WORDS}|${WEEKDAY_WORDS})$`, 'i');

/** A figure in a clause set off by ", which": ", which employs 230 people", ", which has about 40 members". */
const RELATIVE_FIGURE = /,\s+which\s+(?:\p{Ll}+\s+){1,2}(?:about\s+|around\s+|nearly\s+|more than\s+|some\s+|over\s+)?\d[\d,.]*(?:\s+\p{Ll}+)?/u;

/** Words a story writes for the company or side it is about. */
const STANDS_FOR_OWNER = new RegExp(`\\b(?:${KIND_WORDS_SOURCE}|it)$`, 'i');

/** "How many goals did Swanson score for Hearts?": a player's tally asked for one side. */
const FOR_SIDE = /^\s*[Hh]ow many\s+(?:goals|appearances|games|matches|caps|tries|points|wickets|runs)\b.*?\b(?:for|against)\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})\s*\??\s*$/u;

/**
 * "How many goals did Swanson score for Hearts?" over "He has scored 14 goals in 48 appearances
 * since then" (his tally for St Johnstone; Hearts named only in the sentence before last): a
 * tally asked for a side the story names, from a sentence that (with the one before it) does not.
 */
function tallyOfAnotherSide(question: string, prep: PreparedArticle, k: number): string | null {
  const side = FOR_SIDE.exec(question)?.[1].replace(/^the\s+/, '');
  if (!side) return null;
  const near = [prep.sentences[k - 1], prep.sentences[k]].filter(Boolean).map((s) => s.text.toLowerCase()).join(' ');
  const words = side.toLowerCase().split(/\s+/).filter((w) => w.length >= 3);
  if (!words.length || words.some((w) => near.includes(w))) return null;
  const elsewhere = prep.sentences.some((s, j) => j !== k && j !== k - 1 && words.every((w) => s.text.toLowerCase().includes(w)));
  return elsewhere ? `gives a tally not for ${side}` : null;
}

/** The name a sentence opens on when its verb follows right after ("The Alliance won ..."), else null. */
function openingSubject(toks: readonly Token[]): string | null {
  let k = toks[0]?.lower === 'the' ? 1 : 0;
  const from = k;
  while (k < from + 3 && toks[k] && /^\p{Lu}/u.test(toks[k].text) && toks[k].cls === Cls.Cap) k++;
  if (k === from || !toks[k] || (toks[k].cls !== Cls.VerbPast && toks[k].cls !== Cls.Verb)) return null;
  return toks.slice(from, k).map((t) => t.text).join(' ');
}

/** Why sentence `k` gives another's amount, or null. */
export function amountOfAnother(question: string, prep: PreparedArticle, k: number): string | null {
  const side = tallyOfAnotherSide(question, prep, k);
  if (side) return side;
  // ("How many times have Taser's stun guns been used?": the owner is Taser, written with its possessive.)
  const owner = OWNER.exec(question)?.[1].replace(/['’]s$/u, '');
  if (!owner || PLACE_LOOKUP.has(owner) || PLACE_LOOKUP.has(owner.split(/\s+/)[0])) return null;
  const parts = owner.toLowerCase().split(/\s+/).filter((w) => w.length >= 3);
  const near = [prep.sentences[k - 1], prep.sentences[k]].filter(Boolean).map((s) => s.text.toLowerCase()).join(' ');
  const says = (text: string) => parts.some((w) => new RegExp(`\\b${w.replace(/[^\p{L}]/gu, '.')}`, 'u').test(text));
  const toks = prep.sentences[k]?.tokens ?? [];
  // "How many seats did Chega win?" over "The Alliance won 79 seats and the Socialists 77", after a
  // sentence that names Chega: a sentence that opens on another name and its verb is that one's.
  if (parts.length && !says(prep.sentences[k]?.text.toLowerCase() ?? '')) {
    const subject = openingSubject(toks);
    if (subject && !PLACE_LOOKUP.has(subject) && !parts.some((w) => subject.toLowerCase().includes(w))) return `gives ${subject}'s amount, not ${owner}'s`;
  }
  if (!parts.length || says(near)) return null;
  const asked = new Set(question.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  const named = (t: (typeof toks)[number]) => t.isWord && /^\p{Lu}/u.test(t.text) && t.text.length > 2 && !isStop(t.lower) && !asked.has(t.lower) && !CALENDAR.test(t.lower) && !PLACE_LOOKUP.has(t.text);
  // "The 21-year-old, who joined Chelsea ..., made 22 appearances": a description may stand for
  // the one asked about too - but not when the sentence before names another person and neither
  // names the one asked: "Ozil appears in awe ... The midfielder, who has scored four goals" is
  // Ozil's count, not Wilshere's.
  // (An age - "The 21-year-old, who joined Leeds ..." - is left to stand for the one asked, as before.)
  if (toks[0]?.lower === 'the' && toks[1] && !/^\p{Lu}/u.test(toks[1].text)) {
    if (!/^\p{Ll}+$/u.test(toks[1].text)) return null;
    const before = (prep.sentences[k - 1]?.tokens ?? []).find((t, x) => x > 0 && named(t));
    return before && !prep.lowerCase ? `gives ${before.text}'s amount, not ${owner}'s` : null;
  }
  // "How many people does Nordvik employ?" over "... will close its call centre in Tromso, which
  // employs 230 people": the sentence's one figure stands in a clause about the thing before ", which".
  const text = prep.sentences[k]?.text ?? '';
  const rel = RELATIVE_FIGURE.exec(text);
  if (rel && !/\d/.test(text.slice(0, rel.index) + text.slice(rel.index + rel[0].length))) {
    const thing = text.slice(0, rel.index).split(/\s+/).slice(-3).join(' ');
    // ("The company, which employs 13,000 people": a description that may stand for the one asked.)
    if (!STANDS_FOR_OWNER.test(thing)) return `gives the amount of ${thing}, not ${owner}'s`;
  }
  const other = toks.findIndex(named);
  if (other < 0) return null;
  // "Chief Executive Katrin Albers said the airline would ... add 12 aircraft": "the airline" before
  // the figure may stand for the one asked about, as a pronoun may (not "..., the company says" after it).
  const figure = toks.findIndex((t) => /\d/.test(t.text));
  if (toks.some((t, x) => x > 0 && x < figure && toks[x - 1].lower === 'the' && t.lower !== 'it' && STANDS_FOR_OWNER.test(t.lower))) return null;
  // A pronoun may stand for the one asked about, unless the other name comes first and the
  // pronoun is its own ("Zuivelhoeve ... employs 1,800 people and sells its products").
  if (toks.some((t, x) => PRONOUN.test(t.lower) && (x < other || !OWN_PRONOUN.test(t.lower)))) return null;
  return `gives ${toks[other].text}'s amount, not ${owner}'s`;
}
