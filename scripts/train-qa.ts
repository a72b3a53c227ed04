/**
 * Fit the answer-span model and the sentence re-ranker on QA development data (qa-dev and qa2-dev's
 * answerable questions: scripts/span-folds.ts) and ship the weights:
 *   npx tsx scripts/train-qa.ts [--write]
 * The span model is a listwise logistic regression (softmax over one question's candidate spans)
 * whose target is the candidate(s) with the best F1 against the gold answer; the re-ranker, a
 * softmax over the question's top sentences whose target is those holding a gold answer. Fitting is
 * deterministic (fixed order, no sampling) so the shipped weights can be reproduced.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignQuestion } from '../src/core/answer/align.ts';
import { candidates, score, type CandidateSet } from '../src/core/answer/candidates.ts';
import { prepareArticle } from '../src/core/answer/prepare.ts';
import { NFEATURES, OFFSETS, TEMPLATES } from '../src/core/answer/templates.ts';
import { NEXPECT } from '../src/core/answer/question-type.ts';
import { rerankTable, weightTable } from '../src/core/answer/model.ts';
import { analyzeQuestion } from '../src/core/answer/question-type.ts';
import { best, containsAnswer, f1Score, paragraphArticles, type QaRow } from './qa-data.ts';
import type { Article } from '../src/core/types.ts';
import { NRERANK, RERANK_FEATURES, sentenceFeatures, spanMass, withSpanMass } from '../src/core/answer/rerank.ts';

export interface TrainExample {
  row: QaRow;
  set: CandidateSet;
  /** Soft target over candidates (sums to 1), or null when no candidate overlaps the answer. */
  target: Float64Array | null;
  /** How much this example counts (synthetic ones count less); default 1. */
  weight?: number;
  /** Re-ranker features of each top sentence, and which of them hold a gold answer. */
  sentFeatures: Float64Array[];
  sentGold: boolean[];
  /** Each candidate's best token F1 against the gold answers (for held-out scoring). */
  f1?: Float64Array;
}

export interface FitOptions {
  epochs?: number;
  l2?: number;
  rate?: number;
  /** L2 multiplier for the per-answer-kind copies of crossed features (default 10). */
  crossedL2?: number;
  /** Average this many fits over shuffled example orders (default 1). */
  runs?: number;
  /** Templates left out entirely (for ablation). */
  drop?: string[];
  /** Crossed templates that keep only their shared (not per-answer-kind) values. */
  shared?: string[];
  /** Sentence re-ranker: L2 and full-batch iterations (fitRerank's defaults when absent). */
  rerankL2?: number;
  rerankIterations?: number;
  /** Re-ranker features held at zero (for ablation), by name (rerank.ts RERANK_FEATURES). */
  rerankDrop?: string[];
}

/** Which features may take a weight under the options. */
function allowedMask(opts: FitOptions): Uint8Array {
  const allowed = new Uint8Array(NFEATURES).fill(1);
  for (const [name, size] of TEMPLATES) {
    const o = OFFSETS[name];
    if (opts.drop?.includes(name)) allowed.fill(0, o, o + size);
    if (opts.shared?.includes(name) && size % (NEXPECT + 1) === 0) {
      for (let k = 0; k < size; k++) if (k % (NEXPECT + 1) !== NEXPECT) allowed[o + k] = 0;
    }
  }
  return allowed;
}

/** Candidates and targets for each row (its article a bare context paragraph unless `articleOf` gives one). */
export function buildExamples(rows: QaRow[], power = Infinity, articleOf: (row: QaRow) => Article = paragraphArticles()): TrainExample[] {
  return rows.map((row) => {
    const article = articleOf(row);
    const prep = prepareArticle(article);
    const q = alignQuestion(analyzeQuestion(row.question), prep);
    const set = candidates(prep, q, article.dateline.date !== null);
    const sentFeatures = sentenceFeatures(prep, q, set);
    const sentGold = set.top.map((t) => containsAnswer(prep.sentences[t.sentence].text, row.answers));
    const f1 = set.candidates.map((c) => {
      const s = prep.sentences[c.sentence];
      return best(f1Score, s.text.slice(s.tokens[c.i].start, s.tokens[c.j].end), row.answers);
    });
    const top = Math.max(0, ...f1);
    const spanF1 = Float64Array.from(f1);
    if (top <= 0) return { row, set, target: null, sentFeatures, sentGold, f1: spanF1 };
    const target = new Float64Array(f1.length);
    let n = 0;
    f1.forEach((v, k) => {
      // The best candidates, or (with a finite power) every overlapping one by its F1.
      const t = power === Infinity ? (v >= top - 1e-9 ? 1 : 0) : Math.pow(v / top, power);
      target[k] = t;
      n += t;
    });
    for (let k = 0; k < target.length; k++) target[k] /= n;
    return { row, set, target, sentFeatures, sentGold, f1: spanF1 };
  });
}

