/**
 * The answerability model's worst held-out decisions on SQuAD 2.0 dev, for reading: unanswerable
 * questions given the highest confidence, and right answers given the lowest.
 *   npx tsx scripts/answerable-errors.ts [n]
 * Each line: held-out confidence, the question, the span, the evidence sentence.
 */
import { resolve } from 'node:path';
import { answerDetailed } from '../src/core/answer/answer.ts';
import { jointCrossValidation } from './newsqa-data.ts';
import { contextArticle, readQa } from './qa-data.ts';

function main(args: string[]): void {
  const n = Number(args[0] ?? 40);
  const rows = readQa(resolve('..', 'shared/data/qa2-dev.jsonl'));
  const { qa2, p2 } = jointCrossValidation(rows);
  const idx = qa2.map((_, k) => k).filter((k) => qa2[k].features && !qa2[k].pattern && !qa2[k].vetoed);
  const show = (label: string, ks: number[]) => {
    process.stdout.write(`\n## ${label}\n`);
    for (const k of ks) {
      const d = answerDetailed(rows[k].question, contextArticle(rows[k]), { threshold: 0 });
      const ev = d.answer.evidence[0]?.sentence ?? '';
      process.stdout.write(`${p2[k].toFixed(2)} | ${rows[k].question} | ${qa2[k].span} | ${ev}\n`);
    }
  };
  show('unanswerable, highest confidence', idx.filter((k) => qa2[k].impossible).sort((a, b) => p2[b] - p2[a]).slice(0, n));
  show('right answers, lowest confidence', idx.filter((k) => qa2[k].right).sort((a, b) => p2[a] - p2[b]).slice(0, n));
}

main(process.argv.slice(2));
