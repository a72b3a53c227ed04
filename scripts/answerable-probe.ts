/**
 * Does a new answerability feature earn its place? Measured against the same run's baseline:
 * every configuration is the same examples with some columns zeroed (answerable-select.ts), each
 * cross-validated by article and recalibrated as shipped, under several dealings of the articles
 * into folds (the fit itself is deterministic, so the fold dealing is what moves the figures).
 *   npx tsx scripts/answerable-probe.ts [--cache=FILE] [--dealings=3] [--stats] [--each] [--off=a,b] [feature ...]
 * --off: features zeroed in every configuration, baseline included (other candidates of the same
 * module measured on their own).
 * The examples (the slow part: every question answered once) are cached in FILE when given, so a
 * second run with the same features reads them back. Prints per configuration and dealing: nested
 * SQuAD-2 F1 (threshold chosen on the other articles), the best threshold's F1, AUC right vs rest
 * and answerable vs not, and the log-loss of "right"; then the mean difference against the
 * baseline and on how many qa2 articles it helps (paired: per article of qa2, its own F1 at its
 * nested threshold and its log-loss).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ANSWERABLE_FEATURES } from '../src/core/answer/answerable.ts';
import { LIFE_FEATURES } from '../src/core/answer/answerable-life.ts';
import { answerableExamples, auc, bestThreshold, crossCalibrated, crossValidated, logLoss, squad2, type AnswerableExample } from './answerable-cv.ts';
import { columns, masked } from './answerable-select.ts';
import { nestedDecisions } from './eval-qa2.ts';
import { newsExamples, shippedWeighting } from './newsqa-data.ts';
import { readQa } from './qa-data.ts';

interface Cached {
  names: readonly string[];
  nQa2: number;
  examples: (Omit<AnswerableExample, 'features'> & { features: number[] | null })[];
}

function load(file: string | undefined): { all: AnswerableExample[]; nQa2: number } {
  if (file && existsSync(file)) {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Cached;
    if (c.names.join() === ANSWERABLE_FEATURES.join()) {
      return { nQa2: c.nQa2, all: c.examples.map((e) => ({ ...e, features: e.features ? Float64Array.from(e.features) : null })) };
    }
  }
  const { qa2, news } = shippedWeighting(answerableExamples(readQa(resolve('..', 'shared/data/qa2-dev.jsonl'))), newsExamples(1) ?? []);
  const all = [...qa2, ...news];
  if (file) {
    const c: Cached = { names: ANSWERABLE_FEATURES, nQa2: qa2.length, examples: all.map((e) => ({ ...e, features: e.features ? [...e.features] : null })) };
    writeFileSync(file, JSON.stringify(c));
  }
  return { all, nQa2: qa2.length };
}

/** A stable string hash (FNV-1a), to deal the articles into folds in another order. */
function hash(s: string): number {
  let h = 2166136261;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h >>> 0;
}

/** The same examples with group names that sort in another order (dealing 0 keeps them). */
function dealt(all: readonly AnswerableExample[], d: number): AnswerableExample[] {
  if (d === 0) return [...all];
  return all.map((e) => ({ ...e, group: `${hash(`${d}:${e.group}`).toString(36).padStart(7, '0')}|${e.group}` }));
}

interface Figures {
  nested: number;
  best: number;
  aucRight: number;
  aucAns: number;
  loss: number;
  /** Per qa2 article: F1 at the threshold chosen on the others, and log-loss. */
  perArticle: Map<string, { f1: number; loss: number }>;
  p2: Float64Array;
}

function figures(all: AnswerableExample[], nQa2: number): Figures {
  const p = crossCalibrated(all, crossValidated(all));
  const qa2 = all.slice(0, nQa2);
  const p2 = p.slice(0, nQa2);
  const decided = nestedDecisions(qa2, p2);
  const perArticle = new Map<string, { f1: number; loss: number }>();
  for (const g of new Set(qa2.map((e) => e.group))) {
    const idx = qa2.map((e, k) => (e.group === g ? k : -1)).filter((k) => k >= 0);
    const ex = idx.map((k) => qa2[k]);
    perArticle.set(g.split('|').pop()!, {
      f1: squad2(ex, Float64Array.from(idx, (k) => decided[k]), 0.5).f1,
      loss: logLoss(ex, Float64Array.from(idx, (k) => p2[k])),
    });
  }
  return {
    nested: squad2(qa2, decided, 0.5).f1,
    best: squad2(qa2, p2, bestThreshold(qa2, p2)).f1,
    aucRight: auc(qa2, p2, (e) => e.right),
    aucAns: auc(qa2, p2, (e) => !e.impossible),
    loss: logLoss(all, p),
    perArticle,
    p2,
  };
}

