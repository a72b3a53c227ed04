/**
 * Span-model changes measured against their own ablation in one run: qa-dev and qa2-dev's
 * answerable questions, each answered by the span model and re-ranker fitted without its title's
 * fold (scripts/span-folds.ts), every question answered, for each configuration (templates or
 * re-ranker features left out) and training order. The candidates and features are built once,
 * so the configurations differ only in what the fit may use.
 *   npx tsx scripts/qa-span-ablate.ts [--seeds n] [--from k] [--configs name,name]
 * (--from k: start at training order k, so orders can run in separate processes)
 */
import { answerDetailed } from '../src/core/answer/answer.ts';
import { best, containsAnswer, contextArticle, exactMatch, f1Score } from './qa-data.ts';
import { heldOutSpanModel, heldOutSets, trainingOrders, type PoolOptions } from './span-folds.ts';

/** The configurations: what each leaves out of the fit. */
export const CONFIGS: Record<string, PoolOptions> = {
  // As shipped. A template under trial is measured against { drop: ['name'] }, a re-ranker
  // feature against { rerankDrop: ['name'] } (the fit holds it at zero); session 10 measured
  // the frame template and the subject feature this way (docs/answers-spans-enc.md).
  shipped: {},
  // Session 12: the span model as the average of fits over 3 training orders (not shipped:
  // docs/answers-spans.md, "Session 12").
  bag3: { runs: 3 },
  // Session 11 measured the roles and noun-phrase cut of commit 7634721 with configurations
  // base / roles / agree / chunk here (docs/answers-spans-roles.md); not shipped, so removed.
};

function main(args: string[]): void {
  const names = args.includes('--configs') ? args[args.indexOf('--configs') + 1].split(',') : Object.keys(CONFIGS);
  const sets = heldOutSets();
  for (const seed of trainingOrders(args)) {
    for (const name of names) {
      const cells = sets.map(([set, rows]) => {
        let f1 = 0;
        let em = 0;
        let ev = 0;
        let thr = 0;
        for (const row of rows) {
          const d = answerDetailed(row.question, contextArticle(row), heldOutSpanModel(row.title, { ...CONFIGS[name], seed }));
          const pred = d.span ?? '';
          const f = best(f1Score, pred, row.answers);
          f1 += f;
          thr += d.answer.found ? best(f1Score, d.answer.answer, row.answers) : 0;
          em += best(exactMatch, pred, row.answers);
          ev += containsAnswer(d.answer.evidence[0]?.sentence ?? '', row.answers) ? 1 : 0;
        }
        const pct = (x: number) => ((100 * x) / rows.length).toFixed(1);
        return `${set} F1 ${pct(f1)} EM ${pct(em)} ev ${pct(ev)} thrF1 ${pct(thr)}`;
      });
      process.stdout.write(`order ${seed} ${name.padEnd(8)} ${cells.join(' | ')}\n`);
    }
  }
}

main(process.argv.slice(2));
