/**
 * Does fitting the sentence re-ranker (and, separately, the span model) with our news questions
 * help? Measured honestly, by fold: the pool's titles (scripts/span-folds.ts titleFolds) and the
 * news stories are each dealt into SPAN_FOLDS folds; fold f's qa-dev, qa2 and news questions are
 * scored by models fitted without any of them. Prints, for the span model alone (no fixed
 * patterns, no answerability), the share whose chosen sentence holds a gold answer and whose
 * chosen span is right (token F1 >= 0.5), and qa-dev's mean F1:
 *   npx tsx scripts/rerank-news-cv.ts [--news-weight 0.5,1] [--drop name,name] [--configs a,b]
 * Configurations: shipped (the shipped tables: held out for news only), base (pool-only fold
 * fits, as span-folds.ts), rerank+news (span model as base; re-ranker fitted on the pool and the
 * other folds' news questions, their span-mass features from the base span model, which never saw
 * news), both+news (span model and re-ranker fitted on both).
 */
import { score } from '../src/core/answer/candidates.ts';
import { loadRerankWeights, loadWeights } from '../src/core/answer/model.ts';
import { rerankScores, spanMass, withSpanMass } from '../src/core/answer/rerank.ts';
import { ANSWER_WEIGHTS, RERANK_WEIGHTS } from '../src/core/answer/weights.ts';
import { loadNewsQa } from './newsqa-data.ts';
import type { QaRow } from './qa-data.ts';
import { poolExamples, poolRows, SPAN_FOLDS, titleFolds } from './span-folds.ts';
import { buildExamples, fit, fitRerank, withStack, type FitOptions, type TrainExample } from './train-qa.ts';

/** How one example comes out under a span model and a re-ranker: chosen sentence right, span F1. */
export function heldOutScore(e: TrainExample, weights: Float64Array, rerank: Float64Array): { sentence: boolean; f1: number } {
  const { set } = e;
  if (set.candidates.length === 0) return { sentence: false, f1: 0 };
  const scores = Float64Array.from(set.candidates, (c) => score(set, c, weights));
  const mass = spanMass(set, scores);
  const rs = rerankScores(withSpanMass(e.sentFeatures.map((f) => f.slice()), mass), rerank);
  const at = new Map(set.top.map((t, k) => [t.sentence, k]));
  let bestK = 0;
  let bestV = -Infinity;
  set.candidates.forEach((c, k) => {
    const s = at.get(c.sentence)!;
    const v = scores[k] + rs[s] - mass[s];
    if (v > bestV) [bestV, bestK] = [v, k];
  });
  return { sentence: e.sentGold[at.get(set.candidates[bestK].sentence)!], f1: e.f1?.[bestK] ?? 0 };
}

/** The answerable news questions as training examples, each story its own group (title = article key). */
export function newsTrainExamples(): TrainExample[] {
  const data = loadNewsQa();
  if (!data) return [];
  const rows: QaRow[] = data.questions.filter((q) => q.answerable).map((q) => ({ id: q.id, title: q.article, context: '', question: q.question, answers: q.answers }));
  return buildExamples(rows, Infinity, (r) => data.articles.get(r.title)!);
}

/** Stories dealt round robin into k folds, sorted by key. */
export function storyFolds(news: readonly TrainExample[], k = SPAN_FOLDS): Map<string, number> {
  return new Map([...new Set(news.map((e) => e.row.title))].sort().map((t, i) => [t, i % k]));
}

type Model = { weights: Float64Array; rerank: Float64Array };

function arg(args: string[], name: string, dflt: string): string {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : dflt;
}

