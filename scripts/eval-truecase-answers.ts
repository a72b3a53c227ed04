/**
 * The answers part of `npm run eval -- truecase`: our news follow-up questions
 * (tests/fixtures/news-qa.jsonl) answered by the shipped answerer, the stories written in lower
 * case (read truecased: src/core/answer/prepare.ts) apart from the cased ones, and a check that
 * no cased story's sentence is read other than as written.
 */
import { answerDetailed, answerOutcome } from '../src/core/answer/answer.ts';
import { prepareArticle } from '../src/core/answer/prepare.ts';
import { RIGHT_F1 } from './answerable-cv.ts';
import { loadNewsQa } from './newsqa-data.ts';
import { best, f1Score } from './qa-data.ts';

interface Tally {
  stories: Set<string>;
  answerable: number;
  right: number;
  unanswerable: number;
  refused: number;
}

/** Lines of the report, or none when the data is not on this machine. */
export function answerLines(summDev: string): string[] {
  const data = loadNewsQa('.', summDev);
  if (!data) return [];
  const tallies = { lower: newTally(), cased: newTally() };
  let recased = 0;
  for (const q of data.questions) {
    const article = data.articles.get(q.article)!;
    const prep = prepareArticle(article);
    if (!prep.lowerCase && prep.sentences.some((s) => s.text !== s.written)) recased++;
    const t = prep.lowerCase ? tallies.lower : tallies.cased;
    t.stories.add(q.article);
    const a = answerDetailed(q.question, article).answer;
    if (q.answerable) {
      t.answerable++;
      if (a.found && best(f1Score, a.answer, q.answers) >= RIGHT_F1) t.right++;
    } else {
      t.unanswerable++;
      if (answerOutcome(a) === 'refused') t.refused++;
    }
  }
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(b, 1)).toFixed(1)}%)`;
  const row = (name: string, t: Tally) => `| ${name} | ${t.stories.size} | ${pct(t.right, t.answerable)} | ${pct(t.refused, t.unanswerable)} |`;
  return [
    'News follow-up questions (tests/fixtures/news-qa.jsonl), shipped answerer and answerability model; stories written in lower case are read truecased and quoted as written:',
    '',
    '| stories | n | answerable answered right | unanswerable refused |',
    '|---|---:|---:|---:|',
    row('written in lower case', tallies.lower),
    row('cased', tallies.cased),
    '',
    `Cased stories read other than as written: ${recased} questions.`,
  ];
}

function newTally(): Tally {
  return { stories: new Set(), answerable: 0, right: 0, unanswerable: 0, refused: 0 };
}
