/**
 * `npm run eval -- qa2 [file]`: SQuAD 2.0-style answers on questions of which about half have no
 * answer in the paragraph. Cross-validated by article (each article's questions decided by an
 * answerability model fitted on the other articles, the refusal threshold chosen on the other
 * articles too), against the always-refuse baseline of the same run; the refuse/answer curve;
 * and a calibration table (confidence bins against how often the answer is right).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readQa, type QaRow } from './qa-data.ts';
import { answersAt } from '../src/core/answer/calibration.ts';
import { answerableExamples, auc, bestThreshold, calibration, crossValidateConfig, foldsOf, shippedFileData, SHIPPED_CONFIG, squad2, type AnswerableExample, type CrossValidatedConfig } from './answerable-cv.ts';
import { newsExamples } from './newsqa-data.ts';
import { REFUSE_BELOW } from '../src/core/answer/answer.ts';
import { decisions, figuresLine, guardOf, ruleFigures, score, SHIPPED_THRESHOLDS, stepOneLine, type RuleData, type Thresholds } from './answerable-rule.ts';

const pct = (x: number): string => (100 * x).toFixed(1);

/**
 * Per held-out fold of articles (answerable-folds.ts: with qa2-dev's 5 articles, one article a
 * fold), the single threshold with the best qa2 F1 on the other folds' held-out probabilities.
 */
export function nestedDecisions(examples: AnswerableExample[], p: Float64Array): Float64Array {
  // Probabilities pushed below/above a per-fold threshold: 1 = answer, 0 = refuse.
  const out = new Float64Array(p.length);
  const foldOf = foldsOf(examples);
  for (const f of new Set(foldOf.values())) {
    const idx = examples.map((e, k) => (foldOf.get(e.group) === f ? -1 : k)).filter((k) => k >= 0);
    const t = bestThreshold(
      idx.map((k) => examples[k]),
      Float64Array.from(idx, (k) => p[k]),
    );
    examples.forEach((e, k) => {
      if (foldOf.get(e.group) === f) out[k] = answersAt(p[k], t) ? 1 : 0;
    });
  }
  return out;
}

/**
 * What the training script's rule (scripts/answerable-rule.ts) sees of a configuration at
 * thresholds `t`, on the one cross-validation both use: the three sets' figures, what step 1 checks
 * (the news guard it sets from these figures and, given `shippedNow`, the weights file's in-sample
 * ones; the qa-dev floor), the issue's 90% apart, and the margins it compares. The line the evaluation prints for the
 * shipped configuration; after a refit it is the rule's chosen line.
 */
export function ruleView(cv: CrossValidatedConfig, t: Thresholds, shippedNow?: RuleData): string {
  const f = ruleFigures(cv.data, t);
  // Step 1's guard as scripts/train-answerable.ts sets it: what ships, cross-validated (these figures) and as it ships (the weights file in-sample).
  const now = shippedNow ? ruleFigures(shippedNow, t) : undefined;
  const guard = guardOf(f, now);
  const s = score(f, cv.data, guard);
  return (
    `${figuresLine(f)}\n  ${stepOneLine(f, cv.data, guard)}` +
    (now ? ` (as it ships, the weights file in-sample: news refused ${pct(now.newsRefused)}% / right ${pct(now.newsRight)}%: the guard a refit must keep)` : '') +
    `\n  margins ${s.margins.map((m) => m.toFixed(2)).join(', ')} ` +
    `(worst ${s.worst.toFixed(2)}, sum ${s.sum.toFixed(2)}); worst calibration bin ${(100 * cv.gap).toFixed(1)} points`
  );
}

