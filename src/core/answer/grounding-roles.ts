/**
 * Who did what to whom. A question names a deed and one of its two sides; the answer must fill the
 * other side of the same deed in the evidence sentence, not the side the question already gave.
 *
 * - "Who played Uncle Jesse?" over "co-star john schneider, who played bo duke, said": the span
 *   "bo duke" is what was played (the verb's object), not who played; and the one played is
 *   another than the question's. "Who created Jubilee?" over "psylocke was created by chris
 *   claremont": the deed was done to another named one (Psylocke, not Jubilee).
 * - "What fine has Mexico imposed?" over "the sanctions imposed by the u.n. security council": the
 *   span is the deed's doer (after a passive's "by"), while the question asks what its named subject
 *   did.
 *
 * The reading is small on purpose: the question's verb (not a light one) is found in the sentence
 * in any form (asked-verb.ts sameVerb), tagged as a verb; its object is the noun phrase right after
 * it (no preposition first), its doer the noun phrase right before it or after a passive's "by".
 * Every place the sentence says the verb must read the same way before the answer is refused.
 */
import { Cls, isStop, tokenize, type Token } from './spans.ts';
import { sameVerb } from './asked-verb.ts';
import { isDateWord } from './dates.ts';
import { SAYING } from './speech-words.ts';

/** Auxiliaries a question puts before its subject ("What did X ...", "Which route has X ..."). */
const AUX = /^(?:did|does|do|has|have|had|will|would|can|could|should|is|are|was|were)$/;
/** Forms of "be" that make a participle passive ("was created"). */
const BE = /^(?:was|were|is|are|been|be|being|get|got|gets)$/;
/** Verbs that say too little of the deed to read its sides ("Who came ...", "What news came ..."). */
const LIGHT = /^(?:have|has|had|be|is|are|was|were|do|does|did|get|got|go|went|make|made|take|took|come|came|give|gave|put|see|saw|say|said|tell|told|think|know|want|need|use|become|seem|keep|let|happen|include|includes|included)$/;
/** Words a noun phrase may open with, which name nothing. */
const FILLER = /^(?:the|a|an|his|her|its|their|our|my|your|this|these|those|up|off|out|down|back|also|then|just)$/;
/** Words of time: "announced monday night" has no object. */
const TIME_WORD = /^(?:today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|week|weekend|month|year|season|time|day)s?$/;
/** Tags of a noun phrase's words. */
const NP = new Set<number>([Cls.Noun, Cls.Cap, Cls.Adj, Cls.Num, Cls.Det]);
/** Tags of a verb as the sentence says it (not "-ing": "starring X", "the highest scoring X" read both ways). */
const FINITE = new Set<number>([Cls.Verb, Cls.VerbPast]);

const isHead = (t: Token): boolean => t.cls === Cls.Noun || t.cls === Cls.Cap;

/** "Who played Uncle Jesse?", "Which stores sold the hummus?": the deed asked of its doer, and the stems of its object. */
function doerAsked(question: string): { verb: string; object: string[] } | null {
  const toks = tokenize(question.trim()).filter((t) => t.isWord);
  const wh = toks[0]?.lower;
  let k = 1;
  if (wh === 'which' || wh === 'what') {
    while (k <= 3 && k < toks.length && (toks[k].cls === Cls.Noun || toks[k].cls === Cls.Adj || toks[k].cls === Cls.Cap) && !AUX.test(toks[k].lower)) k++;
    // ("Which protected species ...": a participle right after "which" modifies the noun asked.)
    if (k === 1) return null;
  } else if (wh !== 'who') return null;
  const verb = toks[k];
  if (!verb || !FINITE.has(verb.cls) || AUX.test(verb.lower) || LIGHT.test(verb.lower)) return null;
  const object: string[] = [];
  for (const t of toks.slice(k + 1)) {
    if (t.cls === Cls.Prep || FINITE.has(t.cls) || t.cls === Cls.Wh) break;
    if (!FILLER.test(t.lower) && !isStop(t.lower) && (isHead(t) || t.cls === Cls.Num)) object.push(t.stem);
  }
  return { verb: verb.lower, object };
}