export function main(args: string[]): void {
  const t0 = Date.now();
  const { dev, qa2 } = poolRows();
  const pool = poolExamples();
  const news = newsTrainExamples();
  const qaFold = titleFolds(dev, qa2);
  const newsFold = storyFolds(news);
  const devIds = new Set(dev.map((r) => r.id));
  const drop = arg(args, '--drop', '').split(',').filter(Boolean);
  const weightsOf = arg(args, '--news-weight', '1').split(',').map(Number);
  const configs = arg(args, '--configs', 'shipped,base,rerank+news,both+news').split(',');
  process.stdout.write(`pool ${pool.length} (qa-dev ${dev.length}), news answerable ${news.length} on ${newsFold.size} stories; ${SPAN_FOLDS} folds; built in ${((Date.now() - t0) / 1000).toFixed(0)}s\n`);
  const fitOpts: FitOptions = drop.length ? { rerankDrop: drop } : {};
  const shipped: Model = { weights: loadWeights(ANSWER_WEIGHTS), rerank: loadRerankWeights(RERANK_WEIGHTS) };

  // Per fold: the pool-only span model and the pool's stacked re-ranker examples (fitted once).
  const folds = new Map<number, { base: Model; stack: TrainExample[] }>();
  const foldBase = (f: number) => {
    let v = folds.get(f);
    if (!v) {
      const poolTrain = pool.filter((e) => qaFold.get(e.row.title) !== f);
      const stack = withStack(poolTrain, 4, fitOpts);
      v = { base: { weights: fit(poolTrain, fitOpts), rerank: fitRerank(stack, { drop }) }, stack };
      folds.set(f, v);
    }
    return v;
  };
  const modelFor = (config: string, w: number, f: number): Model => {
    if (config === 'shipped') return shipped;
    const newsTrain = news.filter((e) => newsFold.get(e.row.title) !== f).map((e) => ({ ...e, weight: w }));
    if (config === 'both+news') {
      const train = [...pool.filter((e) => qaFold.get(e.row.title) !== f), ...newsTrain];
      return { weights: fit(train, fitOpts), rerank: fitRerank(withStack(train, 4, fitOpts), { drop }) };
    }
    const { base, stack } = foldBase(f);
    if (config === 'base') return base;
    if (config === 'rerank+news') {
      // News examples' span mass from the pool-only span model (it never saw any news question).
      const stackedNews = newsTrain.map((e) => {
        const scores = Float64Array.from(e.set.candidates, (c) => score(e.set, c, base.weights));
        const feats = e.sentFeatures.map((x) => x.slice());
        return { ...e, sentFeatures: e.set.candidates.length ? withSpanMass(feats, spanMass(e.set, scores)) : feats };
      });
      return { weights: base.weights, rerank: fitRerank([...stack, ...stackedNews], { drop }) };
    }
    throw new Error(`unknown configuration ${config}`);
  };

  const oracle = news.filter((x) => x.sentGold.some(Boolean)).length;
  process.stdout.write('config                 | news sent / span right | qa-dev sent / span / F1 | qa2 sent / span\n');
  for (const config of configs) {
    for (const w of config.endsWith('+news') ? weightsOf : [0]) {
      const tally = { n: [0, 0, 0], d: [0, 0, 0, 0], q: [0, 0, 0] };
      for (let f = 0; f < SPAN_FOLDS; f++) {
        const m = modelFor(config, w, f);
        for (const e of news) {
          if (newsFold.get(e.row.title) !== f) continue;
          const r = heldOutScore(e, m.weights, m.rerank);
          tally.n[0]++;
          tally.n[1] += r.sentence ? 1 : 0;
          tally.n[2] += r.f1 >= 0.5 ? 1 : 0;
        }
        for (const e of pool) {
          if (qaFold.get(e.row.title) !== f) continue;
          const r = heldOutScore(e, m.weights, m.rerank);
          const t = devIds.has(e.row.id) ? tally.d : tally.q;
          t[0]++;
          t[1] += r.sentence ? 1 : 0;
          t[2] += r.f1 >= 0.5 ? 1 : 0;
          if (t === tally.d) tally.d[3] += r.f1;
        }
      }
      const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
      const name = `${config}${w ? ` w=${w}` : ''}`.padEnd(22);
      process.stdout.write(
        `${name} | ${pct(tally.n[1], tally.n[0])} / ${pct(tally.n[2], tally.n[0])} (${tally.n[2]}/${tally.n[0]}) | ` +
          `${pct(tally.d[1], tally.d[0])} / ${pct(tally.d[2], tally.d[0])} / ${((100 * tally.d[3]) / tally.d[0]).toFixed(1)} | ${pct(tally.q[1], tally.q[0])} / ${pct(tally.q[2], tally.q[0])}` +
          `${config === 'shipped' ? '  (qa: fitted on it)' : ''}  [${((Date.now() - t0) / 1000).toFixed(0)}s]\n`,
      );
    }
  }
  process.stdout.write(`news questions with a gold answer in some top sentence (the re-ranker's ceiling): ${oracle}/${news.length}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`rerank-news-cv: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
