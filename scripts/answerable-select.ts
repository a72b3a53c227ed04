/**
 * Which answerability features and which regularisation earn their place, measured the way the
 * figures are reported: each feature group switched off in turn (its columns zeroed, so the fit
 * never uses them), every model cross-validated by article on SQuAD 2.0 dev and our news
 * questions together, recalibrated on the other half of the articles.
 *   npx tsx scripts/answerable-select.ts [--l2]
 * Prints per configuration: qa2 F1 with the threshold chosen on the other articles, the best
 * threshold's F1, AUC (right vs rest; answerable vs not), and the news set's cross-validated
 * refusals and right answers at the thresholds the training rule would choose (scripts/answerable-rule.ts).
 */
import { resolve } from 'node:path';
import { ANSWERABLE_FEATURES } from '../src/core/answer/answerable.ts';
import { CONTRAST_FEATURES } from '../src/core/answer/answerable-contrast.ts';
import { answerableExamples, auc, type FitOptions, bestThreshold, crossCalibrated, crossValidated, squad2, type AnswerableExample } from './answerable-cv.ts';
import { nestedDecisions } from './eval-qa2.ts';
import { newsExamples, shippedWeighting } from './newsqa-data.ts';
import { readQa } from './qa-data.ts';
import { chooseThresholds } from './answerable-rule.ts';

/** Feature groups by name prefix/exact name (the news copy and crosses of a feature go with it). */
export const GROUPS: Record<string, readonly string[]> = {
  anto: ['antoWN', 'antoNear'],
  closed: CONTRAST_FEATURES.filter((n) => n.startsWith('ccq:') || n.startsWith('ccs:') || n === 'ccMiss'),
  exclusion: ['exclusion', 'whNeg'],
  rare: ['rareMiss', 'rareMissNear', 'rareInSpanWin'],
  swap: ['yearSwap', 'numSwap', 'capSwapPara'],
  margins: ['bm25Margin', 'covMargin', 'covTie'],
  whKind: ['whCapMiss', 'whNumMiss'],
  qLong: ['qLong'],
};

/** Columns of the named features, their news copies and crosses. */
export function columns(names: readonly string[]): number[] {
  const want = new Set(names);
  return ANSWERABLE_FEATURES.map((n, k) => {
    const base = n.startsWith('news:') ? n.slice(5) : n.startsWith('x:') ? n.split(':').slice(2).join(':') : n;
    return want.has(n) || (want.has(base) && !n.startsWith('x:')) ? k : -1;
  }).filter((k) => k >= 0);
}

/** The examples with some columns zeroed. */
export function masked(examples: readonly AnswerableExample[], cols: readonly number[]): AnswerableExample[] {
  if (!cols.length) return [...examples];
  return examples.map((e) => {
    if (!e.features) return e;
    const f = Float64Array.from(e.features);
    for (const k of cols) f[k] = 0;
    return { ...e, features: f };
  });
}

/** The figures of one configuration. */
export function measure(all: AnswerableExample[], nQa2: number, fit: FitOptions = {}): string {
  const p = crossCalibrated(all, crossValidated(all, fit));
  const qa2 = all.slice(0, nQa2);
  const news = all.slice(nQa2);
  const p2 = p.subarray(0, nQa2);
  const pn = p.subarray(nQa2);
  const nested = squad2(qa2, nestedDecisions(qa2, p2), 0.5);
  const bt = bestThreshold(qa2, p2);
  // The thresholds the training rule would choose (without qa-dev, which this script does not answer).
  const { thresholds: t, figures: f } = chooseThresholds({ qa2, pQa2: p2, news, pNews: pn, dev: [], pDev: new Float64Array(0) });
  return (
    `nested ${nested.f1.toFixed(2)}  best ${squad2(qa2, p2, bt).f1.toFixed(2)}@${bt}  AUC ${auc(qa2, p2, (e) => e.right).toFixed(3)}/${auc(qa2, p2, (e) => !e.impossible).toFixed(3)}  ` +
    `shipT ${t.plain}/${t.news} qa2 ${f.qa2F1.toFixed(1)}  news ${(100 * f.newsRefused).toFixed(1)}%/${(100 * f.newsRight).toFixed(1)}%`
  );
}

async function main(args: string[]): Promise<void> {
  const t0 = Date.now();
  const { qa2, news } = shippedWeighting(answerableExamples(readQa(resolve('..', 'shared/data/qa2-dev.jsonl'))), newsExamples(1) ?? []);
  const all = [...qa2, ...news];
  process.stdout.write(`examples ready (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  const allNew = Object.values(GROUPS).flat();
  const configs: [string, string[]][] = [
    ['without the new features (last round)', allNew],
    ['all new features', []],
    ...Object.entries(GROUPS).map(([g, names]): [string, string[]] => [`without ${g}`, [...names]]),
    ...Object.entries(GROUPS).map(([g, names]): [string, string[]] => [`old + ${g} only`, allNew.filter((n) => !names.includes(n))]),
  ];
  const only = args.find((a) => a.startsWith('--only='))?.slice(7);
  // --drop=a,b: groups left out of every configuration below (the baseline for --l2 and --gain).
  const drop = (args.find((a) => a.startsWith('--drop='))?.slice(7).split(',') ?? []).flatMap((g) => GROUPS[g] ?? []);
  const fit: FitOptions = {};
  const base = masked(all, columns(drop));
  for (const [label, off] of configs) {
    if (only === undefined || !label.includes(only)) continue;
    process.stdout.write(`${label.padEnd(40)} ${measure(masked(all, columns([...off, ...drop])), qa2.length)}\n`);
  }
  if (args.includes('--gain')) {
    for (const ww of [0, 0.25, 0.5, 1]) process.stdout.write(`gain target, wrong x${String(ww).padEnd(22)} ${measure(base, qa2.length, { target: 'gain', wrongWeight: ww })}\n`);
  }
  if (args.includes('--l2')) {
    for (const l2 of [0.0001, 0.0005, 0.002, 0.005, 0.02]) process.stdout.write(`l2 ${String(l2).padEnd(37)} ${measure(base, qa2.length, { ...fit, l2 })}\n`);
  }
  process.stdout.write(`(${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`answerable-select: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
