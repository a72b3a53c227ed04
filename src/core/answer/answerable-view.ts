/**
 * Candidate answerability features measured in session 11 (docs/answers-qa2.md): the span model's
 * view of the whole paragraph (how clearly the chosen sentence's best span beat every other
 * sentence's, whether the best spans of the leading sentences agree), a question phrase the
 * paragraph has but the chosen sentence binds to other words, a name or number swapped for
 * another in the same slot ("born in Berlin" over "born in Hamburg"), a modal or future the
 * sentence lacks, and a superlative or ordinal the sentence lacks that another sentence has.
 */
import type { ContrastInput } from './answerable-contrast.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';

/** Names of the features viewFeatures sets (each in 0..1, sentWin in -1..1). */
export const VIEW_FEATURES: readonly string[] = [
  'sentWin', // the chosen sentence's best span score minus the best span score of any other sentence (capped at 4) / 4
  'topAgree', // another of the 3 best-scoring sentences has a best span sharing a content word with the chosen span
  'phraseElse', // a question phrase ("first X", "X of Y") another sentence says, the chosen sentence binds its words otherwise
  'slotSwap', // a question name or number the sentence lacks, the sentence has another one beside the same word
  'slotSwapName', // slotSwap with a name only (not a number)
  'slotSwapNum', // slotSwap with a number only
  'modalMiss', // the question has a modal or future ("will", "could", "should") the sentence has none of
  'superElse', // a superlative or ordinal of the question the sentence lacks and another sentence has
];

