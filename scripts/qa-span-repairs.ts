/**
 * The news span repairs (src/core/answer/span-news.ts) on encyclopaedia questions, cross-validated:
 * qa-dev and qa2-dev's answerable questions answered by the span model fitted without their
 * title's fold (scripts/span-folds.ts), with the repairs off and on (as shipped: any text
 * written with capitals); F1 and EM answering every question, evidence accuracy, and the
 * answers the repairs change.
 *   npx tsx scripts/qa-span-repairs.ts [--list]
 */
import { answerDetailed, type AnswerOptions } from '../src/core/answer/answer.ts';
import { best, containsAnswer, contextArticle, exactMatch, f1Score } from './qa-data.ts';
import { heldOutSpanModel, poolRows } from './span-folds.ts';

type Mode = AnswerOptions['newsSpans'];

function main(args: string[]): void {
  const { dev, qa2 } = poolRows();
  const modes: [string, Mode][] = [
    ['off', false],
    ['on (shipped)', true],
  ];
  for (const [name, rows] of [
    ['qa-dev', dev],
    ['qa2 answerable', qa2],
  ] as const) {
    const spans = modes.map(() => [] as string[]);
    const line = modes.map(([label, mode], m) => {
      let f1 = 0;
      let em = 0;
      let ev = 0;
      for (const row of rows) {
        const d = answerDetailed(row.question, contextArticle(row), { ...heldOutSpanModel(row.title), newsSpans: mode, threshold: 0 });
        const pred = d.span ?? '';
        spans[m].push(pred);
        f1 += best(f1Score, pred, row.answers);
        em += best(exactMatch, pred, row.answers);
        ev += containsAnswer(d.answer.evidence[0]?.sentence ?? '', row.answers) ? 1 : 0;
      }
      const pct = (x: number) => ((100 * x) / rows.length).toFixed(1);
      return `  ${label.padEnd(20)} F1 ${pct(f1)} EM ${pct(em)} evidence ${pct(ev)}%`;
    });
    process.stdout.write(`${name} (${rows.length} questions, held-out span model, every question answered)\n${line.join('\n')}\n`);
    if (!args.includes('--list')) continue;
    rows.forEach((row, k) => {
      if (spans[1][k] === spans[0][k]) return;
      const f = (s: string) => best(f1Score, s, row.answers).toFixed(2);
      process.stdout.write(`    ${row.question} | ${spans[0][k]} (${f(spans[0][k])}) -> ${spans[1][k]} (${f(spans[1][k])}) | gold ${row.answers[0]}\n`);
    });
  }
}

main(process.argv.slice(2));
