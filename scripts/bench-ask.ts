/**
 * The ask section of `npm run bench`: time per question of `answer()` as a ratio to the plain
 * BM25 sentence choice (split the article, index its sentences, pick the best one) on the same
 * generated articles and questions, so the figure survives a slower or busier machine.
 */
import { performance } from 'node:perf_hooks';
import { bm25Index, bm25Scores } from '../src/core/answer/bm25.ts';
import { paragraphs, splitSentences, STOPWORDS, words } from '../src/core/text/text.ts';
import type { Answer, Article } from '../src/core/types.ts';

/** Mean times (ms) and their ratio. */
export interface AskRatio {
  questions: number;
  bm25Ms: number;
  askMs: number;
  ratio: number;
}

/** The baseline: BM25 over lowercase non-stop words of each sentence; the best sentence is the answer. */
export function bm25Choice(question: string, article: Article): string | undefined {
  // paragraphs + splitSentences, not sentences(): that one memoises the last text.
  const sents = paragraphs(article.text).flatMap(splitSentences);
  const terms = (s: string): string[] => words(s).filter((w) => !STOPWORDS.has(w));
  const scores = bm25Scores(bm25Index(sents.map(terms)), terms(question));
  let k = 0;
  scores.forEach((s, i) => {
    if (s > scores[k]) k = i;
  });
  return sents[k];
}

/**
 * Time both on the same questions, interleaved (so load changes hit both alike), each on a fresh
 * copy of the article (no preparation cached from the other pass).
 */
export function askRatio(items: Iterable<{ article: Article; question: string }>, answer: (q: string, a: Article) => Answer): AskRatio {
  let bm = 0;
  let ask = 0;
  let n = 0;
  let sink = 0;
  for (const { article, question } of items) {
    let t = performance.now();
    sink += bm25Choice(question, { ...article })?.length ?? 0;
    bm += performance.now() - t;
    t = performance.now();
    sink += answer(question, { ...article }).evidence.length;
    ask += performance.now() - t;
    n++;
  }
  if (sink < 0) throw new Error('unreachable');
  return { questions: n, bm25Ms: n ? bm / n : 0, askMs: n ? ask / n : 0, ratio: bm > 0 ? ask / bm : 0 };
}

/** One markdown line for the bench report. */
export function askRatioLine(r: AskRatio): string {
  return `Ask vs BM25 sentence choice: ${r.ratio.toFixed(1)}x the mean time per question (${r.askMs.toFixed(3)} ms vs ${r.bm25Ms.toFixed(3)} ms, ${r.questions} questions, each on a fresh article object).`;
}
