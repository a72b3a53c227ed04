/**
 * Sentence re-ranker: which of BM25's best few sentences holds the answer. BM25 sees only
 * the question's words; the re-ranker also sees how much of the question a sentence covers
 * (IDF weighted and word by word), question bigrams, how close together the matched words
 * sit, whether the sentence has anything of the kind asked for (a number for "how many", a
 * date for "when", a new capitalised name for "who"), where it stands in the article,
 * and how much of the span model's belief the sentence holds. A small logistic model over
 * those dense features (fitted by scripts/train-qa.ts, softmax over one question's sentences)
 * gives each sentence a probability; a span's score becomes log P(sentence) + log P(span |
 * sentence), the second part being the span model's scores normalised within the sentence.
 */
import type { CandidateSet } from './candidates.ts';
import { termWeight, type PreparedArticle } from './prepare.ts';
import { isDateWord } from './dates.ts';
import { NEXPECT, type QuestionInfo } from './question-type.ts';
import { Cls, isStop } from './spans.ts';
import { isWideYearOrDecade } from '../text/years.ts';

/** Dense features shared by all kinds of question. */
const GENERAL = [
  'rank0',
  'rank1',
  'rank2',
  'ratio',
  'coverage',
  'termFrac',
  'bigrams',
  'compact',
  'first',
  'position',
  'length',
  'newContent',
  'focus',
  'gapLeft',
  'gapRight',
  'anchors',
  'prevCover',
  'nextCover',
  'spanShare',
  'spanGap',
  'order',
  'missMax',
] as const;
/** Features that say whether the sentence has a token of a kind, crossed with the kind asked for. */
const KINDS = ['number', 'year', 'dateWord', 'newCap', 'typed'] as const;

/** Number of re-ranker features. */
export const NRERANK = GENERAL.length + KINDS.length * (NEXPECT + 1);
const G = Object.fromEntries(GENERAL.map((n, k) => [n, k])) as Record<(typeof GENERAL)[number], number>;

/** Re-ranker feature names in weight order (for the saved table). */
export const RERANK_FEATURES: readonly string[] = [
  ...GENERAL,
  ...KINDS.flatMap((k) => [...Array.from({ length: NEXPECT }, (_, e) => `${k}:${e}`), `${k}:all`]),
];

/**
 * Features of each top sentence of a candidate set (same order as `set.top`); `mass`, the
 * span model's log probability mass per sentence (spanMass), when known.
 */
export function sentenceFeatures(
  prep: PreparedArticle,
  q: QuestionInfo,
  set: CandidateSet,
  mass?: Float64Array,
): Float64Array[] {
  const top = set.top;
  const best = top[0]?.score ?? 0;
  const terms = new Set(q.terms);
  const anchors = [q.prevTerm, q.nextTerm, q.lastTerm].filter((t): t is string => t !== null);
  const n = prep.sentences.length;
  // IDF weight of each question word, for coverage of a sentence together with a neighbour.
  const weight = new Map(q.terms.map((t) => [t, termWeight(prep, t)]));
  let weightTotal = 0;
  for (const v of weight.values()) weightTotal += v;
  const termIndex = new Map(q.terms.map((t, k) => [t, k]));
  const cover = (a: number, b: number): number => {
    if (b < 0 || b >= n || weightTotal <= 0) return 0;
    let c = 0;
    for (const [t, v] of weight) if (prep.index.tf[a].has(t) || prep.index.tf[b].has(t)) c += v;
    return c / weightTotal;
  };
  const out = top.map((t, rank) => {
    const f = new Float64Array(NRERANK);
    const toks = prep.sentences[t.sentence].tokens;

    if (rank <= 2) f[G[`rank${rank}` as 'rank0']] = 1;
    f[G.ratio] = best > 0 ? t.score / best : 0;
    f[G.coverage] = t.coverage;
    const matched = new Set<string>();
    let firstMatch = -1;
    let lastMatch = -1;
    let matches = 0;
    let content = 0;
    let fresh = 0;
    let bigrams = 0;
    let prev: string | null = null;
    let words = 0;
    const has = { number: false, year: false, dateWord: false, newCap: false };
    const seq: number[] = [];
    toks.forEach((tok, k) => {
      if (!tok.isWord) return;
      words++;
      const stop = isStop(tok.lower);
      const hit = !stop && terms.has(tok.stem);
      if (hit) {
        matched.add(tok.stem);
        seq.push(termIndex.get(tok.stem) ?? 0);
        if (firstMatch < 0) firstMatch = k;
        lastMatch = k;
        matches++;
      }
      if (!stop) {
        content++;
        if (!hit) fresh++;
        if (prev !== null && q.bigrams.has(`${prev} ${tok.stem}`)) bigrams++;
        prev = tok.stem;
      } else prev = null;
      if (tok.cls === Cls.Num) has.number = true;
      if (isWideYearOrDecade(tok.text)) has.year = true;
      if (isDateWord(tok.text)) has.dateWord = true;
      if (tok.cls === Cls.Cap && !hit && k > 0) has.newCap = true;
    });
    // The question's words in the question's order (longest increasing run of their positions).
    f[G.order] = seq.length > 1 ? (increasing(seq) - 1) / (seq.length - 1) : 0;
    // The rarest question word the sentence leaves out.
    let miss = 0;
    for (const [term, v] of weight) if (!matched.has(term)) miss = Math.max(miss, v);
    f[G.missMax] = weightTotal > 0 ? miss / weightTotal : 0;
    f[G.termFrac] = q.terms.length ? matched.size / q.terms.length : 0;
    f[G.bigrams] = Math.min(bigrams, 2) / 2;
    // Matched words close together read as one clause about the question; spread out, as chance.
    f[G.compact] = matches > 1 ? Math.min(1, (matches - 1) / Math.max(1, lastMatch - firstMatch)) : 0;
    f[G.first] = prep.sentences[t.sentence].index === 0 ? 1 : 0;
    f[G.position] = n > 1 ? t.sentence / (n - 1) : 0;
    f[G.length] = Math.min(1, words / 60);
    // A sentence that only repeats the question has no room for the answer.
    f[G.newContent] = content ? fresh / content : 0;
    // A follow-on sentence ("The statement was in Latin.") may answer what its neighbour sets up.
    f[G.prevCover] = Math.max(0, cover(t.sentence, t.sentence - 1) - t.coverage);
    f[G.nextCover] = Math.max(0, cover(t.sentence, t.sentence + 1) - t.coverage);
    f[G.focus] = q.focus !== null && toks.some((tok) => tok.stem === q.focus) ? 1 : 0;
    f[G.gapLeft] = q.gapLeft !== null && matched.has(q.gapLeft) ? 1 : 0;
    f[G.gapRight] = q.gapRight !== null && matched.has(q.gapRight) ? 1 : 0;
    f[G.anchors] = anchors.length ? anchors.filter((a) => matched.has(a)).length / anchors.length : 0;
    const kinds = { ...has, typed: set.typedTop[rank] };
    KINDS.forEach((kind, k) => {
      if (!kinds[kind]) return;
      const o = GENERAL.length + k * (NEXPECT + 1);
      f[o + q.expectId] = 1;
      f[o + NEXPECT] = 1;
    });
    return f;
  });
  if (mass) withSpanMass(out, mass);
  return out;
}

