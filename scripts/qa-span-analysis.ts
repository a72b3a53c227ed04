/**
 * Where the span model's F1 goes, on held-out folds: every answerable question of qa-dev and
 * qa2-dev is answered by the span model and re-ranker fitted without its title's fold
 * (scripts/span-folds.ts), and each answer that is not an exact match is put in one class:
 *   pattern        answered by a fixed news pattern, not the span model
 *   (a) sentence   the quoted sentence holds no gold answer (split: a gold sentence among the top
 *                  three BM25 sentences the model reads, or none there: retrieval)
 *   (b) recall     the quoted sentence holds the answer but no candidate span equals it
 *   (c) ranking    a candidate equals the answer, the answer given shares no word with it
 *   (d) boundary   a candidate equals the answer, the answer given overlaps it (too long / too
 *                  short / shifted; "refine" when the chosen candidate itself was right and
 *                  the repairs of span.ts / span-bounds.ts / lists moved it)
 * with the F1 points each class loses. Usage:
 *   npx tsx scripts/qa-span-analysis.ts [--seed n] [--examples class] [--qa-dev-only] [--drop tmpl,tmpl] [--sharpness 1,2]
 */
import { alignQuestion } from '../src/core/answer/align.ts';
import { answerDetailed, type AnswerOptions } from '../src/core/answer/answer.ts';
import { candidates, score } from '../src/core/answer/candidates.ts';
import { expectedF1Choice } from '../src/core/answer/choice.ts';
import { prepareArticle } from '../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../src/core/answer/question-type.ts';
import { rerankSpans } from '../src/core/answer/rerank.ts';
import { best, containsAnswer, contextArticle, exactMatch, f1Score, normalizeAnswer, type QaRow } from './qa-data.ts';
import { heldOutSpanModel, poolRows, type PoolOptions } from './span-folds.ts';

/** The class of a miss (or 'right'). */
export type MissClass = 'right' | 'pattern' | 'sentence: retrieval' | 'sentence: choice' | 'recall' | 'ranking' | 'boundary: refine' | 'boundary: too long' | 'boundary: too short' | 'boundary: shifted';

/** One question's analysis. */
export interface Analysed {
  row: QaRow;
  pred: string;
  f1: number;
  cls: MissClass;
  /** Rank (0 = best) of the best exact candidate among all candidates, or -1. */
  goldRank: number;
  /** The chosen candidate's own text (before repairs). */
  raw: string;
  evidence: string;
}

/** Classify one answerable question answered with the given span model. */
export function analyse(row: QaRow, model: ReturnType<typeof heldOutSpanModel>, opts: AnswerOptions = {}): Analysed {
  const article = contextArticle(row);
  const d = answerDetailed(row.question, article, { ...opts, ...model });
  const pred = d.span ?? (d.answer.found ? d.answer.answer : '');
  const f1 = best(f1Score, pred, row.answers);
  const evidence = d.answer.evidence[0]?.sentence ?? '';
  const prep = prepareArticle(article);
  const q = alignQuestion(analyzeQuestion(row.question), prep);
  const set = candidates(prep, q, false);
  const scores = Float64Array.from(set.candidates, (c) => score(set, c, model.weights!));
  if (model.rerank) rerankSpans(prep, q, set, scores, model.rerank);
  const text = (k: number): string => {
    const c = set.candidates[k];
    const s = prep.sentences[c.sentence];
    return s.text.slice(s.tokens[c.i].start, s.tokens[c.j].end);
  };
  const order = Array.from(scores.keys()).sort((a, b) => scores[b] - scores[a]);
  const goldRank = order.findIndex((k) => best(exactMatch, text(k), row.answers) === 1);
  const chosen = expectedF1Choice(set.candidates, scores, prep, undefined, opts.mbrSharpness);
  const raw = chosen ? text(set.candidates.indexOf(chosen)) : '';
  const out = { row, pred, f1, goldRank, raw, evidence };
  if (best(exactMatch, pred, row.answers) === 1) return { ...out, cls: 'right' };
  if (d.features === null && d.span !== null) return { ...out, cls: 'pattern' };
  if (!evidence || !containsAnswer(evidence, row.answers)) {
    const inTop = set.top.some((t) => containsAnswer(prep.sentences[t.sentence].text, row.answers));
    return { ...out, cls: inTop ? 'sentence: choice' : 'sentence: retrieval' };
  }
  // Exact candidates in the quoted sentence.
  const here = order.filter((k) => prep.sentences[set.candidates[k].sentence].text === evidence && best(exactMatch, text(k), row.answers) === 1);
  if (here.length === 0) return { ...out, cls: 'recall' };
  if (f1 === 0) return { ...out, cls: 'ranking' };
  if (best(exactMatch, raw, row.answers) === 1) return { ...out, cls: 'boundary: refine' };
  const p = ` ${normalizeAnswer(pred)} `;
  if (row.answers.some((g) => p.includes(` ${normalizeAnswer(g)} `))) return { ...out, cls: 'boundary: too long' };
  if (row.answers.some((g) => ` ${normalizeAnswer(g)} `.includes(p))) return { ...out, cls: 'boundary: too short' };
  return { ...out, cls: 'boundary: shifted' };
}

