/**
 * The question's verb against the evidence sentence's, for the answerability model. SQuAD 2.0's
 * most confident wrong answers are "When did X <verb>?" over a sentence that gives a year for
 * something else X did ("In what year did Louis XIV die?" over "Louis XIV gained the throne in
 * 1643"): every name aligns, only the verb does not, and the year beside the span belongs to
 * another verb. Also read here: a word the question has and the sentence negates by a prefix
 * ("conservative" / "nonconservative", "micro-" / "macro-", "known" / "unknown").
 */
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, stem, tokenize, type Token } from './spans.ts';
import { saidOtherwise } from './synonyms.ts';

/** Names of the features verbFeatures sets (each in 0..1). */
export const VERB_FEATURES: readonly string[] = [
  'vMiss', // a content verb of the question the sentence does not say (same root, or a synonym)
  'vMissDate', // ... in a question asking when / what year
  'vMissElse', // ... and the article uses that verb in another sentence
  'vSynOnly', // the question's verb is in the sentence only as a synonym
  'vSpanFar', // words between the span and the question's verb in the sentence, / 10, capped
  'dateOtherVerb', // a date question answered by a span whose nearest verb is none of the question's
  'prefixNeg', // a question word the sentence has with a negating or opposite prefix, or the other way round
];

const VERB_CLS = new Set<number>([Cls.Verb, Cls.VerbPast, Cls.VerbIng]);
/** Verbs that carry no event of their own ("When did X become ...", "What is used ..."). */
const LIGHT = new Set(['be', 'do', 'have', 'get', 'us', 'use', 'make', 'call', 'known', 'know', 'consid', 'consider', 'includ', 'refer', 'name']);
const isVerb = (t: Token): boolean => VERB_CLS.has(t.cls) && !LIGHT.has(t.stem) && !LIGHT.has(t.lower);
const PREFIXES = ['non-', 'non', 'un', 'in', 'im', 'il', 'ir', 'dis', 'anti', 'counter'];
const SWAPS: [string, string][] = [
  ['micro', 'macro'],
  ['macro', 'micro'],
  ['over', 'under'],
  ['under', 'over'],
  ['pre', 'post'],
  ['post', 'pre'],
  ['inter', 'intra'],
  ['intra', 'inter'],
  ['sub', 'super'],
  ['super', 'sub'],
];

/** Forms of a word with a negating prefix taken off or an opposite prefix swapped in (lowercase, hyphens kept). */
function prefixVariants(lower: string): string[] {
  const out: string[] = [];
  const bare = lower.replace(/-/g, '');
  for (const p of PREFIXES) if (bare.startsWith(p.replace('-', '')) && bare.length - p.length >= 4) out.push(bare.slice(p.replace('-', '').length));
  for (const [a, b] of SWAPS) if (bare.startsWith(a) && bare.length - a.length >= 4) out.push(b + bare.slice(a.length));
  return out;
}

/** Does the sentence hold this verb: the same stem, the same 5-letter root, or a synonym? */
function verbAt(v: Token, sent: readonly Token[]): { at: number; syn: boolean } | null {
  const root = v.stem.length >= 5 ? v.stem.slice(0, 5) : null;
  for (let k = 0; k < sent.length; k++) if (sent[k].stem === v.stem || (root && sent[k].stem.startsWith(root))) return { at: k, syn: false };
  for (let k = 0; k < sent.length; k++) if (sent[k].isWord && saidOtherwise(v.lower, v.stem, [sent[k]])) return { at: k, syn: true };
  return null;
}

/** The verb features of a question, its evidence sentence and the chosen span. */
export function verbFeatures(question: string, info: QuestionInfo, prep: PreparedArticle, sentence: number, span: readonly Token[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(VERB_FEATURES.map((n) => [n, 0]));
  const sent = prep.sentences[sentence].tokens.filter((t) => t.isWord);
  const q = tokenize(question).filter((t) => t.isWord);
  const verbs = q.filter((t, k) => k > 0 && isVerb(t));
  const spanIdx = span.length ? sent.indexOf(span.find((t) => t.isWord) ?? span[0]) : -1;
  const spanEnd = spanIdx >= 0 ? spanIdx + span.filter((t) => t.isWord).length - 1 : -1;
  const dist = (k: number): number => (spanIdx < 0 ? 10 : k < spanIdx ? spanIdx - k : k > spanEnd ? k - spanEnd : 0);
  let far = 0;
  const found: number[] = [];
  for (const v of verbs) {
    const hit = verbAt(v, sent);
    if (!hit) {
      out.vMiss = 1;
      if (info.expect === 'date') out.vMissDate = 1;
      if (prep.index.df.has(v.stem)) out.vMissElse = 1;
      continue;
    }
    found.push(hit.at);
    if (hit.syn) out.vSynOnly = 1;
    far = Math.max(far, Math.min(10, dist(hit.at)));
  }
  out.vSpanFar = found.length ? far / 10 : 0;
  // The verb the date in the span belongs to: the nearest sentence verb to the span.
  if (info.expect === 'date' && verbs.length && spanIdx >= 0) {
    let near = -1;
    let best = Infinity;
    sent.forEach((t, k) => {
      if (!isVerb(t) || (k >= spanIdx && k <= spanEnd)) return;
      if (dist(k) < best) [near, best] = [k, dist(k)];
    });
    if (near >= 0 && !found.includes(near) && !verbs.some((v) => v.stem === sent[near].stem)) out.dateOtherVerb = 1;
  }
  // Prefix negation: "conservative" asked, "nonconservative" said (either way round).
  const sentLower = new Set(sent.map((t) => t.lower.replace(/-/g, '')));
  const sentStems = new Set(sent.map((t) => t.stem));
  const qLower = new Set(q.map((t) => t.lower.replace(/-/g, '')));
  for (const t of q) {
    if (t.lower.length < 4 || sentLower.has(t.lower.replace(/-/g, ''))) continue;
    if (prefixVariants(t.lower).some((w) => sentLower.has(w) || sentStems.has(stem(w)))) out.prefixNeg = 1;
  }
  for (const t of sent) {
    if (t.lower.length < 6 || qLower.has(t.lower.replace(/-/g, ''))) continue;
    if (prefixVariants(t.lower).some((w) => qLower.has(w))) out.prefixNeg = 1;
  }
  return out;
}
