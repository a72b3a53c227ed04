/**
 * How often an answer read from the sentence after the evidence (answer.ts followOnAnswer,
 * span-news.ts followOnSpan) is right: the figure its fixed confidence stands for. The
 * answerability model cannot judge such a pair (it reads one sentence), so the confidence is the
 * share of these answers that were right, counted here rather than guessed.
 *
 * Right = token F1 >= 0.5 with an expected answer; an answer to a question the article does not
 * answer is wrong. Printed per set, with a 95% Wilson interval, and for the news questions split
 * at --split=N (questions added after the rule was written are held out from its design; the
 * rule has no fitted parameter, so this split, not a fold split, is what keeps the figure honest).
 * Usage: npx tsx scripts/follow-on-rate.ts [--split=939]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerDetailed } from '../src/core/answer/answer.ts';
import { RIGHT_F1 } from './answerable-cv.ts';
import { loadNewsQa } from './newsqa-data.ts';
import { best, contextArticle, f1Score, readQa } from './qa-data.ts';

/** Fewest answers whose share right can stand for their confidence. */
const MIN_CASES = 30;

/** One follow-on answer and whether it was right. */
export interface FollowOnCase {
  set: string;
  id: string;
  right: boolean;
}

/** 95% Wilson interval of k right of n. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/** Every follow-on answer the shipped answerer gives on our news questions and the QA dev sets. */
export function followOnCases(): FollowOnCase[] {
  const out: FollowOnCase[] = [];
  const news = loadNewsQa('.');
  for (const q of news?.questions ?? []) {
    const d = answerDetailed(q.question, news!.articles.get(q.article)!);
    if (!d.followOn) continue;
    out.push({ set: 'news', id: q.id, right: q.answerable && best(f1Score, d.answer.answer, q.answers) >= RIGHT_F1 });
  }
  for (const f of ['qa-dev.jsonl', 'qa2-dev.jsonl']) {
    const path = resolve('..', 'shared/data', f);
    if (!existsSync(path)) continue;
    for (const row of readQa(path)) {
      const d = answerDetailed(row.question, contextArticle(row));
      if (!d.followOn) continue;
      out.push({ set: f.replace('.jsonl', ''), id: row.id, right: row.answers.length > 0 && best(f1Score, d.answer.answer, row.answers) >= RIGHT_F1 });
    }
  }
  return out;
}

function main(args: string[]): void {
  const cases = followOnCases();
  const split = Number(args.find((a) => a.startsWith('--split='))?.slice('--split='.length));
  const line = (name: string, cs: readonly FollowOnCase[]): string => {
    const k = cs.filter((c) => c.right).length;
    const [lo, hi] = wilson(k, cs.length);
    return `  ${name.padEnd(28)} ${String(k).padStart(3)} right of ${String(cs.length).padStart(3)}  ${cs.length ? ((100 * k) / cs.length).toFixed(1) : '-'}%  (95%: ${(100 * lo).toFixed(0)}-${(100 * hi).toFixed(0)}%)\n`;
  };
  const news = cases.filter((c) => c.set === 'news');
  let out = 'Follow-on answers (the answer read from the sentence after the evidence):\n';
  out += line('news questions', news);
  if (Number.isInteger(split) && split > 0) {
    const n = (c: FollowOnCase) => Number(c.id.replace(/^\D+/, ''));
    out += line(`  news 1-${split}`, news.filter((c) => n(c) <= split));
    out += line(`  news ${split + 1}- (held out)`, news.filter((c) => n(c) > split));
  }
  for (const set of ['qa-dev', 'qa2-dev']) out += line(set, cases.filter((c) => c.set === set));
  out += line('all', cases);
  const all = cases.filter((c) => c.right).length / Math.max(1, cases.length);
  // Below 30 answers the interval spans the hedge and confident bands: the share is no calibration.
  out +=
    cases.length >= MIN_CASES
      ? `\nConfidence to give them (the share right over all sets, two decimals): ${all.toFixed(2)}\n`
      : `\nToo few (${cases.length} < ${MIN_CASES}) to set their confidence from the share right (${all.toFixed(2)}): the shipped value stays if the interval holds it.\n`;
  for (const c of cases) if (args.includes('--list')) out += `  ${c.set} ${c.id} ${c.right ? 'right' : 'wrong'}\n`;
  process.stdout.write(out);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
