/**
 * One line per answerability feature (or the features named): how many held-out qa2 answers it
 * marks, how many of those are unanswerable and how many right, against the whole set.
 *   npx tsx scripts/answerable-stats.ts [name ...]
 */
import { resolve } from 'node:path';
import { ANSWERABLE_FEATURES } from '../src/core/answer/answerable.ts';
import { answerableExamples } from './answerable-cv.ts';
import { readQa } from './qa-data.ts';

function main(args: string[]): void {
  const qa2 = answerableExamples(readQa(resolve('..', 'shared/data/qa2-dev.jsonl'))).filter((e) => e.features && !e.pattern && !e.vetoed);
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(0).padStart(3)}%`;
  const un = qa2.filter((e) => e.impossible).length;
  const right = qa2.filter((e) => e.right).length;
  process.stdout.write(`all ${qa2.length}: unanswerable ${pct(un, qa2.length)} right ${pct(right, qa2.length)}\n`);
  const names = args.length ? args : ANSWERABLE_FEATURES;
  for (const n of names) {
    const k = ANSWERABLE_FEATURES.indexOf(n);
    if (k < 0) continue;
    const on = qa2.filter((e) => e.features![k] > 0);
    const mean = on.reduce((s, e) => s + e.features![k], 0) / Math.max(1, on.length);
    process.stdout.write(
      `${n.padEnd(16)} marks ${String(on.length).padStart(5)} (mean ${mean.toFixed(2)}): unanswerable ${pct(on.filter((e) => e.impossible).length, on.length)} right ${pct(on.filter((e) => e.right).length, on.length)}\n`,
    );
  }
}

main(process.argv.slice(2));