/** "What fine has Mexico imposed?", "Which route did Stuart Cole suggest?": the deed asked of its object, its named doer given. */
function objectAsked(question: string): { verb: string; doer: string[] } | null {
  const toks = tokenize(question.trim()).filter((t) => t.isWord);
  const wh = toks[0]?.lower;
  if (!wh || !/^(?:what|which|who|whom)$/.test(wh)) return null;
  let k = 1;
  while (k <= 3 && k < toks.length && !AUX.test(toks[k].lower)) k++;
  if (!AUX.test(toks[k]?.lower ?? '') || BE.test(toks[k].lower)) return null;
  let v = k + 1;
  while (v < toks.length && (/^\p{Lu}/u.test(toks[v].text) || /^(?:the|a|an)$/.test(toks[v].lower))) v++;
  const doer = toks.slice(k + 1, v).filter((t) => /^\p{Lu}/u.test(t.text));
  const verb = toks[v];
  if (doer.length === 0 || !verb || !/^\p{Ll}+$/u.test(verb.text) || LIGHT.test(verb.lower)) return null;
  return { verb: verb.lower, doer: doer.map((t) => t.stem) };
}

/** Is the verb at `m` passive: "was created", "the race won by X"? */
function passive(s: readonly Token[], m: number): boolean {
  let j = m - 1;
  while (j >= 0 && s[j].cls === Cls.Adv) j--;
  return (j >= 0 && BE.test(s[j].lower)) || s.slice(m + 1, m + 3).some((t) => t.lower === 'by');
}

