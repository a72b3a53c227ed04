/**
 * The miss table of issue #11 on encyclopaedia questions, cross-validated: every question of qa-dev
 * (or qa2-dev's answerable ones with --qa2) answered by the span model fitted without its title's
 * fold (scripts/span-folds.ts), every question answered (threshold 0), and each answer that is not
 * an exact match put in one class, with the share of questions and the F1 points it loses:
 *   right sentence, wrong span:
 *     too wide       the answer given holds a gold answer and more
 *     too narrow     the answer given lies inside a gold answer
 *     shifted        overlaps a gold answer, neither inside the other
 *     same type      no overlap, but a span of the gold answer's type (name, number, date, phrase)
 *     other type     no overlap, and of another type
 *   wrong sentence:
 *     neighbour      the gold answer is in the sentence just before or after the quoted one
 *     paraphrase     the gold sentence shares fewer question words than the quoted one (retrieval by words lost)
 *     choice         the gold sentence shares as many question words or more (the model chose another)
 *     across         no single sentence holds a gold answer (it spans a sentence boundary)
 *   npx tsx scripts/qa-span-misses.ts [--qa2] [--seed n] [--list class] [--drop template,template]
 * (--drop: those span-model templates left out of the fold fits, for a before/after table in one run)
 */
import { answerDetailed } from '../src/core/answer/answer.ts';
import { prepareArticle } from '../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../src/core/answer/question-type.ts';
import { best, containsAnswer, contextArticle, exactMatch, f1Score, normalizeAnswer, type QaRow } from './qa-data.ts';
import { heldOutSpanModel, poolRows } from './span-folds.ts';

/** A miss's class (or 'right'). */
export type Miss =
  | 'right'
  | 'span: too wide'
  | 'span: too narrow'
  | 'span: shifted'
  | 'span: same type'
  | 'span: other type'
  | 'sentence: neighbour'
  | 'sentence: paraphrase'
  | 'sentence: choice'
  | 'sentence: across';

const MONTH = /\b(january|february|march|april|may|june|july|august|september|october|november|december|century|centuries|bc|ad)\b/i;

/** Coarse type of an answer string: date, number, name (every word capitalised) or phrase. */
export function answerType(s: string): 'date' | 'number' | 'name' | 'phrase' {
  if (/\b1\d{3}s?\b|\b20\d{2}s?\b/.test(s) || MONTH.test(s)) return 'date';
  if (/\d/.test(s) || /\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|dozen)\b/i.test(s)) return 'number';
  const words = s.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && !/^(of|the|and|de|la|von|van|for|in|on|a)$/.test(w));
  if (words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w))) return 'name';
  return 'phrase';
}

/** Question content stems a sentence shares. */
function shared(prepSentenceStems: Set<string>, terms: readonly string[]): number {
  return terms.filter((t) => prepSentenceStems.has(t)).length;
}

/** Classify one answer. */
export function classify(row: QaRow, pred: string, evidence: string): Miss {
  if (best(exactMatch, pred, row.answers) === 1) return 'right';
  const article = contextArticle(row);
  const prep = prepareArticle(article);
  const sents = prep.sentences;
  const ev = sents.findIndex((s) => s.text === evidence);
  if (evidence && containsAnswer(evidence, row.answers)) {
    const f = best(f1Score, pred, row.answers);
    const p = ` ${normalizeAnswer(pred)} `;
    if (f > 0) {
      if (row.answers.some((g) => p.includes(` ${normalizeAnswer(g)} `))) return 'span: too wide';
      if (row.answers.some((g) => ` ${normalizeAnswer(g)} `.includes(p))) return 'span: too narrow';
      return 'span: shifted';
    }
    return row.answers.some((g) => answerType(g) === answerType(pred)) ? 'span: same type' : 'span: other type';
  }
  const gold = sents.map((s, k) => (containsAnswer(s.text, row.answers) ? k : -1)).filter((k) => k >= 0);
  if (gold.length === 0) return 'sentence: across';
  if (ev >= 0 && gold.some((k) => Math.abs(k - ev) === 1)) return 'sentence: neighbour';
  const terms = analyzeQuestion(row.question).terms;
  const stems = (k: number): Set<string> => new Set(sents[k].tokens.filter((t) => t.isWord).map((t) => t.stem));
  const evShared = ev >= 0 ? shared(stems(ev), terms) : 0;
  const goldShared = Math.max(...gold.map((k) => shared(stems(k), terms)));
  return goldShared < evShared ? 'sentence: paraphrase' : 'sentence: choice';
}

/** One answered question. */
export interface Scored {
  row: QaRow;
  pred: string;
  f1: number;
  miss: Miss;
  evidence: string;
}

/** Answer every row with its held-out span model and classify it. */
export function scoreRows(rows: readonly QaRow[], seed = 0, drop: string[] = []): Scored[] {
  return rows.map((row) => {
    const d = answerDetailed(row.question, contextArticle(row), { ...heldOutSpanModel(row.title, drop.length ? { seed, drop } : { seed }), threshold: 0 });
    const pred = d.span ?? (d.answer.found ? d.answer.answer : '');
    const evidence = d.answer.evidence[0]?.sentence ?? '';
    return { row, pred, f1: best(f1Score, pred, row.answers), miss: classify(row, pred, evidence), evidence };
  });
}

/** The table: each class's questions, share and F1 points lost. */
export function table(name: string, done: readonly Scored[]): string {
  const n = done.length;
  const by = new Map<Miss, { n: number; lost: number }>();
  for (const r of done) {
    const e = by.get(r.miss) ?? { n: 0, lost: 0 };
    e.n++;
    e.lost += 1 - r.f1;
    by.set(r.miss, e);
  }
  const f1 = done.reduce((a, r) => a + r.f1, 0);
  const lines = [`${name}: ${n} questions, F1 ${((100 * f1) / n).toFixed(1)}, EM ${((100 * (by.get('right')?.n ?? 0)) / n).toFixed(1)}`, `| class | questions | share | F1 lost |`, `|---|---:|---:|---:|`];
  const order: Miss[] = ['span: too wide', 'span: too narrow', 'span: shifted', 'span: same type', 'span: other type', 'sentence: neighbour', 'sentence: paraphrase', 'sentence: choice', 'sentence: across'];
  for (const c of order) {
    const e = by.get(c) ?? { n: 0, lost: 0 };
    lines.push(`| ${c} | ${e.n} | ${((100 * e.n) / n).toFixed(1)}% | ${((100 * e.lost) / n).toFixed(1)} |`);
  }
  return lines.join('\n');
}

function main(args: string[]): void {
  const { dev, qa2 } = poolRows();
  const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 0;
  const list = args.includes('--list') ? args[args.indexOf('--list') + 1] : null;
  const drop = args.includes('--drop') ? args[args.indexOf('--drop') + 1].split(',') : [];
  const sets: [string, QaRow[]][] = args.includes('--qa2') ? [['qa2 answerable', qa2]] : [['qa-dev', dev]];
  for (const [name, rows] of sets) {
    const done = scoreRows(rows, seed, drop);
    process.stdout.write(`${table(name, done)}\n`);
    if (!list) continue;
    for (const r of done.filter((x) => x.miss.includes(list))) {
      process.stdout.write(`[${r.miss}] ${r.row.question}\n  gold: ${r.row.answers.join(' | ')}\n  got:  ${r.pred}\n  ev:   ${r.evidence.slice(0, 240)}\n`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`qa-span-misses: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
