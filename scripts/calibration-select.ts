/**
 * Choose the isotonic calibration's minimum block size (src/core/answer/calibration.ts
 * ISOTONIC_MIN_BLOCK), printing the figures behind the choice:
 *   npx tsx scripts/calibration-select.ts [--sizes 1,10,20,40,80]
 * The answerability model's cross-validated probabilities (qa2-dev and our news questions, by
 * article, as scripts/train-answerable.ts and the calibration test compute them), recalibrated
 * with each block size on the other half of the articles; for each: held-out log-loss of "right",
 * the worst gap between confidence and share right over the bins of 20+ answers (the test's
 * check), and the same over the other split of the articles into halves (steadiness).
 */
import { resolve } from 'node:path';
import { answerableExamples, calibration, CALIBRATION_MIN_N, crossCalibrated, crossValidated, logLoss, type AnswerableExample } from './answerable-cv.ts';
import { newsExamples, shippedWeighting } from './newsqa-data.ts';
import { readQa } from './qa-data.ts';

/** Log-loss differences smaller than this are a tie (about the change one answer makes). */
const LOSS_TIE = 0.0005;

/** The worst |confidence - share right| over bins of CALIBRATION_MIN_N+ answers. */
export function worstGap(examples: readonly AnswerableExample[], p: Float64Array): { gap: number; bin: string } {
  let gap = 0;
  let bin = '';
  for (const b of calibration(examples, p)) {
    if (b.n < CALIBRATION_MIN_N) continue;
    const g = Math.abs(b.mean - b.right);
    if (g > gap) [gap, bin] = [g, `${b.lo.toFixed(1)}-${b.hi.toFixed(1)} n=${b.n}`];
  }
  return { gap, bin };
}

/** The same examples with the article groups renamed so the alternate halves swap (a second split). */
function otherSplit(examples: readonly AnswerableExample[]): AnswerableExample[] {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  // Groups sorted and dealt alternately: shifting names by one place deals each to the other half of its neighbours.
  const rename = new Map(groups.map((g, i) => [g, `${String(Math.floor(i / 2)).padStart(5, '0')}-${(i % 2) ^ (Math.floor(i / 2) % 2)}-${g}`]));
  return examples.map((e) => ({ ...e, group: rename.get(e.group)! }));
}

async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--sizes');
  const sizes = at >= 0 ? args[at + 1].split(',').map(Number) : [1, 10, 20, 30, 40, 60, 80];
  const { qa2, news } = shippedWeighting(answerableExamples(readQa(resolve('..', 'shared/data/qa2-dev.jsonl'))), newsExamples(1) ?? []);
  const all = [...qa2, ...news];
  const raw = crossValidated(all);
  const other = otherSplit(all);
  process.stdout.write('min block  log-loss  worst gap (bin)              other split: log-loss  worst gap\n');
  const scores: { m: number; loss: number; gap: number }[] = [];
  for (const m of sizes) {
    const p = crossCalibrated(all, raw, m);
    const q = crossCalibrated(other, raw, m);
    const a = worstGap(all, p);
    const b = worstGap(other, q);
    process.stdout.write(
      `${String(m).padStart(9)}  ${logLoss(all, p).toFixed(4)}    ${(100 * a.gap).toFixed(1).padStart(4)} (${a.bin})`.padEnd(60) +
        `${logLoss(other, q).toFixed(4)}    ${(100 * b.gap).toFixed(1).padStart(4)} (${b.bin})\n`,
    );
    scores.push({ m, loss: (logLoss(all, p) + logLoss(other, q)) / 2, gap: (a.gap + b.gap) / 2 });
  }
  // Lowest log-loss over both splits; sizes within LOSS_TIE of it are told apart by the mean worst gap.
  const bestLoss = Math.min(...scores.map((s) => s.loss));
  const pick = scores.filter((s) => s.loss <= bestLoss + LOSS_TIE).reduce((a, b) => (b.gap < a.gap ? b : a));
  process.stdout.write(`chosen minimum block ${pick.m} (lowest mean log-loss ${bestLoss.toFixed(4)}; within ${LOSS_TIE} of it, the lowest mean worst gap ${(100 * pick.gap).toFixed(1)} points)\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`calibration-select: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
