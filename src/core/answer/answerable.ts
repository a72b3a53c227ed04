/**
 * Does the evidence sentence actually answer the question? Features of what the question asks
 * against what the chosen sentence (and the article) says - question words and names the
 * sentence does not cover, weighted by rarity; numbers, names or negation in the question that
 * the sentence lacks; the answer kind missing; how clearly the span model preferred its span -
 * and a logistic model over them whose output is the answer's `confidence`: the probability,
 * fitted with cross-validation by scripts/train-answerable.ts, that the answer given is right.
 */
import { termWeight } from './prepare.ts';
import { EXPECTS, type QuestionInfo } from './question-type.ts';
import { Cls, isStop, stem, tokenize, type Token } from './spans.ts';
import { ALIGN_FEATURES, alignFeatures } from './answerable-align.ts';
import { CONTRAST_FEATURES, contrastFeatures, type ContrastInput } from './answerable-contrast.ts';
import { LIFE_FEATURES, lifeFeatures } from './answerable-life.ts';
import { POLAR_FEATURES, polarFeatures } from './answerable-polar.ts';
import { MEASURE_FEATURES, measureFeatures } from './answerable-measure.ts';
import { oppositeStems } from './opposites.ts';

/** The features read from the question, sentence and span (each also has a copy for news copy). */
const BASE_FEATURES: readonly string[] = [
  'bias',
  'coverage', // IDF share of question terms in the evidence sentence
  'coverage2',
  'uncovered', // question terms the sentence lacks (count / 4, capped)
  'uncoveredMaxIdf', // rarest uncovered term's weight, relative to the rarest possible
  'absent', // question terms the whole article never uses (capped at 2) / 2
  'absentCap', // capitalised question words (names) the article never uses
  'capUncovered', // capitalised question words the sentence lacks (capped at 2) / 2
  'numberAbsent', // a number in the question that the sentence does not hold
  'negQ', // the question is negated ("not", "never", "n't")
  'negMismatch', // negation in one of question and sentence only
  'compareMissing', // a superlative/comparative question word ("largest", "first") the sentence lacks
  'focusMissing', // the noun asked about ("which railway") is not in the sentence
  'gapMissing', // the verb beside the answer's slot is not in the sentence
  'bigramShare', // share of the question's word pairs found in the sentence as pairs
  'typeOk', // the span is of the kind asked for
  'missingKind', // no sentence holds a span of the asked kind (a number for "how many")
  'spanShare', // the chosen span's share of the span model's belief
  'margin', // best span score minus the runner-up (capped at 4) / 4
  'rank', // the evidence is not the BM25-best sentence
  'bm25Ratio', // its BM25 score relative to the best
  'spanInQuestion', // share of the span's words that the question already says
  'spanLong', // span longer than 6 words
  'terms', // number of question terms / 8, capped
  'coverNext', // coverage of the runner-up sentence (the question may be split over two)
  'swap', // an uncovered question word between two covered ones: a name or word swapped for another
  'hardUncovered', // uncovered question words with no word of the same 4-letter root in the sentence
  'uncNoun', // uncovered question words by part of speech (count, capped at 2, / 2)
  'uncVerb',
  'uncAdj',
  'uncCap',
  'uncNum',
  'bestRaw', // the span model's raw score of its best span (not normalised per question), / 10
  'run', // longest run of question words found in the same order in the sentence, / 6, capped
  'runNearSpan', // that run ends or starts within 3 words of the span
  'absentNoun', // common nouns of the question that the whole article never uses (capped at 2) / 2
  'yearForAmount', // "how much / how many" answered with a bare year
  'focusAbsent', // the noun asked about ("the population of ...") is nowhere in the article
  'countOther', // "how many documents": the span's number counts something else ("two sides")
  'antonym', // the question has a word whose opposite the sentence uses ("begin" / "end")
  ...ALIGN_FEATURES,
  ...MEASURE_FEATURES,
  ...EXPECTS.map((e) => `expect:${e}`),
  ...EXPECTS.map((e) => `cov:${e}`),
];
const NBASE = BASE_FEATURES.length;


/**
 * Feature names, in the order of the vector (the weights file is keyed by them): the base
 * features, then the same again set only for news copy (an article with a dateline or reported
 * speech), because the same evidence means different things there: in news a sentence that
 * covers the whole question usually answers it; in the encyclopaedia questions written to look
 * answerable it often does not. The contrast features (answerable-contrast.ts) come last and have
 * no news copy: aimed at how SQuAD 2.0's unanswerable questions were written, with a news copy they
 * cost our news questions right answers (cross-validated: 73.1% -> 72.2% right; without: 73.1%).
 */