const fmt = (f: Figures): string =>
  `nested ${f.nested.toFixed(2)}  best ${f.best.toFixed(2)}  AUC ${f.aucRight.toFixed(3)}/${f.aucAns.toFixed(3)}  log-loss ${f.loss.toFixed(4)}`;

function stats(all: AnswerableExample[], nQa2: number, names: readonly string[]): void {
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(0).padStart(3)}%`;
  for (const [label, set] of [
    ['qa2', all.slice(0, nQa2)],
    ['news', all.slice(nQa2)],
  ] as const) {
    const ex = set.filter((e) => e.features && !e.pattern && !e.vetoed);
    process.stdout.write(`${label} ${ex.length} modelled answers: unanswerable ${pct(ex.filter((e) => e.impossible).length, ex.length)} right ${pct(ex.filter((e) => e.right).length, ex.length)}\n`);
    for (const n of names) {
      const k = ANSWERABLE_FEATURES.indexOf(n);
      const on = ex.filter((e) => e.features![k] > 0);
      process.stdout.write(`  ${n.padEnd(14)} marks ${String(on.length).padStart(4)}: unanswerable ${pct(on.filter((e) => e.impossible).length, on.length)} right ${pct(on.filter((e) => e.right).length, on.length)}\n`);
    }
  }
}

function main(args: string[]): void {
  const t0 = Date.now();
  const cache = args.find((a) => a.startsWith('--cache='))?.slice(8);
  const dealings = Number(args.find((a) => a.startsWith('--dealings='))?.slice(11) ?? 3);
  const { all, nQa2 } = load(cache);
  process.stdout.write(`examples ready (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  const wanted = args.filter((a) => !a.startsWith('--'));
  const candidates = wanted.length ? wanted : [...LIFE_FEATURES];
  if (args.includes('--stats')) stats(all, nQa2, candidates);
  // Baseline: every candidate zeroed; then each alone; then all together.
  const always = args.find((a) => a.startsWith('--off='))?.slice(6).split(',').filter(Boolean) ?? [];
  const configs: [string, string[]][] = (
    [
      ['baseline (candidates off)', candidates],
      ...(candidates.length > 1 ? candidates.map((c): [string, string[]] => [`+ ${c}`, candidates.filter((x) => x !== c)]) : []),
      ['+ all candidates', []],
    ] as [string, string[]][]
  ).map(([label, off]) => [label, [...off, ...always]]);
  const base: Figures[] = [];
  for (const [label, off] of configs) {
    const rows: Figures[] = [];
    for (let d = 0; d < dealings; d++) rows.push(figures(dealt(masked(all, columns(off)), d), nQa2));
    if (!base.length) base.push(...rows);
    const mean = (f: (x: Figures) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
    const diff = (f: (x: Figures) => number) => rows.reduce((s, r, d) => s + f(r) - f(base[d]), 0) / rows.length;
    // Paired by article: in how many (article, dealing) pairs the nested F1 / log-loss improved.
    let f1Up = 0;
    let f1Down = 0;
    let lossUp = 0;
    let pairs = 0;
    rows.forEach((r, d) => {
      for (const [g, v] of r.perArticle) {
        const b = base[d].perArticle.get(g)!;
        pairs++;
        if (v.f1 > b.f1 + 1e-9) f1Up++;
        if (v.f1 < b.f1 - 1e-9) f1Down++;
        if (v.loss < b.loss - 1e-9) lossUp++;
      }
    });
    process.stdout.write(
      `${label.padEnd(28)} mean over ${dealings} dealings: nested ${mean((x) => x.nested).toFixed(2)} (${diff((x) => x.nested) >= 0 ? '+' : ''}${diff((x) => x.nested).toFixed(2)})  ` +
        `best ${mean((x) => x.best).toFixed(2)} (${diff((x) => x.best).toFixed(2)})  AUC ${mean((x) => x.aucRight).toFixed(3)} (${diff((x) => x.aucRight).toFixed(3)}) / ` +
        `${mean((x) => x.aucAns).toFixed(3)} (${diff((x) => x.aucAns).toFixed(3)})  log-loss ${mean((x) => x.loss).toFixed(4)} (${diff((x) => x.loss).toFixed(4)})  ` +
        `article-dealings: F1 up ${f1Up} down ${f1Down}, log-loss better ${lossUp} of ${pairs}\n`,
    );
    if (args.includes('--each')) rows.forEach((r, d) => process.stdout.write(`    dealing ${d}: ${fmt(r)}\n`));
  }
  process.stdout.write(`(${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
