/**
 * Our own news follow-up questions (tests/fixtures/news-qa.jsonl): each line names its article by
 * id - `summ-dev:<id>` (a row of ../shared/data/summ-dev.jsonl, read at run time, never copied),
 * `entities-dev:<id>` (a 1996 Reuters story of entities-dev.jsonl, the file beside summ-dev.jsonl)
 * or `briefings:<file id>` (an article the bot ships) - with the expected answers, or none when
 * the article does not answer the question.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArticle } from '../src/core/article/parse.ts';
import type { Article } from '../src/core/types.ts';
import { answerableExamples, crossValidateConfig, withShares, type AnswerableExample } from './answerable-cv.ts';
import type { QaRow } from './qa-data.ts';
import { ANSWERABLE_SHARES } from '../src/core/answer/answerable-weights.ts';

export interface NewsQuestion {
  id: string;
  article: string;
  question: string;
  answers: string[];
  answerable: boolean;
}

/** Where the fixture and the data it refers to live, relative to the repository root. */
export const NEWS_QA_FILE = 'tests/fixtures/news-qa.jsonl';
export const SUMM_DEV_FILE = resolve('..', 'shared/data/summ-dev.jsonl');

/**
 * NEWSQA_FIRST=N uses only the first N questions of the set everywhere (the news evaluation and the
 * answerability fits that include news questions): figures for an older, smaller set can then be
 * measured by today's code, and today's figures for the old questions kept apart from questions
 * added later.
 */
export function firstQuestions(): number | undefined {
  const n = Number(process.env.NEWSQA_FIRST);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The Reuters stories' file: entities-dev.jsonl in the same folder as the summ-dev file given. */
export function entitiesDevFile(summDev = SUMM_DEV_FILE): string {
  return resolve(dirname(summDev), 'entities-dev.jsonl');
}

/**
 * The questions, and the articles they refer to (undefined when the data is not on this machine:
 * the summ-dev file, or the entities-dev file beside it when a question refers to one of its stories).
 */
export function loadNewsQa(root = '.', summDev = SUMM_DEV_FILE): { questions: NewsQuestion[]; articles: Map<string, Article> } | undefined {
  const file = resolve(root, NEWS_QA_FILE);
  if (!existsSync(file) || !existsSync(summDev)) return undefined;
  const questions = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NewsQuestion)
    .slice(0, firstQuestions());
  const wanted = new Set(questions.map((q) => q.article));
  const articles = new Map<string, Article>();
  for (const line of readFileSync(summDev, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; title: string | null; text: string };
    const key = `summ-dev:${row.id}`;
    if (!wanted.has(key)) continue;
    articles.set(key, {
      id: row.id,
      title: row.title ?? '',
      text: row.text,
      caption: null,
      dateline: { place: null, date: null, agency: null },
      url: null,
      publishedAt: null,
      source: null,
    });
  }
  if ([...wanted].some((k) => k.startsWith('entities-dev:'))) {
    const entitiesDev = entitiesDevFile(summDev);
    if (!existsSync(entitiesDev)) return undefined;
    // The 1996 Reuters copy reads as wire text: a byline line ("Larry Fine"), then the place and an
    // ISO date on a line of their own ("MOSCOW 1996-08-30"); parseArticle takes both off the text
    // and keeps the dateline, so "when" and "what year" questions resolve from the story's date.
    for (const line of readFileSync(entitiesDev, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; title: string; text: string };
      const key = `entities-dev:${row.id}`;
      if (wanted.has(key)) articles.set(key, parseArticle(row.text, { id: row.id, title: row.title }));
    }
  }
  for (const key of wanted) {
    if (!key.startsWith('briefings:')) continue;
    const id = key.slice('briefings:'.length);
    articles.set(key, parseArticle(readFileSync(resolve(root, 'briefings', `${id}.txt`), 'utf8'), { id, fileName: `${id}.txt` }));
  }
  for (const key of wanted) if (!articles.has(key)) throw new Error(`news-qa: no article ${key}`);
  return { questions, articles };
}

/**
 * The news questions as answerability examples (each article its own fold group), each of weight
 * `weight` (shippedWeighting gives the shipped share); undefined without the data.
 */
export function newsExamples(weight: number, root = '.'): AnswerableExample[] | undefined {
  const data = loadNewsQa(root);
  if (!data) return undefined;
  const rows = data.questions.map((q) => ({ id: q.id, title: q.article, context: '', question: q.question, answers: q.answers, impossible: !q.answerable }));
  return answerableExamples(rows, {}, (row) => data.articles.get(row.title)!).map((e) => ({ ...e, weight }));
}

/**
 * The training sets weighted as the shipped model was fitted: each set's weights sum to its share
 * of the total (ANSWERABLE_SHARES, chosen by scripts/answerable-rule.ts), so the news questions
 * count as much as the rule decided however many of them there are.
 */
export function shippedWeighting(qa2: readonly AnswerableExample[], news: readonly AnswerableExample[]): { qa2: AnswerableExample[]; news: AnswerableExample[] } {
  const [q, n] = withShares([qa2, news], [1 - ANSWERABLE_SHARES.news, ANSWERABLE_SHARES.news]);
  return { qa2: q, news: n };
}

/**
 * The shipped configuration's training data, cross-validated by the one cross-validation the
 * training script's rule chooses on (scripts/answerable-cv.ts crossValidateConfig): SQuAD 2.0 dev
 * questions and our news questions weighted to the shipped share, each scored by a model of the
 * shipped form fitted without its article and recalibrated on the other half of the articles.
 */
export function jointCrossValidation(qa2Rows: QaRow[]): { qa2: AnswerableExample[]; news: AnswerableExample[]; p2: Float64Array; pn: Float64Array } {
  const { data } = crossValidateConfig({ qa2: answerableExamples(qa2Rows), news: newsExamples(1) ?? [], dev: [] });
  return { qa2: [...data.qa2], news: [...data.news], p2: data.pQa2.slice(), pn: data.pNews.slice() };
}