export const ANSWERABLE_FEATURES: readonly string[] = [...BASE_FEATURES, 'news', ...BASE_FEATURES.slice(1).map((n) => `news:${n}`), ...CONTRAST_FEATURES, ...LIFE_FEATURES, ...POLAR_FEATURES];
/** Length of the feature vector. */
export const NANSWERABLE = ANSWERABLE_FEATURES.length;
const INDEX = new Map(ANSWERABLE_FEATURES.map((n, k) => [n, k]));

const NEGATION = /\b(not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b|n['’]t\b/i;
const COMPARE = /^(most|least|more|less|fewer|first|last|largest|smallest|biggest|highest|lowest|longest|shortest|oldest|youngest|best|worst|earliest|latest|only|main|primary|major|minor|second|third|final|\w{3,}est)$/i;
const NOT_COMPARE = new Set(['interest', 'forest', 'west', 'rest', 'test', 'best', 'protest', 'request', 'contest', 'guest', 'nest', 'quest', 'arrest', 'suggest', 'harvest', 'honest', 'modest', 'manifest', 'digest', 'invest', 'conquest', 'midwest', 'southwest', 'northwest', 'priest', 'chest', 'crest', 'pest', 'vest']);

/**
 * What the answerer knows when it has chosen a span: the question as asked (capitalisation and
 * numbers matter), the sentences ranked for it (BM25 order) with the evidence's entry among
 * them, the chosen span's tokens (ContrastInput), and what the span model found.
 */
export interface AnswerableInput extends ContrastInput {
  typeOk: boolean;
  missingKind: boolean;
  /** All candidate scores and the best of them. */
  scores: Float64Array;
  best: number;
  /** Is the article news copy (a dateline, or reported speech)? See isNewsCopy. */
  news: boolean;
}

/** News copy (a dateline, reported speech, or other news evidence): src/core/answer/news-copy.ts. */
export { isNewsCopy } from './news-copy.ts';

/** The answerability feature vector. */
export function answerableFeatures(x: AnswerableInput): Float64Array {
  const f = new Float64Array(NANSWERABLE);
  const set = (name: string, v: number) => {
    f[INDEX.get(name)!] = v;
  };
  const { info, prep, evidence } = x;
  const sent = prep.sentences[evidence.sentence];
  const tf = prep.index.tf[evidence.sentence];
  const maxW = Math.log(1 + prep.sentences.length + 0.5);
  set('bias', 1);
  set('coverage', evidence.coverage);
  set('coverage2', evidence.coverage * evidence.coverage);
  let uncovered = 0;
  let maxIdf = 0;
  let absent = 0;
  const uncoveredTerms: string[] = [];
  for (const t of info.terms) {
    if (t === info.focus && info.expect !== 'thing') continue;
    if (tf.has(t)) continue;
    uncovered++;
    uncoveredTerms.push(t);
    maxIdf = Math.max(maxIdf, termWeight(prep, t) / maxW);
    if (!prep.index.df.has(t)) absent++;
  }
  set('uncovered', Math.min(uncovered, 4) / 4);
  set('uncoveredMaxIdf', maxIdf);
  set('absent', Math.min(absent, 2) / 2);
  // Raw question words: names and numbers as written.
  const qWords = x.question.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const sentLower = sent.text.toLowerCase();
  let absentCap = 0;
  let capUncovered = 0;
  let numberAbsent = 0;
  let compareMissing = 0;
  qWords.forEach((w, k) => {
    const bare = w.replace(/[.'’]+$/, '');
    if (/^\p{N}/u.test(bare)) {
      if (!sentLower.includes(bare.toLowerCase())) numberAbsent = 1;
      return;
    }
    const lower = bare.toLowerCase();
    if (k > 0 && /^\p{Lu}/u.test(bare) && lower !== 'i') {
      const s = stem(lower);
      if (!tf.has(s) && !sentLower.includes(lower)) capUncovered++;
      if (!prep.index.df.has(s)) absentCap++;
    }
    if (COMPARE.test(lower) && !NOT_COMPARE.has(lower) && !new RegExp(`\\b${lower}\\b`).test(sentLower)) compareMissing = 1;
  });
  set('absentCap', Math.min(absentCap, 2) / 2);
  set('capUncovered', Math.min(capUncovered, 2) / 2);
  set('numberAbsent', numberAbsent);
  const negQ = NEGATION.test(x.question);
  const negS = NEGATION.test(sent.text);
  set('negQ', negQ ? 1 : 0);
  set('negMismatch', negQ !== negS ? 1 : 0);
  set('compareMissing', compareMissing);
  set('focusMissing', info.focus && !tf.has(info.focus) ? 1 : 0);
  const gaps = [info.gapLeft, info.gapRight].filter((g): g is string => g !== null);
  set('gapMissing', gaps.length && gaps.some((g) => !tf.has(g)) ? 1 : 0);
  if (info.bigrams.size) {
    const stems = sent.tokens.filter((t) => t.isWord).map((t) => t.stem);
    const pairs = new Set<string>();
    for (let k = 0; k + 1 < stems.length; k++) pairs.add(`${stems[k]} ${stems[k + 1]}`);
    // Content words may be separated by one function word in the sentence ("policy of directions").
    for (let k = 0; k + 2 < stems.length; k++) pairs.add(`${stems[k]} ${stems[k + 2]}`);
    let hit = 0;
    for (const b of info.bigrams) if (pairs.has(b)) hit++;
    set('bigramShare', hit / info.bigrams.size);
  } else set('bigramShare', 1);
  set('typeOk', x.typeOk ? 1 : 0);
  set('missingKind', x.missingKind ? 1 : 0);
  let z = 0;
  let second = -Infinity;
  let topSeen = false;
  for (const s of x.scores) {
    z += Math.exp(s - x.best);
    if (s === x.best && !topSeen) topSeen = true;
    else if (s > second) second = s;
  }
  set('spanShare', z > 0 ? 1 / z : 0);
  set('bestRaw', Math.max(-1, Math.min(1, x.best / 10)));
  set('margin', Number.isFinite(second) ? Math.min(4, x.best - second) / 4 : 1);
  const top = x.ranked[0];
  set('rank', top && top.sentence !== evidence.sentence ? 1 : 0);
  set('bm25Ratio', top && top.score > 0 ? evidence.score / top.score : 0);
  const spanWords = x.span.filter((t) => t.isWord);
  if (spanWords.length) {
    const qStems = new Set(info.terms);
    set('spanInQuestion', spanWords.filter((t) => qStems.has(t.stem)).length / spanWords.length);
  }
  set('spanLong', spanWords.length > 6 ? 1 : 0);
  set('terms', Math.min(info.terms.length, 8) / 8);
  const next = x.ranked.find((r) => r.sentence !== evidence.sentence);
  set('coverNext', next ? next.coverage : 0);
  const qTokens = tokenize(x.question);
  wordFeatures(qTokens, sent.tokens, tf, info, set, prep.index.df);
  const spanText = x.span.map((t) => t.text).join(' ');
  set('focusAbsent', info.focus && !prep.index.df.has(info.focus) ? 1 : 0);
  if (info.wh === 'how many' && info.focus) {
    const k = x.span.findIndex((t) => t.cls === Cls.Num);
    const noun = k >= 0 ? x.span.slice(k + 1).find((t) => t.isWord) : undefined;
    set('countOther', noun && noun.stem !== info.focus && tf.has(info.focus) ? 1 : 0);
  }
  set('yearForAmount', info.expect === 'number' && /^\D*(1[5-9]|20)\d\d\D*$/.test(spanText) ? 1 : 0);
  runFeatures(x.question, sent.tokens, x.span, set);
  for (const [name, v] of Object.entries(alignFeatures(x.question, info, prep, evidence.sentence, x.span))) set(name, v);
  for (const [name, v] of Object.entries(contrastFeatures(x))) set(name, v);
  for (const [name, v] of Object.entries(lifeFeatures(x))) set(name, v);
  for (const [name, v] of Object.entries(polarFeatures(x, qTokens))) set(name, v);
  for (const [name, v] of Object.entries(measureFeatures(x.question, info, sent.tokens, x.span, uncoveredTerms))) set(name, v);
  set(`expect:${info.expect}`, 1);
  set(`cov:${info.expect}`, evidence.coverage);
  if (x.news) {
    // The news copy of every base feature (bias becomes the 'news' feature itself).
    for (let k = 0; k < NBASE; k++) f[NBASE + k] = f[k];
  }
  return f;
}

/** Features from the question's own tokens against the sentence's: swapped words, roots, parts of speech. */
function wordFeatures(questionTokens: readonly Token[], sentTokens: readonly Token[], tf: Map<string, number>, info: QuestionInfo, set: (name: string, v: number) => void, df: Map<string, number>): void {
  const qt = questionTokens.filter((t) => t.isWord && !isStop(t.lower) && !WH_WORDS.has(t.lower));
  const prefixes = new Set(sentTokens.filter((t) => t.isWord && t.lower.length >= 4).map((t) => t.lower.slice(0, 4)));
  const covered = qt.map((t) => tf.has(t.stem));
  let swap = 0;
  let hard = 0;
  const byCls = { uncNoun: 0, uncVerb: 0, uncAdj: 0, uncCap: 0, uncNum: 0 };
  qt.forEach((t, k) => {
    if (covered[k] || (t.stem === info.focus && info.expect !== 'thing')) return;
    if (k > 0 && k + 1 < qt.length && covered[k - 1] && covered[k + 1]) swap++;
    if (t.lower.length < 4 || !prefixes.has(t.lower.slice(0, 4))) hard++;
    if (t.cls === Cls.Noun) byCls.uncNoun++;
    else if (t.cls === Cls.Verb || t.cls === Cls.VerbPast || t.cls === Cls.VerbIng) byCls.uncVerb++;
    else if (t.cls === Cls.Adj || t.cls === Cls.Adv) byCls.uncAdj++;
    else if (t.cls === Cls.Cap) byCls.uncCap++;
    else if (t.cls === Cls.Num) byCls.uncNum++;
  });
  set('swap', Math.min(swap, 2) / 2);
  set('absentNoun', Math.min(qt.filter((t) => t.cls === Cls.Noun && !df.has(t.stem)).length, 2) / 2);
  // The hand list's opposites only (antoWN in answerable-contrast.ts reads WordNet's too).
  const sentStems = new Set(sentTokens.filter((t) => t.isWord).map((t) => t.stem));
  set('antonym', qt.some((t) => !sentStems.has(t.stem) && oppositeStems(t.lower, true).some((o) => sentStems.has(o))) ? 1 : 0);
  set('hardUncovered', Math.min(hard, 3) / 3);
  for (const [name, v] of Object.entries(byCls)) set(name, Math.min(v, 2) / 2);
}

/** The longest run of the question's words (any words) that the sentence has in the same order, and whether it touches the span. */
function runFeatures(question: string, sentTokens: readonly Token[], span: readonly Token[], set: (name: string, v: number) => void): void {
  const q = (question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !WH_WORDS.has(w));
  const sw = sentTokens.filter((t) => t.isWord);
  const s = sw.map((t) => t.lower);
  let best = 0;
  let bestEnd = -1;
  // Longest common substring by dynamic programming over words (short inputs).
  let prev = new Uint16Array(s.length + 1);
  for (let i = 1; i <= q.length; i++) {
    const cur = new Uint16Array(s.length + 1);
    for (let j = 1; j <= s.length; j++) {
      if (q[i - 1] === s[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) [best, bestEnd] = [cur[j], j - 1];
      }
    }
    prev = cur;
  }
  set('run', Math.min(best, 6) / 6);
  if (best >= 2 && span.length) {
    const first = sw.indexOf(span.find((t) => t.isWord) ?? span[0]);
    const lastTok = [...span].reverse().find((t) => t.isWord) ?? span[span.length - 1];
    const last = sw.indexOf(lastTok);
    const runStart = bestEnd - best + 1;
    const near = (first >= 0 && first - bestEnd >= 1 && first - bestEnd <= 3) || (last >= 0 && runStart - last >= 1 && runStart - last <= 3);
    set('runNearSpan', near ? 1 : 0);
  }
}

const WH_WORDS = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);

/**
 * Prefix of the second head's weights in a weights table: the probability that the span is right
 * given that the article answers the question (see answerProbability).
 */
export const GIVEN_ANSWERABLE = 'ifAnswerable:';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The model's probability that the answer is right. One head (weights of the feature vector's
 * length): a logistic model of "right" itself. Two heads (twice that length, as the shipped model
 * is): P(the evidence answers the question) times P(the span is right | it does). Factored so the
 * answerability features are fitted against answerable-or-not alone, not diluted by wrong spans of
 * answerable questions (SQuAD 2.0 dev, cross-validated by article: AUC answerable vs not 0.648 ->
 * about 0.68; docs/answers-qa2.md).
 */
export function answerProbability(features: Float64Array, weights: Float64Array): number {
  const n = features.length;
  let z = 0;
  for (let k = 0; k < n; k++) z += features[k] * weights[k];
  if (weights.length < 2 * n) return sigmoid(z);
  let y = 0;
  for (let k = 0; k < n; k++) y += features[k] * weights[n + k];
  return sigmoid(z) * sigmoid(y);
}

/**
 * Weights keyed by feature name (a feature added later starts at zero); a table with keys of the
 * second head (GIVEN_ANSWERABLE + name) gives the two-head model.
 */
export function loadAnswerableWeights(table: Record<string, number>): Float64Array {
  const first = ANSWERABLE_FEATURES.map((n) => table[n] ?? 0);
  if (!Object.keys(table).some((k) => k.startsWith(GIVEN_ANSWERABLE))) return Float64Array.from(first);
  return Float64Array.from([...first, ...ANSWERABLE_FEATURES.map((n) => table[GIVEN_ANSWERABLE + n] ?? 0)]);
}