/**
 * Listwise logistic regression with AdaGrad and L2; with `runs` > 1, the average of that many
 * fits over differently ordered examples (bagging by order: less variance, same bias).
 */
export function fit(examples: TrainExample[], opts: FitOptions = {}): Float64Array {
  const runs = opts.runs ?? 1;
  if (runs <= 1) return fitOnce(examples, opts);
  const avg = new Float64Array(NFEATURES);
  for (let r = 0; r < runs; r++) {
    const w = fitOnce(shuffled(examples, r + 1), opts);
    for (let k = 0; k < NFEATURES; k++) avg[k] += w[k] / runs;
  }
  return avg;
}

/** A deterministic shuffle (xorshift seeded by `seed`). */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  let x = seed * 2654435761 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = Math.abs(x) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function fitOnce(examples: TrainExample[], opts: FitOptions): Float64Array {
  const epochs = opts.epochs ?? 8;
  const l2 = opts.l2 ?? 0.015;
  const rate = opts.rate ?? 0.2;
  const w = new Float64Array(NFEATURES);
  const g2 = new Float64Array(NFEATURES).fill(1e-6);
  const grad = new Float64Array(NFEATURES);
  const touched: number[] = [];
  const allowed = allowedMask(opts);
  const reg = new Float64Array(NFEATURES).fill(l2);
  // The per-kind copies see few questions each: they are held closer to zero than the shared ones.
  const crossedL2 = opts.crossedL2 ?? 10;
  if (crossedL2 !== 1) {
    for (const [name, size] of TEMPLATES) {
      if (size % (NEXPECT + 1) !== 0) continue;
      for (let k = 0; k < size; k++) if (k % (NEXPECT + 1) !== NEXPECT) reg[OFFSETS[name] + k] = l2 * crossedL2;
    }
  }
  const seen = new Uint8Array(NFEATURES);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of examples) {
      if (!ex.target) continue;
      const { set, target } = ex;
      const weight = ex.weight ?? 1;
      const n = set.candidates.length;
      const s = new Float64Array(n);
      let max = -Infinity;
      for (let k = 0; k < n; k++) {
        const c = set.candidates[k];
        let v = 0;
        for (let f = c.fstart; f < c.fend; f++) v += w[set.features[f]];
        s[k] = v;
        if (v > max) max = v;
      }
      let z = 0;
      for (let k = 0; k < n; k++) z += (s[k] = Math.exp(s[k] - max));
      for (let k = 0; k < n; k++) {
        const d = weight * (s[k] / z - target[k]);
        if (Math.abs(d) < 1e-7) continue;
        const c = set.candidates[k];
        for (let f = c.fstart; f < c.fend; f++) {
          const id = set.features[f];
          if (!allowed[id]) continue;
          if (!seen[id]) {
            seen[id] = 1;
            touched.push(id);
          }
          grad[id] += d;
        }
      }
      for (const id of touched) {
        const g = grad[id] + reg[id] * w[id];
        g2[id] += g * g;
        w[id] -= (rate * g) / Math.sqrt(g2[id]);
        grad[id] = 0;
        seen[id] = 0;
      }
      touched.length = 0;
    }
  }
  return w;
}

/**
 * Fit the sentence re-ranker: softmax over each question's top sentences, the target spread
 * over those that hold a gold answer (questions where all or none do teach nothing), by full-batch
 * gradient descent with L2, so the result does not depend on the order of the examples.
 */
