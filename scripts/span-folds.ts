/**
 * The span model's training data and its honest held-out copies. The shipped span model and
 * sentence re-ranker are fitted on qa-dev and on qa2-dev's answerable questions together (the
 * "pool"); so wherever a question of either file is scored, or used as an answerability training
 * label, it must be answered by a span model fitted without its article. Titles are dealt into
 * SPAN_FOLDS folds (qa2's articles first, one per fold, then the rest, sorted and round robin);
 * `heldOutSpanModel(title)` is the model of the title's fold, fitted on the other folds, and is
 * fitted once per run (cached in memory, with its training order and options).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnswerOptions } from '../src/core/answer/answer.ts';
import { readQa, type QaRow } from './qa-data.ts';
import { buildExamples, fitBoth, shuffled, type FitOptions, type TrainExample } from './train-qa.ts';

/** Where the pool's files live (beside the checkout; see ../shared/data/SOURCES.md). */
export const QA_DEV_FILE = resolve('..', 'shared/data/qa-dev.jsonl');
export const QA2_FILE = resolve('..', 'shared/data/qa2-dev.jsonl');
/** Number of folds by title. */
export const SPAN_FOLDS = 5;
/**
 * How much a qa2-dev question counts against a qa-dev one in the span and re-ranker fits: qa2's
 * 982 questions come from 5 long articles, qa-dev's 473 from 20 (docs/answers-spans.md).
 */
export const QA2_WEIGHT = 0.4;

type Row = QaRow & { impossible?: boolean };

/** How the pool is made and fitted (experiments; the shipped model uses the defaults). */
export interface PoolOptions extends FitOptions {
  /** Leave qa2-dev out of the training data (qa-dev alone, as before this change). */
  qaDevOnly?: boolean;
  /** Training order: 0 = file order, n > 0 = a deterministic shuffle. */
  seed?: number;
  /** How much a qa2-dev question counts against a qa-dev one in both fits (default QA2_WEIGHT). */
  qa2Weight?: number;
}

let pool: { examples: TrainExample[]; devCount: number; fold: Map<string, number> } | null = null;

/** The two held-out sets the span scripts report on, named as they print them: qa-dev, then qa2-dev's answerable questions. */
export function heldOutSets(): [string, QaRow[]][] {
  const { dev, qa2 } = poolRows();
  return [
    ['qa-dev', dev],
    ['qa2 answerable', qa2],
  ];
}

/** The training orders a span script runs: `--seeds N` of them (default 1) from `--from K` (default 0). */
export function trainingOrders(args: readonly string[]): number[] {
  const seeds = args.includes('--seeds') ? Number(args[args.indexOf('--seeds') + 1]) : 1;
  const from = args.includes('--from') ? Number(args[args.indexOf('--from') + 1]) : 0;
  return Array.from({ length: seeds }, (_, k) => from + k);
}

/** qa-dev's rows and qa2-dev's answerable ones (a question asked twice of one paragraph kept once). */
export function poolRows(devFile = QA_DEV_FILE, qa2File = QA2_FILE): { dev: Row[]; qa2: Row[] } {
  const dev = existsSync(devFile) ? (readQa(devFile) as Row[]) : [];
  const seen = new Set(dev.map((r) => `${r.context}\u0000${r.question}`));
  const qa2 = (existsSync(qa2File) ? (readQa(qa2File) as Row[]) : []).filter((r) => {
    const key = `${r.context}\u0000${r.question}`;
    if (r.impossible || r.answers.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { dev, qa2 };
}

/** Fold of each title: qa2's articles dealt first (so each sits in its own fold), then the rest. */
export function titleFolds(dev: readonly Row[], qa2: readonly Row[], k = SPAN_FOLDS): Map<string, number> {
  const first = [...new Set(qa2.map((r) => r.title))].sort();
  const rest = [...new Set(dev.map((r) => r.title))].filter((t) => !first.includes(t)).sort();
  return new Map([...first, ...rest].map((t, i) => [t, i % k]));
}

function loadPool(): NonNullable<typeof pool> {
  if (pool) return pool;
  const { dev, qa2 } = poolRows();
  pool = { examples: buildExamples([...dev, ...qa2]), devCount: dev.length, fold: titleFolds(dev, qa2) };
  return pool;
}

/** The training examples of the pool (qa-dev first, then qa2's answerable questions), built once. */
export function poolExamples(opts: Pick<PoolOptions, 'qaDevOnly' | 'qa2Weight'> = {}): TrainExample[] {
  const p = loadPool();
  if (opts.qaDevOnly) return p.examples.slice(0, p.devCount);
  const w = opts.qa2Weight ?? QA2_WEIGHT;
  return w === 1 ? p.examples : p.examples.map((e, k) => (k < p.devCount ? e : { ...e, weight: w }));
}

/** The fold of a title, or undefined when the span model never trains on it (news articles, other files). */
export function foldOf(title: string): number | undefined {
  return loadPool().fold.get(title);
}

const models = new Map<string, { weights: Float64Array; rerank: Float64Array }>();

/** The span model and re-ranker fitted without fold `f` (cached for the run). */
export function foldModel(f: number, opts: PoolOptions = {}): { weights: Float64Array; rerank: Float64Array } {
  const { seed = 0, qaDevOnly, qa2Weight, ...fit } = opts;
  const key = `${f}:${seed}:${qaDevOnly ? 1 : 0}:${qa2Weight ?? QA2_WEIGHT}:${JSON.stringify(fit)}`;
  let m = models.get(key);
  if (!m) {
    const p = loadPool();
    const train = poolExamples({ qaDevOnly, qa2Weight }).filter((e) => p.fold.get(e.row.title) !== f);
    m = fitBoth(seed ? shuffled(train, seed) : train, fit);
    models.set(key, m);
  }
  return m;
}

/**
 * Answer options for a question of this title: the span model fitted without the title's fold
 * when the shipped one trained on the title, else nothing (the shipped model never saw it).
 */
export function heldOutSpanModel(title: string, opts: PoolOptions = {}): Pick<AnswerOptions, 'weights' | 'rerank'> {
  const f = foldOf(title);
  return f === undefined ? {} : foldModel(f, opts);
}

/** Drop the cached fits (tests that change the data). */
export function clearSpanFolds(): void {
  models.clear();
  pool = null;
}
