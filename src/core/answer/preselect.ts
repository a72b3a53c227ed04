/**
 * Which sentences the span model reads. BM25 alone chose them (its best TOP_SENTENCES): a
 * sentence that answers but shares fewer of the question's rarer words ("Tutton, 19, claimed
 * bronze" below a sentence naming Tutton twice with no age) was never a candidate. Now BM25's best
 * WIDE_SENTENCES are scored by the re-ranker's own sentence features (rerank.ts: coverage, question
 * words in order, the kind asked for in the sentence, where it stands ...) without the span model's
 * belief (not known yet), and the best TOP_SENTENCES of those, kept in BM25's order, are the
 * candidates' sentences. The weights are a softmax over the wide top whose target is the sentences
 * that hold a gold answer, fitted by scripts/train-preselect.ts on qa-dev and qa2-dev's answerable
 * questions (preselect-weights.ts); they never saw a news question.
 */
import type { PreparedArticle, RankedSentence } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { RERANK_FEATURES, rerankScores, sentenceFeatures } from './rerank.ts';
import { PRESELECT_WEIGHTS } from './preselect-weights.ts';
import type { RerankTable } from './tables.ts';

/** How many of BM25's best sentences the pre-selector chooses from. */
export const WIDE_SENTENCES = 6;
/** How much better (in re-ranker score) a wider sentence must score to take the last place (dump sweep: 0 and 1 measured). */
const MARGIN = 0;

/** Re-ranker features the pre-selector leaves out: the span model's belief and the typed-span test need candidates. */
export const PRESELECT_DROP: readonly string[] = RERANK_FEATURES.filter((n) => n === 'spanShare' || n === 'spanGap' || n.startsWith('typed:'));

let shipped: Float64Array | null = null;

/** A pre-selector table as the dense vector (keyed like the re-ranker's). */
export function loadPreselectWeights(table: RerankTable): Float64Array {
  return Float64Array.from(RERANK_FEATURES, (name) => (PRESELECT_DROP.includes(name) ? 0 : (table[name] ?? 0)));
}

/** The pre-selector's features of each of `ranked` (the re-ranker's, with the dropped ones zero). */
export function preselectFeatures(prep: PreparedArticle, q: QuestionInfo, ranked: RankedSentence[]): Float64Array[] {
  return sentenceFeatures(prep, q, { candidates: [], features: new Int32Array(0), top: ranked, typedTop: ranked.map(() => false) });
}

/**
 * The `keep` sentences of `ranked` (BM25's order, best first) the pre-selector scores best, in
 * BM25's order; `ranked` itself when it holds no more than `keep`, or without weights.
 */
export function preselect(prep: PreparedArticle, q: QuestionInfo, ranked: RankedSentence[], keep: number, weights: Float64Array | null = defaultPreselectWeights()): RankedSentence[] {
  if (ranked.length <= keep || weights === null) return ranked.slice(0, keep);
  const s = rerankScores(preselectFeatures(prep, q, ranked), weights);
  // BM25's best keep - 1 stay (the answerability features read the chosen sentence against them); the
  // last place goes to the best-scored of the rest when it scores MARGIN above BM25's next.
  const last = keep - 1;
  let pick = last;
  for (let k = keep; k < ranked.length; k++) if (s[k] > s[pick]) pick = k;
  const chosen = [...ranked.keys()].slice(0, last);
  chosen.push(s[pick] > s[last] + MARGIN ? pick : last);
  return chosen.map((k) => ranked[k]);
}

/** The shipped pre-selector weights (loaded once). */
export function defaultPreselectWeights(): Float64Array {
  shipped ??= loadPreselectWeights(PRESELECT_WEIGHTS);
  return shipped;
}