export function fitRerank(examples: TrainExample[], opts: { l2?: number; iterations?: number; rate?: number; drop?: string[] } = {}): Float64Array {
  const dropped = (opts.drop ?? []).map((name) => RERANK_FEATURES.indexOf(name)).filter((k) => k >= 0);
  const l2 = opts.l2 ?? 0.01;
  const rate = opts.rate ?? 0.5;
  const w = new Float64Array(NRERANK);
  const useful = examples.filter((e) => e.sentGold.some(Boolean) && !e.sentGold.every(Boolean));
  if (useful.length === 0) return w;
  const grad = new Float64Array(NRERANK);
  // Examples count by their weight (1 unless set), as in the span model's fit.
  let total = 0;
  for (const e of useful) total += e.weight ?? 1;
  // (Plain loops over one scratch array: the same sums in the same order as map/reduce, so the
  // same weights, without allocating arrays per example and iteration - 400 iterations of each fold's fit.)
  const gold = useful.map((e) => e.sentGold.filter(Boolean).length);
  const p = new Float64Array(Math.max(...useful.map((e) => e.sentFeatures.length)));
  for (let it = 0; it < (opts.iterations ?? 400); it++) {
    grad.fill(0);
    for (let u = 0; u < useful.length; u++) {
      const e = useful[u];
      const n = e.sentFeatures.length;
      let m = -Infinity;
      for (let k = 0; k < n; k++) {
        const f = e.sentFeatures[k];
        let v = 0;
        for (let j = 0; j < f.length; j++) v = v + f[j] * w[j];
        p[k] = v;
        if (v > m) m = v;
      }
      let z = 0;
      for (let k = 0; k < n; k++) z = z + (p[k] = Math.exp(p[k] - m));
      for (let k = 0; k < n; k++) {
        const f = e.sentFeatures[k];
        const d = (e.weight ?? 1) * (p[k] / z - (e.sentGold[k] ? 1 / gold[u] : 0));
        for (let j = 0; j < NRERANK; j++) grad[j] += d * f[j];
      }
    }
    for (let j = 0; j < NRERANK; j++) w[j] -= rate * (grad[j] / total + l2 * w[j]);
    for (const j of dropped) w[j] = 0;
  }
  return w;
}

/**
 * Examples whose re-ranker features carry the span model's belief in each sentence, as a
 * span model that never saw the question would hold it (inner cross-validation by title).
 */
export function withStack(examples: TrainExample[], k = 4, fitOpts: FitOptions = {}): TrainExample[] {
  const parts = folds(examples, k, (e) => e.row.title);
  const out = new Map<TrainExample, TrainExample>();
  parts.forEach((held, f) => {
    const w = fit(parts.filter((_, g) => g !== f).flat(), fitOpts);
    for (const e of held) {
      const scores = Float64Array.from(e.set.candidates, (c) => score(e.set, c, w));
      const feats = e.sentFeatures.map((x) => x.slice());
      out.set(e, { ...e, sentFeatures: e.set.candidates.length ? withSpanMass(feats, spanMass(e.set, scores)) : feats });
    }
  });
  return examples.map((e) => out.get(e)!);
}

/**
 * Both models from one training set: the span model, and the sentence re-ranker fitted on
 * features that carry an inner-cross-validated span model's belief in each sentence.
 */
export function fitBoth(examples: TrainExample[], opts: FitOptions = {}): { weights: Float64Array; rerank: Float64Array } {
  return { weights: fit(examples, opts), rerank: fitRerank(withStack(examples, 4, opts), { l2: opts.rerankL2, iterations: opts.rerankIterations, drop: opts.rerankDrop }) };
}

/** Split rows into k folds by group (all questions of one title stay together). */
export function folds<T>(items: T[], k: number, group: (t: T) => string): T[][] {
  const groups = [...new Set(items.map(group))].sort();
  const out: T[][] = Array.from({ length: k }, () => []);
  const foldOf = new Map(groups.map((g, i) => [g, i % k]));
  for (const it of items) out[foldOf.get(group(it))!].push(it);
  return out;
}

export async function main(args: string[]): Promise<void> {
  // The pool: qa-dev and qa2-dev's answerable questions (scripts/span-folds.ts, which also gives
  // every evaluation the copies fitted without each fold of titles).
  const { poolExamples, poolRows } = await import('./span-folds.ts');
  const { dev, qa2 } = poolRows();
  if (dev.length === 0) throw new Error('no training data: ../shared/data/qa-dev.jsonl is not here');
  const { weights: w, rerank } = fitBoth(poolExamples());
  if (args.includes('--write')) {
    const body = JSON.stringify(weightTable(w));
    writeFileSync(
      resolve('src/core/answer/weights.ts'),
      `/** Generated by scripts/train-qa.ts from ${dev.length} qa-dev and ${qa2.length} answerable qa2-dev questions: do not edit by hand. */\n` +
        `import type { RerankTable, WeightTable } from './tables.ts';\n\nexport const ANSWER_WEIGHTS: WeightTable = ${body};\n\n` +
        `export const RERANK_WEIGHTS: RerankTable = ${JSON.stringify(rerankTable(rerank))};\n`,
    );
    process.stdout.write(`wrote src/core/answer/weights.ts (${dev.length} + ${qa2.length} questions)\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`train-qa: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
