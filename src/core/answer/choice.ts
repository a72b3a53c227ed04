/**
 * Choosing the answer span from the scored candidates by expected overlap with the model's belief.
 */
import type { Candidate, CandidateSet } from './candidates.ts';
import { termWeight, type PreparedArticle } from './prepare.ts';
import { typedSpans } from './rules.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop } from './spans.ts';

/** How many of the best-scored spans the expected-overlap choice considers. */
const MBR_POOL = 40;
/** The model's scores are multiplied by this before the choice weighs spans by their probability. */
export const MBR_SHARPNESS = 1;

/**
 * Minimum-Bayes-risk choice: among the best-scored spans, the one with the highest expected
 * word overlap (F1) with the others, weighted by the model's probabilities. When the model
 * hesitates between "Nicholas E. Golovin" and "E. Golovin", this picks the span most of its
 * belief agrees with, which is what F1 rewards and what a reader wants.
 */
export function expectedF1Choice(cands: Candidate[], scores: Float64Array, prep: PreparedArticle, pool = MBR_POOL, sharpness = MBR_SHARPNESS): Candidate | undefined {
  const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]).slice(0, pool);
  if (order.length === 0) return undefined;
  const top = scores[order[0]];
  const p = order.map((k) => Math.exp(sharpness * (scores[k] - top)));
  const spans = order.map((k) => wordRange(prep, cands[k]));
  let best: Candidate | undefined;
  let bestGain = -1;
  order.forEach((k, x) => {
    const c = cands[k];
    const [a, b] = spans[x];
    let gain = 0;
    order.forEach((k2, y) => {
      if (cands[k2].sentence !== c.sentence) return;
      const [a2, b2] = spans[y];
      const overlap = Math.min(b, b2) - Math.max(a, a2);
      if (overlap > 0) gain += (p[y] * 2 * overlap) / (b - a + b2 - a2);
    });
    if (gain > bestGain) [best, bestGain] = [c, gain];
  });
  return best;
}

/** A candidate's words as a half-open range of word positions in its sentence. */
function wordRange(prep: PreparedArticle, c: Candidate): [number, number] {
  const toks = prep.sentences[c.sentence].tokens;
  let a = 0;
  for (let k = 0; k < c.i; k++) if (toks[k].isWord) a++;
  let b = a;
  for (let k = c.i; k <= c.j; k++) if (toks[k].isWord) b++;
  return [a, b];
}

/**
 * How much less of the question's words (IDF-weighted coverage) a typed span's sentence may say
 * than the best-covering sentence with a typed span, and still give the typed answer. Dump sweep
 * against 923dbfc (news better/worse): 0.2 24/10, 0.25 23/9, 0.3 20/6, 0.4 15/2, 0.5 12/1; qa/qa2
 * none worse at any. 0.4: the net gain of the lower gaps with a fifth of their losses.
 */
export const TYPED_COVERAGE_GAP = 0.4;

/**
 * The best typed span (one with the shape the question asks for: rules.ts), if its
 * model score plus rule bonus comes within `margin` of the best span overall; `any` tells
 * whether the top sentences hold a span of that shape at all. The span model
 * learned from encyclopaedia questions; for news questions ("Who did Xi meet?") the shape is
 * the stronger evidence, so a typed span wins unless the model is clearly against it.
 */