export async function main(args: string[]): Promise<void> {
  const file = args.find((a) => !a.startsWith('--')) ?? resolve('..', 'shared/data/qa2-dev.jsonl');
  const rows = readQa(file) as (QaRow & { impossible?: boolean })[];
  const t0 = Date.now();
  // The one cross-validation the training script's rule chooses on (scripts/answerable-cv.ts), for the shipped configuration;
  // qa-dev (beside this file) as the rule scores it, when it is here.
  const devFile = resolve(dirname(file), 'qa-dev.jsonl');
  const dev = existsSync(devFile) ? answerableExamples(readQa(devFile)) : [];
  const sets = { qa2: answerableExamples(rows), news: newsExamples(1) ?? [], dev };
  const cv = crossValidateConfig(sets);
  const { qa2: examples, news, pQa2: p } = { ...cv.data, qa2: [...cv.data.qa2] };
  const groups = new Set(rows.map((r) => r.title)).size;
  process.stdout.write(
    `SQuAD-2 evaluation on ${file}: ${rows.length} questions, ${examples.filter((e) => e.impossible).length} unanswerable, ${groups} articles\n` +
      `(answerability cross-validated by article as shipped: fitted with our ${news.length} news questions too, each question scored by a model ` +
      `that never saw its article, recalibrated on the other half of the articles; span model and re-ranker fitted without its article, scripts/span-folds.ts)\n\n`,
  );
  const line = (label: string, s: ReturnType<typeof squad2>) =>
    `${label.padEnd(44)} F1 ${s.f1.toFixed(1).padStart(5)}  EM ${s.em.toFixed(1).padStart(5)}  answerable F1 ${s.hasF1.toFixed(1).padStart(5)}  ` +
    `answered ${pct(s.answered).padStart(5)}%  unanswerable refused ${pct(s.refused).padStart(5)}%\n`;
  const refuseAll = squad2(examples, p, 0, 'refuse');
  process.stdout.write(line('baseline: always refuse', refuseAll));
  process.stdout.write(line('baseline: always answer (every span given)', squad2(examples, p, 0, 'answer')));
  const nested = squad2(examples, nestedDecisions(examples, p), 0.5);
  process.stdout.write(line('cross-validated (threshold chosen per fold)', nested));
  // The shipped answerer's decision: its threshold for text that is not news copy (two of qa2's paragraphs are news copy, at the news threshold).
  const shipped = squad2(examples, decisions(examples, p, SHIPPED_THRESHOLDS), 0.5);
  process.stdout.write(line(`cross-validated at the shipped threshold ${REFUSE_BELOW}`, shipped));
  process.stdout.write(
    `  over always-refuse: ${(nested.f1 - refuseAll.f1).toFixed(1)} F1 points per fold, ${(shipped.f1 - refuseAll.f1).toFixed(1)} at the shipped threshold; AUC of confidence, right answer vs rest ${auc(examples, p, (e) => e.right).toFixed(3)}, ` +
      `answerable vs not ${auc(examples, p, (e) => !e.impossible).toFixed(3)}\n\n`,
  );

  process.stdout.write(
    `The shipped configuration as scripts/train-answerable.ts's rule sees it (the same cross-validation; ${JSON.stringify(SHIPPED_CONFIG.fit)}, news share ${SHIPPED_CONFIG.share}, ` +
      `${SHIPPED_CONFIG.calibration === 'source' ? 'one table per kind of text' : 'one table'}, thresholds ${SHIPPED_THRESHOLDS.plain} / news ${SHIPPED_THRESHOLDS.news}; qa-dev by the model fitted on every training article):\n  ${ruleView(cv, SHIPPED_THRESHOLDS, shippedFileData(sets))}\n\n`,
  );

  process.stdout.write('Refuse/answer curve (cross-validated confidence):\n  threshold  unanswerable refused  answerable answered  F1\n');
  for (const t of [0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8]) {
    const s = squad2(examples, p, t);
    process.stdout.write(`  ${t.toFixed(2).padStart(9)}  ${pct(s.refused).padStart(19)}%  ${pct(s.answered).padStart(18)}%  ${s.f1.toFixed(1).padStart(5)}\n`);
  }
  process.stdout.write('\nCalibration (cross-validated; right = token F1 >= 0.5 with a gold answer):\n  confidence   answers  mean conf.  right\n');
  for (const b of calibration(examples, p)) {
    if (!b.n) continue;
    process.stdout.write(`  ${b.lo.toFixed(1)}-${b.hi.toFixed(1)}   ${String(b.n).padStart(7)}  ${pct(b.mean).padStart(9)}%  ${pct(b.right).padStart(5)}%\n`);
  }
  process.stdout.write(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}
