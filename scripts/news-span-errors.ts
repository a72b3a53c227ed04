/**
 * Where the span model goes wrong on our news follow-up questions (tests/fixtures/news-qa.jsonl),
 * with the answerability decision left out: every answerable question is answered at threshold 0
 * with plain conflicts off, and each answer that is not right (token F1 < 0.5) is put in a class:
 *   pattern          a fixed news pattern answered (patterns*.ts), not the span model
 *   sentence: next   the quoted sentence lacks the answer, the one after it holds it
 *   sentence: prev   ... the one before it holds it
 *   sentence: other  ... another sentence holds it
 *   span             the quoted sentence holds the answer, the span is another part of it
 * The span model never trains on news, so these are held-out figures for it. Usage:
 *   npx tsx scripts/news-span-errors.ts [--list] [--cased]
 * (--cased leaves out stories written all in lower case.)
 */
import { answerDetailed, type AnswerOptions } from '../src/core/answer/answer.ts';
import { isLowerCaseCopy } from '../src/core/answer/news-copy.ts';
import { prepareArticle } from '../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../src/core/answer/question-type.ts';
import { loadNewsQa } from './newsqa-data.ts';
import { best, containsAnswer, f1Score } from './qa-data.ts';

/** Right, or the class of a miss. */
export type NewsSpanClass = 'right' | 'pattern' | 'sentence: next' | 'sentence: prev' | 'sentence: other' | 'span';

/** One answerable question's span outcome. */
export interface NewsSpanResult {
  id: string;
  question: string;
  answers: string[];
  span: string;
  evidence: string;
  cls: NewsSpanClass;
  lowerCase: boolean;
}

/** Answer every answerable news question and classify the answer. */
export function newsSpanResults(opts: AnswerOptions = {}): NewsSpanResult[] {
  const data = loadNewsQa('.');
  if (!data) throw new Error('../shared/data/summ-dev.jsonl is not on this machine');
  const lower = new Map<string, boolean>();
  const out: NewsSpanResult[] = [];
  for (const q of data.questions) {
    if (!q.answerable) continue;
    const article = data.articles.get(q.article)!;
    if (!lower.has(q.article)) lower.set(q.article, isLowerCaseCopy(prepareArticle(article)));
    const d = answerDetailed(q.question, article, { ...opts, threshold: 0, grounding: false });
    const span = d.span ?? '';
    const evidence = d.answer.evidence[0]?.sentence ?? '';
    const right = best(f1Score, span, q.answers) >= 0.5;
    let cls: NewsSpanClass = 'right';
    if (!right) {
      if (d.features === null) cls = 'pattern';
      else if (containsAnswer(evidence, q.answers)) cls = 'span';
      else {
        const prep = prepareArticle(article);
        const k = prep.sentences.findIndex((s) => s.text === evidence);
        const holds = (n: number) => n >= 0 && n < prep.sentences.length && containsAnswer(prep.sentences[n].text, q.answers);
        cls = k >= 0 && holds(k + 1) ? 'sentence: next' : k >= 0 && holds(k - 1) ? 'sentence: prev' : 'sentence: other';
      }
    }
    out.push({ id: q.id, question: q.question, answers: q.answers, span, evidence, cls, lowerCase: lower.get(q.article)! });
  }
  return out;
}

function main(args: string[]): void {
  const cased = args.includes('--cased');
  const rows = newsSpanResults().filter((r) => !cased || !r.lowerCase);
  if (args.includes('--compare')) {
    // What the news span repairs (span-news.ts) change: each changed answer, right or wrong before and after.
    const before = newsSpanResults({ newsSpans: false }).filter((r) => !cased || !r.lowerCase);
    let gained = 0;
    let lost = 0;
    rows.forEach((r, k) => {
      const b = before[k];
      if (r.span === b.span) return;
      const now = r.cls === 'right';
      const was = b.cls === 'right';
      if (now && !was) gained++;
      if (was && !now) lost++;
      process.stdout.write(`${was ? 'R' : '-'}->${now ? 'R' : '-'} ${r.id} ${r.question} | ${b.span} -> ${r.span} | gold ${r.answers.join(' / ')}\n`);
    });
    process.stdout.write(`span repairs: ${gained} right answers gained, ${lost} lost (right before ${before.filter((r) => r.cls === 'right').length}, after ${rows.filter((r) => r.cls === 'right').length} of ${rows.length})\n`);
  }
  const tally = new Map<string, number>();
  for (const r of rows) tally.set(r.cls, (tally.get(r.cls) ?? 0) + 1);
  process.stdout.write(`${rows.length} answerable questions${cased ? ' (cased stories)' : ''}\n`);
  for (const [c, n] of [...tally].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${c.padEnd(16)} ${n}\n`);
  const byKind = new Map<string, { n: number; right: number }>();
  for (const r of rows) {
    const wh = analyzeQuestion(r.question).wh;
    const t = byKind.get(wh) ?? { n: 0, right: 0 };
    t.n++;
    if (r.cls === 'right') t.right++;
    byKind.set(wh, t);
  }
  process.stdout.write(`by question word: ${[...byKind].map(([k, t]) => `${k} ${t.right}/${t.n}`).join(', ')}\n`);
  if (!args.includes('--list')) return;
  for (const r of rows) {
    if (r.cls === 'right') continue;
    process.stdout.write(`\n[${r.cls}]${r.lowerCase ? ' (lower case)' : ''} ${r.id} ${r.question}\n  gold: ${r.answers.join(' | ')}\n  span: ${r.span}\n  ev:   ${r.evidence.slice(0, 300)}\n`);
  }
}

if (process.argv[1]?.endsWith('news-span-errors.ts')) main(process.argv.slice(2));
