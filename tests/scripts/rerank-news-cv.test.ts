/**
 * scripts/rerank-news-cv.ts: news questions are scored by models fitted without their story, and
 * a held-out score says whether the chosen sentence and span are right. Own made-up story and rows.
 */
import { describe, expect, it } from 'vitest';
import { heldOutScore, storyFolds } from '../../scripts/rerank-news-cv.ts';
import { buildExamples } from '../../scripts/train-qa.ts';
import { defaultRerankWeights, defaultWeights } from '../../src/core/answer/model.ts';
import { RERANK_FEATURES } from '../../src/core/answer/rerank.ts';
import { makeArticle } from '../helpers/article.ts';

const story = makeArticle({
  text:
    'Tom Reed won the Harbour Ten race in Kelby on Sunday in a course record. ' +
    'Reed, 31, trained for the race in the hills above York for six months. ' +
    'The race drew 900 runners this year.',
});
const row = (id: string, question: string, answers: string[]) => ({ id, title: 'summ-dev:reed', context: '', question, answers });

describe('rerank-news-cv', () => {
  it('keeps every question of a story in one fold and deals stories the same way each run', () => {
    const ex = ['b', 'a', 'c', 'a', 'd', 'b'].map((t, k) => ({ row: { ...row(`q${k}`, 'How old is Reed?', ['31']), title: t } }));
    const folds = storyFolds(ex as never, 2);
    expect([...folds.entries()]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
      ['d', 1],
    ]);
  });

  it('scores the chosen sentence and span of a question against its gold answer', () => {
    const [e] = buildExamples([row('q1', 'How old is Reed?', ['31'])], Infinity, () => story);
    expect(e.sentGold.filter(Boolean)).toHaveLength(1);
    expect(heldOutScore(e, defaultWeights(), defaultRerankWeights())).toEqual({ sentence: true, f1: 1 });
    // A re-ranker that only trusts an article's first sentence picks the wrong one.
    const first = new Float64Array(RERANK_FEATURES.length);
    first[RERANK_FEATURES.indexOf('first')] = 50;
    expect(heldOutScore(e, defaultWeights(), first).sentence).toBe(false);
  });
});
