/**
 * Where the span model loses F1 on QA development data, cross-validated by title (one training
 * order, deterministic): `npx tsx scripts/qa-spans-cv.ts [file] [--folds N] [--errors]`.
 * Prints F1/EM answering every question and at the shipped refusal threshold, evidence accuracy
 * against BM25, and the answers that lose F1 split by cause: the wrong sentence, the right sentence
 * but no overlap, a span too long (holds the gold answer and more), too short (inside it), or
 * shifted - overall and by question type.
 */
import { resolve } from 'node:path';
import { answerDetailed } from '../src/core/answer/answer.ts';
import { analyzeQuestion } from '../src/core/answer/question-type.ts';
import { best, containsAnswer, contextArticle, exactMatch, f1Score, normalizeAnswer, readQa, type QaRow } from './qa-data.ts';
import { buildExamples, fitBoth, folds, shuffled } from './train-qa.ts';

/** Why an answer lost F1. */
export type Cause = 'right' | 'wrong sentence' | 'no overlap' | 'too long' | 'too short' | 'shifted';

/** The cause of an answer's lost F1, read from the prediction, the gold answers and the evidence. */
export function cause(pred: string, golds: string[], evidence: string | undefined): Cause {
  if (best(exactMatch, pred, golds) === 1) return 'right';
  if (evidence === undefined || !containsAnswer(evidence, golds)) return 'wrong sentence';
  if (best(f1Score, pred, golds) === 0) return 'no overlap';
  const p = ` ${normalizeAnswer(pred)} `;
  if (golds.some((g) => p.includes(` ${normalizeAnswer(g)} `))) return 'too long';
  if (golds.some((g) => ` ${normalizeAnswer(g)} `.includes(p))) return 'too short';
  return 'shifted';
}

interface Tally {
  n: number;
  f1: number;
  em: number;
  f1Thr: number;
  evidence: number;
  causes: Map<Cause, { n: number; lost: number }>;
}

const empty = (): Tally => ({ n: 0, f1: 0, em: 0, f1Thr: 0, evidence: 0, causes: new Map() });

function kindOf(question: string): string {
  const wh = analyzeQuestion(question).wh;
  return /^how /.test(wh) ? wh : wh === 'whom' || wh === 'whose' ? 'who' : wh;
}