/** What viewFeatures needs beyond ContrastInput: the span model's candidates and their scores. */
export interface ViewInput extends ContrastInput {
  candidates: readonly { sentence: number; i: number; j: number }[];
  scores: Float64Array;
}

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);
const MODAL = /^(will|would|could|can|should|might|may|must|shall|'ll|’ll|wo|ca)$/;
const SUPER = /^(first|last|second|third|final|only|sole|earliest|latest|most|least|\w{3,}est)$/;
const NOT_SUPER = new Set(['interest', 'forest', 'west', 'rest', 'test', 'protest', 'request', 'contest', 'guest', 'nest', 'quest', 'arrest', 'suggest', 'harvest', 'honest', 'modest', 'manifest', 'digest', 'invest', 'conquest', 'midwest', 'southwest', 'northwest', 'priest', 'chest', 'crest', 'pest', 'vest']);
const isContent = (t: Token): boolean => t.isWord && !isStop(t.lower) && !WH.has(t.lower);
const isNum = (t: Token): boolean => t.cls === Cls.Num || /^\d/.test(t.text);
const isNameOrNum = (t: Token): boolean => t.cls === Cls.Cap || isNum(t);
const OF_KIND = { any: isNameOrNum, name: (t: Token): boolean => t.cls === Cls.Cap && !isNum(t), number: isNum };

/** The span model's best score per sentence, and the best candidate of each sentence. */
function bestBySentence(x: ViewInput): Map<number, { score: number; k: number }> {
  const out = new Map<number, { score: number; k: number }>();
  x.candidates.forEach((c, k) => {
    const b = out.get(c.sentence);
    if (!b || x.scores[k] > b.score) out.set(c.sentence, { score: x.scores[k], k });
  });
  return out;
}

/** Pairs of question content words in order, adjacent or with one function word between ("capital of France"). */
export function questionPhrases(question: string): [Token, Token][] {
  const q = tokenize(question).filter((t) => t.isWord);
  const out: [Token, Token][] = [];
  for (let k = 0; k < q.length; k++) {
    if (!isContent(q[k]) && !SUPER.test(q[k].lower)) continue;
    for (const d of [1, 2]) {
      const b = q[k + d];
      if (!b || !isContent(b)) continue;
      if (d === 2 && !isStop(q[k + 1].lower)) continue;
      out.push([q[k], b]);
      break;
    }
  }
  return out;
}

/** Does the word list hold a then b, adjacent or one word apart? */
function hasPair(stems: readonly string[], a: string, b: string): boolean {
  for (let k = 0; k < stems.length; k++) if (stems[k] === a && (stems[k + 1] === b || stems[k + 2] === b)) return true;
  return false;
}

/** A question phrase that another sentence says, while the chosen sentence has one of its words bound otherwise. */
export function phraseElsewhere(question: string, sentences: readonly (readonly Token[])[], chosen: number): boolean {
  const words = sentences.map((ts) => ts.filter((t) => t.isWord).map((t) => t.stem));
  const here = new Set(words[chosen]);
  return questionPhrases(question).some(
    ([a, b]) => (here.has(a.stem) || here.has(b.stem)) && !hasPair(words[chosen], a.stem, b.stem) && words.some((w, k) => k !== chosen && hasPair(w, a.stem, b.stem)),
  );
}

/**
 * A name or number of the question that the sentence lacks, while the sentence has another name
 * or number beside the word the question puts beside it: "born in Berlin" over "born in Hamburg",
 * "the 1990 election" over "the 1985 election".
 */
export function slotSwap(question: string, sentence: readonly Token[], kind: 'any' | 'name' | 'number' = 'any'): boolean {
  const q = tokenize(question).filter((t) => t.isWord);
  const s = sentence.filter((t) => t.isWord);
  const qLower = new Set(q.map((t) => t.lower));
  const sLower = new Set(s.map((t) => t.lower));
  return q.some((t, k) => {
    const ofKind = OF_KIND[kind];
    if (k === 0 || !ofKind(t) || sLower.has(t.lower)) return false;
    const other = (u: Token | undefined): boolean => u !== undefined && ofKind(u) && !qLower.has(u.lower);
    return s.some((u, m) => (q[k - 1] && u.lower === q[k - 1].lower && !WH.has(u.lower) && other(s[m + 1])) || (q[k + 1] && isContent(q[k + 1]) && u.lower === q[k + 1].lower && other(s[m - 1])));
  });
}

/** A modal or future of the question ("will", "could") that the sentence has none of. */
export function modalMiss(question: string, sentence: readonly Token[]): boolean {
  const q = tokenize(question).filter((t) => t.isWord);
  return q.some((t) => MODAL.test(t.lower)) && !sentence.some((t) => t.isWord && MODAL.test(t.lower));
}

const isSuper = (lower: string): boolean => SUPER.test(lower) && !NOT_SUPER.has(lower);

/** A superlative or ordinal of the question the chosen sentence lacks and another sentence has. */
export function superElsewhere(question: string, sentences: readonly (readonly Token[])[], chosen: number): boolean {
  const sup = tokenize(question).filter((t) => t.isWord && isSuper(t.lower)).map((t) => t.lower);
  if (!sup.length) return false;
  const has = (k: number, w: string): boolean => sentences[k].some((t) => t.lower === w);
  return sup.some((w) => !has(chosen, w) && sentences.some((_, k) => k !== chosen && has(k, w)));
}

/** The view features of one answer. */
export function viewFeatures(x: ViewInput): Record<string, number> {
  const si = x.evidence.sentence;
  const sentences = x.prep.sentences.map((s) => s.tokens);
  const best = bestBySentence(x);
  const mine = best.get(si);
  let other = -Infinity;
  for (const [s, b] of best) if (s !== si) other = Math.max(other, b.score);
  const sentWin = !mine ? 0 : Number.isFinite(other) ? Math.max(-4, Math.min(4, mine.score - other)) / 4 : 1;
  const spanStems = new Set(x.span.filter(isContent).map((t) => t.stem));
  const lead = [...best.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, 3);
  const topAgree = lead.some(([s, b]) => {
    if (s === si) return false;
    const c = x.candidates[b.k];
    return sentences[s].slice(c.i, c.j + 1).some((t) => isContent(t) && spanStems.has(t.stem));
  });
  return {
    sentWin,
    topAgree: topAgree ? 1 : 0,
    phraseElse: phraseElsewhere(x.question, sentences, si) ? 1 : 0,
    slotSwap: slotSwap(x.question, sentences[si]) ? 1 : 0,
    slotSwapName: slotSwap(x.question, sentences[si], 'name') ? 1 : 0,
    slotSwapNum: slotSwap(x.question, sentences[si], 'number') ? 1 : 0,
    modalMiss: modalMiss(x.question, sentences[si]) ? 1 : 0,
    superElse: superElsewhere(x.question, sentences, si) ? 1 : 0,
  };
}