export function typedChoice(
  prep: PreparedArticle,
  set: CandidateSet,
  scores: Float64Array,
  q: QuestionInfo,
  news: boolean,
  margin: number,
  bonusScale = 1,
): { best: Candidate | undefined; any: boolean } {
  const terms = new Set(q.terms);
  const sentences = set.top.map((t) => {
    const s = prep.sentences[t.sentence];
    return { index: t.sentence, tokens: s.tokens, text: s.text, match: s.tokens.map((x) => x.isWord && terms.has(x.stem) && !isStop(x.lower)) };
  });
  const all = typedSpans(sentences, q, news);
  if (all.length === 0 || margin <= 0) return { best: undefined, any: all.length > 0 };
  // "When was Ward promoted to associate head coach?": a date of a sentence that says much less of
  // the question ("between 1996 and 2000", coverage 0.29) does not stand against one of a sentence
  // that says it all ("He was promoted to associate head coach in May 2014", 1.00).
  // (A sentence that opens on "They" / "He" / "She" / "It" also says the names the sentence before
  // it gives: "South Africa beat the All Blacks 32-22." then "They scored three tries".)
  const cover = new Map(set.top.map((t) => [t.sentence, pronounOpening(prep, q, t.sentence) ?? t.coverage]));
  const most = Math.max(...all.map((t) => cover.get(t.sentence) ?? 0));
  const typed = all.filter((t) => (cover.get(t.sentence) ?? 0) >= most - TYPED_COVERAGE_GAP);
  const byKey = new Map<string, number>();
  let top = -Infinity;
  set.candidates.forEach((c, k) => {
    byKey.set(`${c.sentence}:${c.i}:${c.j}`, k);
    top = Math.max(top, scores[k]);
  });
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  for (const t of typed) {
    const k = byKey.get(`${t.sentence}:${t.i}:${t.j}`);
    if (k === undefined) continue;
    const s = scores[k] + bonusScale * t.bonus;
    if (s > bestScore) [best, bestScore] = [set.candidates[k], s];
  }
  if (!best || bestScore < top - margin) return { best: undefined, any: true };
  return { best: bestQuote(prep, set, scores, best, typed), any: true };
}

/**
 * The same typed words in another top sentence that the model believes more (its best span
 * scores higher): the answer is the same, and the quote is the sentence the model prefers
 * ("Who did Xi Jinping meet with?" quotes the sentence naming Xi Jinping, not a later one).
 */
function bestQuote(prep: PreparedArticle, set: CandidateSet, scores: Float64Array, best: Candidate, typed: readonly { sentence: number; i: number; j: number }[]): Candidate {
  const text = (c: { sentence: number; i: number; j: number }): string => {
    const s = prep.sentences[c.sentence];
    return s.text.slice(s.tokens[c.i].start, s.tokens[c.j].end);
  };
  const sentenceBest = new Map<number, number>();
  set.candidates.forEach((c, k) => sentenceBest.set(c.sentence, Math.max(sentenceBest.get(c.sentence) ?? -Infinity, scores[k])));
  const words = text(best);
  let out = best;
  for (const t of typed) {
    if (t.sentence === out.sentence || text(t) !== words) continue;
    const c = set.candidates.find((x) => x.sentence === t.sentence && x.i === t.i && x.j === t.j);
    if (c && (sentenceBest.get(c.sentence) ?? -Infinity) > (sentenceBest.get(out.sentence) ?? -Infinity)) out = c;
  }
  return out;
}

/** Pronouns that open a sentence continuing the one before's subject. */
const OPENING_PRONOUN = /^(?:they|he|she|it)$/;

/**
 * The share of the question's weight that sentence `k` says, counting the capitalised names of
 * the sentence before when `k` opens on a pronoun; null when it does not.
 */
function pronounOpening(prep: PreparedArticle, q: QuestionInfo, k: number): number | null {
  const toks = prep.sentences[k]?.tokens;
  const before = prep.sentences[k - 1]?.tokens;
  if (!toks || !before || !OPENING_PRONOUN.test(toks[0]?.lower ?? '')) return null;
  const own = new Set(toks.map((t) => t.stem));
  const names = new Set(before.filter((t) => t.cls === Cls.Cap).map((t) => t.stem));
  let said = 0;
  let all = 0;
  for (const term of q.terms) {
    const w = termWeight(prep, term);
    all += w;
    if (own.has(term) || names.has(term)) said += w;
  }
  return all > 0 ? said / all : null;
}