export async function main(args: string[]): Promise<void> {
  const file = args.find((a, k) => !a.startsWith('--') && !/^(--runs|--drop|--folds|--seeds|--power|--rerank-l2|--rerank-it|--extra|--test)$/.test(args[k - 1] ?? '')) ?? resolve('..', 'shared/data/qa-dev.jsonl');
  const fi = args.indexOf('--folds');
  const k = fi >= 0 ? Number(args[fi + 1]) : 5;
  const ri = args.indexOf('--runs');
  const di = args.indexOf('--drop');
  const num = (flag: string): number | undefined => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : undefined);
  const opts = { runs: ri >= 0 ? Number(args[ri + 1]) : 1, drop: di >= 0 ? args[di + 1].split(',') : [], rerankL2: num('--rerank-l2'), rerankIterations: num('--rerank-it') };
  const rows = readQa(file);
  const pi = args.indexOf('--power');
  const examples = buildExamples(rows, pi >= 0 ? Number(args[pi + 1]) : Infinity);
  const all = empty();
  const byType = new Map<string, Tally>();
  const errors: string[] = [];
  const add = (t: Tally, row: QaRow, pred: string, found: boolean, ev: string | undefined): void => {
    const f = best(f1Score, pred, row.answers);
    t.n++;
    t.f1 += f;
    t.em += best(exactMatch, pred, row.answers);
    t.f1Thr += found ? f : 0;
    t.evidence += ev !== undefined && containsAnswer(ev, row.answers) ? 1 : 0;
    const c = cause(pred, row.answers, ev);
    const e = t.causes.get(c) ?? { n: 0, lost: 0 };
    e.n++;
    e.lost += 1 - f;
    t.causes.set(c, e);
  };
  // Extra training questions (answerable ones of another file, titles not in this one), in every training fold only.
  const xi = args.indexOf('--extra');
  const titles = new Set(rows.map((r) => r.title));
  const extra =
    xi >= 0
      ? buildExamples(
          readQa(args[xi + 1]).filter((r) => r.answers.length > 0 && !(r as QaRow & { impossible?: boolean }).impossible && !titles.has(r.title)),
          pi >= 0 ? Number(args[pi + 1]) : Infinity,
        )
      : [];
  const si = args.indexOf('--seeds');
  const seeds = si >= 0 ? Number(args[si + 1]) : 1;
  const perSeed: string[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    const before = { f1: all.f1, em: all.em, thr: all.f1Thr, ev: all.evidence, n: all.n };
    // --test file: fit on all of this file, answer the other file's answerable questions (held out entirely).
    const ti = args.indexOf('--test');
    const split: QaRow[][] =
      ti >= 0 ? [readQa(args[ti + 1]).filter((r) => r.answers.length > 0 && !(r as QaRow & { impossible?: boolean }).impossible)] : [];
    (ti >= 0 ? [split[0].map((row) => ({ row }))] : folds(examples, k, (e) => e.row.title)).forEach((held, f, parts) => {
    const train = ti >= 0 ? [...examples, ...extra] : [...(parts as typeof examples[]).filter((_, g) => g !== f).flat(), ...extra];
    // --shipped: the shipped weights (fitted on all of this file: optimistic, but enough to compare rules that are not fitted).
    const { weights, rerank } = args.includes('--shipped') ? { weights: undefined, rerank: undefined } : fitBoth(seed ? shuffled(train, seed) : train, opts);
    for (const { row } of held) {
      const d = answerDetailed(row.question, contextArticle(row), { weights, rerank });
      const pred = d.span ?? (d.answer.found ? d.answer.answer : '');
      const ev = d.answer.evidence[0]?.sentence;
      add(all, row, pred, d.answer.found, ev);
      const kind = kindOf(row.question);
      if (!byType.has(kind)) byType.set(kind, empty());
      add(byType.get(kind)!, row, pred, d.answer.found, ev);
      if (args.includes('--errors') && best(exactMatch, pred, row.answers) < 1) {
        errors.push(`[${cause(pred, row.answers, ev)}] ${row.question}\n  gold: ${row.answers.join(' | ')}\n  got:  ${pred}\n  ev:   ${ev ?? ''}`);
      }
    }
    });
    const n = all.n - before.n;
    perSeed.push(`seed ${seed}: F1 ${((100 * (all.f1 - before.f1)) / n).toFixed(1)} EM ${((100 * (all.em - before.em)) / n).toFixed(1)} thrF1 ${((100 * (all.f1Thr - before.thr)) / n).toFixed(1)} ev ${((100 * (all.evidence - before.ev)) / n).toFixed(1)}`);
  }
  process.stdout.write(`${perSeed.join('\n')}\n`);
  const pct = (x: number, n: number): string => (n ? ((100 * x) / n).toFixed(1) : '-');
  const out = (label: string, t: Tally): string => {
    const causes = [...t.causes].filter(([c]) => c !== 'right').map(([c, v]) => `${c} ${v.n} (-${pct(v.lost, t.n)})`).join(', ');
    return `${label.padEnd(16)} n=${String(t.n).padEnd(4)} F1 ${pct(t.f1, t.n).padStart(5)} EM ${pct(t.em, t.n).padStart(5)} thrF1 ${pct(t.f1Thr, t.n).padStart(5)} ev ${pct(t.evidence, t.n).padStart(5)}  ${causes}`;
  };
  process.stdout.write(`${out(`cv ${k} folds`, all)}\n`);
  for (const [kind, t] of [...byType].sort((a, b) => b[1].n - a[1].n)) process.stdout.write(`${out(`  ${kind}`, t)}\n`);
  if (errors.length) process.stdout.write(`\n${errors.join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`qa-spans-cv: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
