/**
 * A fixed pattern's answer (patterns.ts) read from a sentence that does not say the question's
 * restricting words: "How many people were killed in Arequipa?" over "At least 12 people were
 * killed" (the national toll), "What was the score against Arsenal?" over a sentence about the
 * win over Newcastle, "How far did the peso fall against the dollar?" over "... 0.4 percent
 * against the euro". The span model's answers are judged by the answerability model, which reads
 * such gaps; the patterns answer at a fixed confidence, so they ask here.
 *
 * A restricting word is the object of a preposition of the question ("in Arequipa", "for ADO Den
 * Haag", "against the dollar") that says WHICH of the things asked is meant. Two shapes are read,
 * the ones the dev questions showed to separate wrong answers from right ones:
 * - a name (capitalised words, not the question's first) after the preposition that the pattern's
 *   sentence does not name, nor the sentence before it in the same phrase ("But in Florida, the
 *   decline ... / ... spent $18 million in the Sunshine State"), nor the headline;
 * - a common noun after "against / versus / compared with (the)" where the sentence has the same
 *   preposition before another noun and never names the asked one ("against the euro").
 */
import type { PreparedArticle } from './prepare.ts';
import { DEMONYMS } from '../entities/gazetteer.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../text/calendar-words.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { isStop } from './spans.ts';