/** Length of the longest strictly increasing subsequence (patience sorting). */
function increasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

/** Set the features that carry the span model's belief in each sentence (in place). */
export function withSpanMass(features: Float64Array[], mass: Float64Array): Float64Array[] {
  const max = Math.max(...mass);
  let z = 0;
  for (const v of mass) z += Math.exp(v - max);
  features.forEach((f, s) => {
    // The span model's own belief in this sentence (its spans' share of the probability).
    f[G.spanShare] = Math.exp(mass[s] - max) / z;
    f[G.spanGap] = Math.max(-10, mass[s] - max) / 10;
  });
  return features;
}

/** Linear score of each sentence's features. */
export function rerankScores(features: readonly Float64Array[], weights: Float64Array): Float64Array {
  const out = new Float64Array(features.length);
  features.forEach((f, s) => {
    let v = 0;
    for (let k = 0; k < f.length; k++) if (f[k] !== 0) v += f[k] * weights[k];
    out[s] = v;
  });
  return out;
}

/** Position of each top sentence in `set.top`, by index into PreparedArticle.sentences. */
function topPositions(set: CandidateSet): Map<number, number> {
  return new Map(set.top.map((t, k) => [t.sentence, k]));
}

/** Log of the span model's total probability mass (unnormalised) in each top sentence. */
export function spanMass(set: CandidateSet, scores: Float64Array): Float64Array {
  const at = topPositions(set);
  const max = new Float64Array(set.top.length).fill(-Infinity);
  set.candidates.forEach((c, k) => {
    const s = at.get(c.sentence)!;
    if (scores[k] > max[s]) max[s] = scores[k];
  });
  const sum = new Float64Array(set.top.length);
  set.candidates.forEach((c, k) => {
    const s = at.get(c.sentence)!;
    sum[s] += Math.exp(scores[k] - max[s]);
  });
  return max.map((m, s) => (m === -Infinity ? -1e3 : m + Math.log(sum[s])));
}

/**
 * Re-score candidate spans (in place) as log P(sentence) from the re-ranker plus the span
 * model's log P(span | sentence); returns the new best score.
 */
export function rerankSpans(prep: PreparedArticle, q: QuestionInfo, set: CandidateSet, scores: Float64Array, weights: Float64Array): number {
  let best = -Infinity;
  if (set.candidates.length === 0) return best;
  const mass = spanMass(set, scores);
  const rs = rerankScores(sentenceFeatures(prep, q, set, mass), weights);
  const max = Math.max(...rs);
  let z = 0;
  for (const v of rs) z += Math.exp(v - max);
  const logZ = max + Math.log(z);
  const at = topPositions(set);
  set.candidates.forEach((c, k) => {
    const s = at.get(c.sentence)!;
    scores[k] += rs[s] - logZ - mass[s];
    if (scores[k] > best) best = scores[k];
  });
  return best;
}
