/**
 * What a news sentence says without the question's own word, so that grounding.ts does not veto
 * the answer as "never mentions ..." or "is not about ...":
 * - a share written as a fraction ("about a fifth of turkey's population" for "what share"), or as
 *   a percentage ("3%", "54 per cent");
 * - where someone works, written as an affiliation ("Dr Antti Saari, of Kuopio University Hospital");
 * - the story's main person's thing by a pronoun ("his signature" for "Van Persie's signature");
 * - a work's year written after its quoted title ("since "jurassic park iii" in 2001") for "When
 *   was "jurassic park iii" released?".
 */
import type { PreparedArticle } from './prepare.ts';
import { Cls, stem, tokenize, type Token } from './spans.ts';
import { isYear } from '../text/years.ts';

/** Nouns a percentage or fraction answers ("what share/percentage/proportion of ..."). */
const SHARE_WORDS = /^(share|percentage|proportion|percent|fraction|rate)$/;
/** Fractions written in words ("a fifth", "two-thirds", "half"). */
export const FRACTION = /^(?:half|(?:(?:one|two|three|four|five|six|seven|eight|nine)-)?(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)$/;
/** What may stand before a fraction word that makes it a share, not an ordinal ("a fifth", not "the fifth"). */
const FRACTION_LEAD = /^(a|an|one|two|three|four|five|six|seven|eight|nine|about|almost|nearly|over|more|than|roughly|around|some|just|under)$/;

/** The span (or the word after it) is a share: a percentage or a fraction in words. */
export function spanIsShare(sentence: readonly Token[], span: readonly Token[]): boolean {
  if (span.length === 0) return false;
  const end = sentence.indexOf(span[span.length - 1]);
  const around = [...span, ...(end >= 0 ? sentence.slice(end + 1, end + 2) : [])];
  if (around.some((x) => /%$|^(percent|per)$/i.test(x.text))) return true;
  // "one in five": a number, "in", a number.
  const first = sentence.indexOf(span[0]);
  if (span.some((t, k) => t.lower === 'in' && k > 0 && k < span.length - 1 && span[k - 1].cls === Cls.Num && span[k + 1].cls === Cls.Num)) return true;
  if (first > 1 && span.length === 1 && span[0].cls === Cls.Num && sentence[first - 1].lower === 'in' && sentence[first - 2].cls === Cls.Num) return false;
  // "about a fifth of": the fraction word with "a"/"one"/"two" before it ("the fifth" is an ordinal), "half".
  return span.some((t) => {
    if (!FRACTION.test(t.lower)) return false;
    const k = sentence.indexOf(t);
    const before = k > 0 ? sentence[k - 1].lower : '';
    return t.lower === 'half' || t.lower.includes('-') || FRACTION_LEAD.test(before) || span.indexOf(t) > 0;
  });
}

/** Question nouns for where someone works ("Which hospital does the lead author work at?"). */
const WORK_WORDS = /^(work|works|worked|working|employed|employer)$/;

/**
 * The question word is said another way by the sentence: a share by a percentage or fraction; a
 * workplace by an affiliation set off by a comma and "of" right before the span ("X, of Y
 * Hospital,"), the reporter's way of saying where a person works.
 */
export function impliedWord(word: Token, sentence: readonly Token[], span: readonly Token[]): boolean {
  if (SHARE_WORDS.test(word.lower)) return spanIsShare(sentence, span);
  if (WORK_WORDS.test(word.lower) && span.length) {
    const k = sentence.indexOf(span[0]);
    return k >= 2 && sentence[k - 1].lower === 'of' && sentence[k - 2].text === ',';
  }
  return false;
}

/**
 * "Which clubs are challenging for Van Persie's signature?" over "... three clubs are challenging
 * for his signature - Juventus, ...": the sentence speaks of the owner's very thing ("his
 * signature") by a pronoun, and the owner is the story's main subject (named in at least three
 * sentences, and in more sentences than any other capitalised name).
 */
export function mainSubjectsThing(question: string, prep: PreparedArticle, sentence: readonly Token[], ownerStems: readonly string[]): boolean {
  const owned = /['’]s\s+([\p{L}-]+)/u.exec(question)?.[1];
  if (!owned || ownerStems.length === 0) return false;
  const thing = stem(owned.toLowerCase());
  if (!sentence.some((t, k) => t.stem === thing && /^(his|her|its|their)$/.test(sentence[k - 1]?.lower ?? ''))) return false;
  const last = ownerStems[ownerStems.length - 1];
  const named = new Map<string, number>();
  for (const s of prep.sentences) {
    for (const st of new Set(s.tokens.filter((t, k) => (k > 0 && t.cls === Cls.Cap) || ownerStems.includes(t.stem)).map((t) => t.stem))) named.set(st, (named.get(st) ?? 0) + 1);
  }
  const mine = named.get(last) ?? 0;
  if (mine < 3) return false;
  return [...named].every(([st, n]) => ownerStems.includes(st) || n <= mine);
}

/** Deeds a work's year dates ("released", "published", "premiered", "came out"). */
const WORK_DEEDS = /^(releas|publish|premier|debut|air|launch|come|came|out|issu|screen|broadcast)/;

/**
 * "When was "jurassic park iii" released?" over "the first in the franchise since "jurassic park
 * iii" in 2001": a year written right after a work's quoted title ("in 2001", "(2001)") is the
 * year the work came out.
 */
export function datedTitle(question: string, deed: string, sentence: readonly Token[], span: readonly Token[]): boolean {
  if (!WORK_DEEDS.test(deed)) return false;
  const title = /["“]([^"”]+)["”]/u.exec(question)?.[1];
  if (!title) return false;
  const words = tokenize(title).filter((t) => t.isWord || t.cls === Cls.Num).map((t) => t.lower);
  if (words.length === 0) return false;
  const quote = (t: Token | undefined) => t !== undefined && /^["“”'’‘]$/.test(t.text);
  for (let k = 0; k + words.length <= sentence.length; k++) {
    if (!words.every((w, j) => sentence[k + j].lower === w)) continue;
    let m = k + words.length;
    if (!quote(sentence[m]) && !quote(sentence[k - 1])) continue;
    while (quote(sentence[m]) || sentence[m]?.text === ',') m++;
    if (sentence[m]?.lower === 'in' || sentence[m]?.text === '(') m++;
    const year = sentence[m];
    if (year && isYear(year.text) && span.includes(year)) return true;
  }
  return false;
}
