/**
 * How often an answer read by a fixed news pattern (answer.ts: patterns.ts's age, count, score,
 * role ... and yes/no) is right: the figure its fixed confidence stands for, by kind of text (news
 * copy or not: news-copy.ts) and by kind of pattern (yes/no or the rest). The patterns were written
 * on the news questions, so their share right there is in-sample; the news questions added last
 * (--split=N: ids above N) are the nearest to a story they never saw and stand for news copy.
 *
 * The rule that chooses each confidence (choosePatternConfidence): the shipped value stays while it
 * lies inside the 95% Wilson interval of the share right (news copy: on the questions after the
 * split; other text: on every set); otherwise the share right, rounded to 0.05.
 *
 * --probe also prints what the answerability model would say of the pattern's sentence (the span
 * model's answer with the patterns off, when it quotes the same sentence): the check tried and
 * dropped in session 20 (docs/answers-news.md).
 *
 * Right = token F1 >= 0.5 with an expected answer; an answer to a question the article does not
 * answer is wrong. Usage: npx tsx scripts/pattern-rate.ts [--split=4165] [--probe] [--list]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerDetailed, PATTERN_CONFIDENCE, PATTERN_CONFIDENCE_OTHER, YESNO_CONFIDENCE } from '../src/core/answer/answer.ts';
import { isNewsCopy } from '../src/core/answer/news-copy.ts';
import { prepareArticle } from '../src/core/answer/prepare.ts';
import type { Article } from '../src/core/types.ts';
import { RIGHT_F1 } from './answerable-cv.ts';
import { wilson } from './follow-on-rate.ts';
import { loadNewsQa } from './newsqa-data.ts';
import { best, contextArticle, f1Score, readQa } from './qa-data.ts';

/** One pattern answer: where it was, whether it was right, and what the span model said of the same question. */
export interface PatternCase {
  set: string;
  id: string;
  yesno: boolean;
  newsCopy: boolean;
  answerable: boolean;
  right: boolean;
  /** The span model's confidence with the patterns off, when it quotes the pattern's sentence (else null). */
  sameSentenceP: number | null;
}

/**
 * The confidence to ship for k right of n: the shipped value while the 95% interval holds it, else
 * the share right rounded to 0.05 (no data: the shipped value).
 */
export function choosePatternConfidence(shipped: number, k: number, n: number): number {
  if (n === 0) return shipped;
  const [lo, hi] = wilson(k, n);
  if (shipped >= lo && shipped <= hi) return shipped;
  return Math.round((k / n) * 20) / 20;
}

function oneCase(set: string, id: string, question: string, article: Article, answers: string[], probe: boolean): PatternCase | null {
  const d = answerDetailed(question, article);
  if (!d.pattern || !d.answer.found) return null;
  const answerable = answers.length > 0;
  const right = answerable && best(f1Score, d.answer.answer, answers) >= RIGHT_F1;
  let sameSentenceP: number | null = null;
  if (probe) {
    const s = answerDetailed(question, article, { patterns: false });
    const ev = s.answer.evidence[0];
    if (ev && ev.index === d.answer.evidence[0]?.index) sameSentenceP = s.answer.confidence;
  }
  return { set, id, yesno: d.pattern === 'yesno', newsCopy: isNewsCopy(prepareArticle(article), article.dateline.date !== null), answerable, right, sameSentenceP };
}

/** Every fixed-pattern answer the shipped answerer gives on our news questions and the QA dev sets. */
export function patternCases(probe = false): PatternCase[] {
  const out: PatternCase[] = [];
  const news = loadNewsQa('.');
  for (const q of news?.questions ?? []) {
    const c = oneCase('news', q.id, q.question, news!.articles.get(q.article)!, q.answerable ? q.answers : [], probe);
    if (c) out.push(c);
  }
  for (const f of ['qa-dev.jsonl', 'qa2-dev.jsonl']) {
    const path = resolve('..', 'shared/data', f);
    if (!existsSync(path)) continue;
    for (const row of readQa(path)) {
      const c = oneCase(f.replace('.jsonl', ''), row.id, row.question, contextArticle(row), row.answers, probe);
      if (c) out.push(c);
    }
  }
  return out;
}