/** "..., wrote Gen. Dodge", "\"...\" observed the Rev. Pierce": a verb that opens its clause has its doer after it. */
function inverted(s: readonly Token[], m: number): boolean {
  const p = s[m - 1];
  return !p || p.text === ',' || /^["“”'’]$/.test(p.text) || p.cls === Cls.Punct;
}

/** The object of an active verb: the noun phrase right after it (none after a preposition, "that" or a time). */
function objectAfter(s: readonly Token[], m: number): number[] {
  if (/^(?:that|to|if|whether)$/.test(s[m + 1]?.lower ?? '')) return [];
  const out: number[] = [];
  for (let j = m + 1; j < s.length && j < m + 8; j++) {
    const t = s[j];
    if (!t.isWord || !NP.has(t.cls)) break;
    if (isDateWord(t.text) || TIME_WORD.test(t.lower)) return [];
    if (!FILLER.test(t.lower) && isHead(t)) out.push(j);
  }
  return out;
}

/** The undergoer of a passive verb: the noun phrase ending right before its auxiliary. */
function subjectBefore(s: readonly Token[], m: number): number[] {
  let j = m - 1;
  while (j >= 0 && (s[j].cls === Cls.Adv || BE.test(s[j].lower) || /^(?:has|have|had|been|will|would|could|can)$/.test(s[j].lower))) j--;
  if (j >= 0 && s[j].text === ',') j--;
  const out: number[] = [];
  while (j >= 0 && (NP.has(s[j].cls) || s[j].text === "'s") && out.length < 6) {
    if (isHead(s[j])) out.push(j);
    j--;
  }
  return out;
}

/** Places the sentence says the verb, tagged as a verb (not a plain form inside a noun phrase: "a special phone call"). */
function verbPlaces(s: readonly Token[], verb: string): number[] {
  return s.map((t, m) => (FINITE.has(t.cls) && sameVerb(t.lower, verb) && !inNounPhrase(s, m) ? m : -1)).filter((m) => m >= 0);
}

/** A plain verb form after a determiner and only adjectives or nouns is a noun ("a special phone call"). */
function inNounPhrase(s: readonly Token[], m: number): boolean {
  if (s[m].cls !== Cls.Verb) return false;
  let j = m - 1;
  while (j >= 0 && (s[j].cls === Cls.Adj || s[j].cls === Cls.Noun)) j--;
  return j < m - 1 && j >= 0 && s[j].cls === Cls.Det;
}

/** Words that open a clause of its own between a name and a verb ("..., after European regulators approved"). */
const CLAUSE_OPENER = /^(?:while|but|whereas|when|after|before|because|if)$/;

/**
 * Does the span (token indices) stand where the doer of the verb at `m` is: before it in its
 * clause with no other verb between (past "to" or "and": "pulled off some skill to open the
 * scoring"), after a passive's "by", after an inverted verb ("..., wrote Gen. Dodge"), or
 * beside the doer after "with" ("co-wrote the script with director drew goddard"), before a
 * clause set off by commas that the verb follows, or the teller of the deed ("X said officers
 * arrested Y")? A name a passive puts "on" or "in" is its channel ("shown live on Sky Sports"). A pronoun
 * as the doer ("... fall to Markus Schopp but he hit his shot wide") may stand for the span.
 */
function inDoersPlace(s: readonly Token[], m: number, inSpan: ReadonlySet<number>): boolean {
  const st = Math.min(...inSpan);
  const en = Math.max(...inSpan);
  if (st > m && st - m <= 14 && s.slice(m + 1, st).some((t) => t.lower === 'by')) return true;
  // "The match was shown live on Sky Sports", "was published in the Times": a name a passive puts "on" or "in" is its channel.
  if (passive(s, m)) return st > m && st - m <= 4 && /^(?:on|in)$/.test(s[st - 1]?.lower ?? '') && s[st].cls === Cls.Cap;
  if (/^(?:he|she|they|it)$/.test(s[m - 1]?.lower ?? '') || /^(?:he|she|they)$/.test(s[m - 2]?.lower ?? '')) return true;
  if (inverted(s, m) && st > m && st - m <= 4) return true;
  if (st > m && st - m <= 8 && s.slice(Math.max(m + 1, st - 5), st).some((t) => t.lower === 'with')) return true;
  if (en >= m) return false;
  // "Detective Sarah Collins said officers arrested Hughes", "Ford Motor said ... it would cut": the one who tells of the deed is read as its doer.
  if (SAYING.test(s[en + 1]?.lower ?? '') || (s[en + 1]?.text === ',' && SAYING.test(s[en + 2]?.lower ?? ''))) return true;
  // "Jacques Legardeur, who succeeded Marin ..., invited Washington": a clause set off by commas between the doer and its verb.
  if (s[en + 1]?.text === ',' && s[m - 1]?.text === ',') return true;
  const chained = /^(?:to|and)$/.test(s[m - 1]?.lower ?? '');
  return !s.slice(en + 1, m).some((t) => (!chained && FINITE.has(t.cls)) || t.text === ';' || t.text === ':' || CLAUSE_OPENER.test(t.lower));
}

/**
 * Why the span fills the wrong side of the deed asked about, or null: the one a deed was done to
 * for "Who did it?", another named one it was done to, a span that stands nowhere a doer of the
 * deed stands for "Who / Which X did it?" ("Which officer arrested Kent?" -> "riot gear" of
 * "officers in riot gear rushed out ... and arrested him" stays: chained to the doer; "Which
 * European regulator approved the drug?" -> "Biotech firms AbbVie and Biogen" of "... rose 2.3%
 * after European regulators approved" does not), or the doer for "What did X do it to?".
 */
export function wrongSideOfDeed(question: string, sentence: readonly Token[], span: readonly Token[], news: boolean): string | null {
  if (span.length === 0) return null;
  const inSpan = new Set(span.map((t) => sentence.indexOf(t)).filter((k) => k >= 0));
  if (inSpan.size === 0) return null;
  const byDoer = doerAsked(question);
  if (byDoer) {
    const places = verbPlaces(sentence, byDoer.verb);
    if (places.length === 0) return null;
    const why = places.map((m) => {
      const pas = passive(sentence, m);
      if (!pas && inverted(sentence, m)) return null;
      const undergoer = pas ? subjectBefore(sentence, m) : objectAfter(sentence, m);
      if (undergoer.length === 0) return null;
      if (undergoer.some((j) => inSpan.has(j))) return 'gives what the deed was done to, not who did it';
      // Another named one it was done to, and the question's own one nowhere near the verb.
      const near = sentence.slice(Math.max(0, m - 8), m + 9);
      if (byDoer.object.length > 0 && undergoer.some((j) => sentence[j].cls === Cls.Cap) && !undergoer.some((j) => byDoer.object.includes(sentence[j].stem)) && !near.some((t) => byDoer.object.includes(t.stem))) {
        return 'says the deed was done to another';
      }
      return null;
    });
    if (why.every((w) => w !== null)) return why[0];
    // "Some of the artists who missed out ... included Madonna, Nicki Minaj and Alicia Keys": names
    // a sentence lists as instances of the doers (span-kind-instance.ts) stand for them.
    const st = Math.min(...inSpan);
    if (/^(?:include|includes|included|including|like|as|:|-|–|—)$/.test(sentence[st - 1]?.lower ?? '')) return null;
    return news && /^\s*(?:who|which)\b/i.test(question) && !places.some((m) => inDoersPlace(sentence, m, inSpan)) ? 'is not who did the deed' : null;
  }
  const byObject = objectAsked(question);
  if (!byObject) return null;
  const places = verbPlaces(sentence, byObject.verb);
  if (places.length === 0) return null;
  const doerSpan = places.every((m) => {
    if (passive(sentence, m)) {
      const by = sentence.slice(m + 1, m + 3).findIndex((t) => t.lower === 'by');
      return by >= 0 && [...inSpan].some((j) => j > m + 1 + by && j <= m + 4 + by);
    }
    // The span right before an active verb, nothing between: it is the doer.
    const end = Math.max(...inSpan);
    return end < m && sentence.slice(end + 1, m).every((t) => t.cls === Cls.Adv || /^(?:has|have|had|will|would|could|can|also)$/.test(t.lower));
  });
  return doerSpan ? 'gives who did the deed, not what it was done to' : null;
}