/** Prepositions that restrict what is counted or measured to a place, a side, a body or a thing. */
const RESTRICTING = 'in|at|for|against|from|on|of|inside|within|among|across|throughout|versus|vs\\.?';
/** A name after one: capitalised words (with "of"/"de"/"and" between them), a road number ("A372"). */
const NAMED_PP = new RegExp(
  `\\b(${RESTRICTING})\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}\\d'’.-]*)(?:\\s+(?:(?:of|de|du|and|&)\\s+)?[\\p{Lu}][\\p{L}\\d'’.-]*)*)`,
  'gu',
);
/** Words that open a clause of their own: a phrase after them says when or why, not which ("since he went back to St Johnstone"). */
const CLAUSE_OPENER = /\b(?:since|when|after|before|while|until|because|as|if|once|whereas|although|though)\s+\S+\s+\S+/i;
/** Capitalised words that name a time, not a which: "in January", "on Monday", "in Week 3". */
const TIME_NAME = new RegExp(`^(?:${MONTH_WORDS}|${WEEKDAY_WORDS}|christmas|easter|week|game|round|stage|day|year|season)$`, 'i');
/** Countries a story writes another way than the question may ("Britain" / "UK" / "British"). */
const ALIASES: readonly (readonly string[])[] = [
  ['UK', 'U.K.', 'Britain', 'British', 'United Kingdom', 'England', 'English', 'Wales', 'Welsh', 'Scotland', 'Scottish'],
  ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'American', 'United States', 'Americans'],
];
/** Common nouns after "against" / "versus" / "compared with": the other side of a comparison ("against the dollar"). */
const CONTRAST_PP = /\b(against|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?(\p{Ll}[\p{L}'’-]{2,})\b/gu;

/** The words a name may be written with in a sentence: itself, each of its words, its country's people, an alias. */
export function writtenAs(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !/^(?:of|de|du|and|&)$/i.test(w) && w.length > 1 && !isStop(w.toLowerCase()));
  // ("the Belgium-Turkey match": a pairing is written as either side.)
  const sides = /^[\p{Lu}][\p{L}]{2,}-[\p{Lu}][\p{L}]{2,}$/u.test(name) ? name.split('-') : [];
  const forms = new Set<string>([name, ...words, ...sides]);
  for (const [people, country] of Object.entries(DEMONYMS)) if (country === name || people === name) forms.add(people).add(country);
  const bare = (w: string) => w.replace(/\./g, '');
  for (const group of ALIASES) if (group.some((a) => bare(a) === bare(name))) for (const a of group) forms.add(a);
  return [...forms];
}

/** Does the text write any form of the name (whole words, any case: lower-case copy is read truecased but the question may not be)? */
export function says(text: string, forms: readonly string[]): boolean {
  return forms.some((f) => new RegExp(`(?:^|[^\\p{L}\\d])${esc(f)}(?:['’]s)?(?![\\p{L}\\d])`, 'iu').test(text));
}

/**
 * Why the pattern's sentence `k` does not answer the question's restriction, or null: the
 * restricting name it never says, or the other side of the comparison it makes.
 */
export function restrictorUncovered(question: string, prep: PreparedArticle, k: number, title = ''): string | null {
  const sentence = prep.sentences[k]?.text ?? '';
  const before = k > 0 && prep.sentences[k - 1].from === prep.sentences[k].from ? prep.sentences[k - 1].text : '';
  // The question's first word is capitalised whatever it is: the phrase is read after it.
  const q = question.replace(/^\s*\S+/, (w) => ' '.repeat(w.length));
  for (const m of q.matchAll(NAMED_PP)) {
    const prep0 = m[1].toLowerCase();
    // "the score of Bouchard's match", "Van Persie's contract": an owner is who the question is about, said as
    // often beside the figure's sentence. (A place's is a restriction: "the salary of Manchester's chief executive".)
    if ((/^['’]s\b/u.test(q.slice(m.index + m[0].length)) || /['’]s$/u.test(m[2])) && !PLACE_LOOKUP.has(m[2].replace(/['’]s$/u, ''))) continue;
    const name = m[2].replace(/['’]s$/u, '').replace(/[.'’]+$/u, '');
    // "League of Legends", "Bank of England": "of" inside a name is no restriction.
    if (prep0 === 'of' && /[\p{Lu}][\p{L}'’-]*\s+$/u.test(q.slice(0, m.index))) continue;
    if (name.split(/\s+/).every((w) => TIME_NAME.test(w.replace(/[.'’]+$/u, '')))) continue;
    // A phrase in a clause of its own says when or why, not which of the things asked is meant.
    if (CLAUSE_OPENER.test(q.slice(0, m.index))) continue;
    const forms = writtenAs(name);
    if (says(sentence, forms) || says(title, forms)) continue;
    // "in the Bradley case" over "there was no criminal charge in the case": the name only tells
    // which case, and the sentence, naming the thing itself, speaks of the story's own. (Not an
    // owner's: "the salary of Manchester's chief executive" over "of its chief executive" is another's.)
    const thing = /^\s+(\p{Ll}[\p{L}-]{2,})\b/u.exec(q.slice(m.index + m[0].length))?.[1];
    if (thing && !/['’]s$/u.test(m[2]) && new RegExp(`\\b${esc(m[1])}\\s+(?:the|an?|this|that|its|their)\\s+(?:[\\p{L}-]+\\s+)?${esc(thing)}\\b`, 'iu').test(sentence)) continue;
    // The sentence before sets the scene in the same words: "But in Florida, the decline became unmistakable."
    if (before && new RegExp(`\\b${esc(m[1])}\\s+(?:the\\s+)?${esc(name)}\\b`, 'i').test(before)) continue;
    return `does not say ${m[1]} ${name}`;
  }
  return otherSideOfComparison(question, sentence);
}

/**
 * "How far did the peso fall against the dollar?" over "The peso fell 1.2 percent against the
 * euro": the sentence compares with another thing than asked, and never names the asked one.
 */
export function otherSideOfComparison(question: string, sentence: string): string | null {
  for (const m of question.matchAll(CONTRAST_PP)) {
    const asked = m[2];
    if (new RegExp(`\\b${esc(asked)}`, 'i').test(sentence)) continue;
    const other = new RegExp(`\\b${esc(m[1])}\\s+(?:the\\s+|a\\s+|an\\s+)?(\\p{L}[\\p{L}'’-]{2,})`, 'iu').exec(sentence);
    if (other && other[1].toLowerCase() !== asked.toLowerCase()) return `is ${m[1]} ${other[1]}, not ${asked}`;
  }
  return null;
}