/** Print the shares of each class, per file. */
export function report(name: string, rows: Analysed[]): string {
  const n = rows.length;
  const by = new Map<MissClass, { n: number; lost: number }>();
  let f1 = 0;
  for (const r of rows) {
    f1 += r.f1;
    const e = by.get(r.cls) ?? { n: 0, lost: 0 };
    e.n++;
    e.lost += 1 - r.f1;
    by.set(r.cls, e);
  }
  const lines = [`${name}: n=${n} F1 ${((100 * f1) / n).toFixed(1)} (lost ${((100 * (n - f1)) / n).toFixed(1)})`];
  for (const [c, e] of [...by].sort((a, b) => b[1].lost - a[1].lost)) {
    if (c === 'right') continue;
    lines.push(`  ${c.padEnd(22)} ${String(e.n).padStart(4)} questions (${((100 * e.n) / n).toFixed(1)}%)  F1 lost ${((100 * e.lost) / n).toFixed(1)}`);
  }
  const ranks = rows.filter((r) => r.cls === 'ranking').map((r) => r.goldRank);
  if (ranks.length) {
    ranks.sort((a, b) => a - b);
    lines.push(`  ranking: the gold candidate's median rank ${ranks[ranks.length >> 1]}, in the top 5 for ${ranks.filter((r) => r < 5).length} of ${ranks.length}`);
  }
  return lines.join('\n');
}

export function main(args: string[]): void {
  const num = (flag: string): number | undefined => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : undefined);
  const di = args.indexOf('--drop');
  const fit: PoolOptions = { seed: num('--seed') ?? 0, qaDevOnly: args.includes('--qa-dev-only') || undefined, drop: di >= 0 ? args[di + 1].split(',') : undefined };
  const { dev, qa2 } = poolRows();
  const show = args.includes('--examples') ? args[args.indexOf('--examples') + 1] : null;
  // --sharpness a,b,c: the expected-overlap choice's score scale, each with the same fold models.
  const sharp = args.includes('--sharpness') ? args[args.indexOf('--sharpness') + 1].split(',').map(Number) : [undefined];
  for (const [name, rows] of [['qa-dev', dev], ['qa2 answerable', qa2]] as const) for (const mbrSharpness of sharp) {
    const done = rows.map((row) => analyse(row, heldOutSpanModel(row.title, fit), { mbrSharpness }));
    process.stdout.write(`${report(`${name}${mbrSharpness === undefined ? '' : ` (sharpness ${mbrSharpness})`}`, done)}\n`);
    if (show) {
      for (const r of done.filter((x) => x.cls.startsWith(show)).slice(0, 60)) {
        process.stdout.write(`  [${r.cls}] ${r.row.question}\n    gold: ${r.row.answers.join(' | ')}\n    got:  ${r.pred}   (raw: ${r.raw}; gold rank ${r.goldRank})\n    ev:   ${r.evidence.slice(0, 220)}\n`);
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`qa-span-analysis: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
