/**
 * The clause features read whether the clause that holds the answer says what the question
 * asks, or only the sentence around it ("When did Hale die?" answered by the year of another
 * event in another clause), names of the question in the other order, and negation in the
 * answer's clause. Checked on a paragraph of our own; each test holds a question that must not
 * set the feature beside one that must.
 */
import { describe, expect, it } from 'vitest';
import { clauseFeatures } from '../../../src/core/answer/answerable-clause.ts';
import { prepareArticle, rankSentences } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import type { Article } from '../../../src/core/types.ts';

const MILL: Article = {
  id: 'mill',
  title: 'Mill',
  text:
    'Thomas Hale, who died in Norwich in 1810, built the Aldwick windmill in 1782. ' +
    'The Pennington family sold the mill to the Marsh family in 1851. ' +
    'The mill did not grind corn after 1920, when the sails were removed.',
  caption: null,
  dateline: { place: null, date: null, agency: null },
  url: null,
  publishedAt: null,
  source: null,
};

/** Features of a question against the sentence that ranks best for it, with the span given. */
function features(question: string, span: string): Record<string, number> {
  const prep = prepareArticle(MILL);
  const info = analyzeQuestion(question);
  const ranked = rankSentences(prep, info);
  const evidence = ranked[0];
  const tokens = prep.sentences[evidence.sentence].tokens;
  const at = tokens.findIndex((t) => t.text === span.split(' ')[0]);
  return clauseFeatures({ question, info, prep, ranked, evidence, span: tokens.slice(at, at + span.split(' ').length) });
}

describe('clause features', () => {
  it('sees the asked verb in another clause than the answer', () => {
    // "built" is in the main clause with 1782; "died" is in the relative clause with 1810.
    const wrong = features('When did Thomas Hale die?', '1782');
    expect(wrong.verbOtherClause).toBe(1);
    expect(wrong.clauseGap).toBeGreaterThan(0);
    const right = features('When did Thomas Hale die?', '1810');
    expect(right.verbOtherClause).toBe(0);
    expect(right.clauseCov).toBeGreaterThan(wrong.clauseCov);
  });

  it('notices two names of the question in the other order in the sentence', () => {
    expect(features('When did the Marsh family sell the mill to the Pennington family?', '1851').capOrderSwap).toBe(1);
    expect(features('When did the Pennington family sell the mill to the Marsh family?', '1851').capOrderSwap).toBe(0);
  });

  it('notices negation in the answer clause that the question lacks', () => {
    expect(features('When did the mill grind corn?', '1920').negClause).toBe(1);
    expect(features('After what year did the mill not grind corn?', '1920').negClause).toBe(0);
  });
});