function main(args: string[]): void {
  const split = Number(args.find((a) => a.startsWith('--split='))?.slice('--split='.length) ?? 4165);
  const probe = args.includes('--probe');
  const cases = patternCases(probe);
  const num = (c: PatternCase) => Number(c.id.replace(/^\D+/, ''));
  const count = (cs: readonly PatternCase[]) => [cs.filter((c) => c.right).length, cs.length] as const;
  const line = (name: string, cs: readonly PatternCase[]): string => {
    const [k, n] = count(cs);
    const [lo, hi] = wilson(k, n);
    return `  ${name.padEnd(40)} ${String(k).padStart(3)} right of ${String(n).padStart(3)}  ${n ? ((100 * k) / n).toFixed(1) : '-'}%  (95%: ${(100 * lo).toFixed(0)}-${(100 * hi).toFixed(0)}%)\n`;
  };
  let out = 'Fixed-pattern answers (answered; right = F1 >= 0.5 with an expected answer):\n';
  const choices: string[] = [];
  for (const yesno of [false, true]) {
    const shipped = yesno ? YESNO_CONFIDENCE : PATTERN_CONFIDENCE;
    const shippedOther = yesno ? YESNO_CONFIDENCE : PATTERN_CONFIDENCE_OTHER;
    const kind = yesno ? 'yes/no' : 'patterns';
    out += `${kind} (shipped confidence ${shipped} in news copy, ${shippedOther} in other text):\n`;
    const mine = cases.filter((c) => c.yesno === yesno);
    const news = mine.filter((c) => c.newsCopy);
    const other = mine.filter((c) => !c.newsCopy);
    out += line('news copy, all sets', news);
    out += line(`  news questions 1-${split}`, news.filter((c) => c.set === 'news' && num(c) <= split));
    out += line(`  news questions ${split + 1}- (held out)`, news.filter((c) => c.set === 'news' && num(c) > split));
    out += line('other text, all sets', other);
    for (const set of ['news', 'qa-dev', 'qa2-dev']) out += line(`  ${set}`, other.filter((c) => c.set === set));
    const held = count(news.filter((c) => c.set === 'news' && num(c) > split));
    const rest = count(other);
    choices.push(`${kind} in news copy ${choosePatternConfidence(shipped, ...held)}, in other text ${choosePatternConfidence(shippedOther, ...rest)}`);
  }
  out += `\nConfidence to give them (shipped value while the 95% interval holds it, else the share right to 0.05):\n  ${choices.join('\n  ')}\n`;
  if (probe) {
    out += '\nThe answerability model on the pattern\'s sentence (the span model\'s confidence when it quotes the same sentence):\n';
    for (const newsCopy of [true, false]) {
      const cs = cases.filter((c) => c.newsCopy === newsCopy && c.sameSentenceP !== null);
      out += `  ${newsCopy ? 'news copy' : 'other text'}: ${cs.length} of ${cases.filter((c) => c.newsCopy === newsCopy).length} quote the same sentence\n`;
      for (const t of [0.1, 0.15, 0.21, 0.3]) {
        const below = cs.filter((c) => c.sameSentenceP! < t);
        const refusedRightly = below.filter((c) => !c.answerable).length;
        const lost = below.filter((c) => c.right).length;
        out += `    refuse below ${t.toFixed(2)}: ${below.length} refused, ${refusedRightly} of them unanswerable (better), ${lost} right answers lost (worse)\n`;
      }
    }
  }
  if (args.includes('--list')) for (const c of cases) out += `  ${c.set} ${c.id} ${c.newsCopy ? 'news' : 'other'} ${c.yesno ? 'yes/no' : 'pattern'} ${c.right ? 'right' : 'wrong'}\n`;
  process.stdout.write(out);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
