/**
 * Where the span model loses F1, cross-validated by title on qa-dev and on qa2-dev's answerable
 * questions, each answered by a span model and re-ranker fitted without its fold of titles
 * (scripts/span-folds.ts; training on both files unless --qa-dev-only):
 *   npx tsx scripts/qa-spans-cv.ts [--seeds N] [--errors] [--drop tmpl,tmpl] [--qa-dev-only] [--qa2-weight w] [--rerank-l2 x] [--rerank-it n]
 * Prints F1/EM answering every question and at the shipped refusal threshold, evidence accuracy,
 * per training order and their mean, and the answers that lose F1 split by cause: the wrong
 * sentence, the right sentence but no overlap, a span too long (holds the gold answer and more),
 * too short (inside it), or shifted - overall and by question type.
 */
import { answerDetailed } from '../src/core/answer/answer.ts';
import { analyzeQuestion } from '../src/core/answer/question-type.ts';
import { best, containsAnswer, contextArticle, exactMatch, f1Score, normalizeAnswer, type QaRow } from './qa-data.ts';
import { heldOutSpanModel, poolRows, SPAN_FOLDS, type PoolOptions } from './span-folds.ts';

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
  const num = (flag: string): number | undefined => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : undefined);
  const di = args.indexOf('--drop');
  const fit: PoolOptions = { drop: di >= 0 ? args[di + 1].split(',') : undefined, rerankL2: num('--rerank-l2'), rerankIterations: num('--rerank-it'), qaDevOnly: args.includes('--qa-dev-only') || undefined, qa2Weight: num('--qa2-weight') };
  const { dev, qa2 } = poolRows();
  const sets: [string, QaRow[]][] = [
    ['qa-dev', dev],
    ['qa2 answerable', qa2],
  ];
  const seeds = num('--seeds') ?? 1;
  const errors: string[] = [];
  const perSeed: string[] = [];
  const totals = sets.map(() => ({ all: empty(), byType: new Map<string, Tally>() }));
  for (let seed = 0; seed < seeds; seed++) {
    sets.forEach(([name, rows], s) => {
      const t = empty();
      for (const row of rows) {
        // The span model and re-ranker fitted without this question's fold of titles (cached per fold and order).
        const d = answerDetailed(row.question, contextArticle(row), heldOutSpanModel(row.title, { ...fit, seed }));
        const pred = d.span ?? (d.answer.found ? d.answer.answer : '');
        const ev = d.answer.evidence[0]?.sentence;
        add(t, row, pred, d.answer.found, ev);
        add(totals[s].all, row, pred, d.answer.found, ev);
        const kind = kindOf(row.question);
        if (!totals[s].byType.has(kind)) totals[s].byType.set(kind, empty());
        add(totals[s].byType.get(kind)!, row, pred, d.answer.found, ev);
        if (seed === 0 && s === 0 && args.includes('--errors') && best(exactMatch, pred, row.answers) < 1) {
          errors.push(`[${cause(pred, row.answers, ev)}] ${row.question}\n  gold: ${row.answers.join(' | ')}\n  got:  ${pred}\n  ev:   ${ev ?? ''}`);
        }
      }
      perSeed.push(`order ${seed} ${name.padEnd(15)} F1 ${pct(t.f1, t.n)} EM ${pct(t.em, t.n)} thrF1 ${pct(t.f1Thr, t.n)} ev ${pct(t.evidence, t.n)}`);
    });
  }
  process.stdout.write(`training: ${fit.qaDevOnly ? 'qa-dev only' : 'qa-dev + qa2 answerable'}, ${SPAN_FOLDS} folds by title${fit.drop ? `, without ${fit.drop.join(',')}` : ''}\n${perSeed.join('\n')}\n`);
  sets.forEach(([name], s) => {
    process.stdout.write(`${out(`${name} (mean)`, totals[s].all)}\n`);
    for (const [kind, t] of [...totals[s].byType].sort((a, b) => b[1].n - a[1].n)) process.stdout.write(`${out(`  ${kind}`, t)}\n`);
  });
  if (errors.length) process.stdout.write(`\n${errors.join('\n')}\n`);
}

function add(t: Tally, row: QaRow, pred: string, found: boolean, ev: string | undefined): void {
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
}

const pct = (x: number, n: number): string => (n ? ((100 * x) / n).toFixed(1) : '-');

function out(label: string, t: Tally): string {
  const causes = [...t.causes].filter(([c]) => c !== 'right').map(([c, v]) => `${c} ${v.n} (-${pct(v.lost, t.n)})`).join(', ');
  return `${label.padEnd(22)} n=${String(t.n).padEnd(4)} F1 ${pct(t.f1, t.n).padStart(5)} EM ${pct(t.em, t.n).padStart(5)} thrF1 ${pct(t.f1Thr, t.n).padStart(5)} ev ${pct(t.evidence, t.n).padStart(5)}  ${causes}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`qa-spans-cv: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
