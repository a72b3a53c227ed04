/**
 * Session 20's refit of the answerability model (docs/answers-qa2.md "Session 20"; chosen by
 * scripts/train-answerable.ts under the rule that keeps the shipped answerer's news figures):
 * on a story written for this test, a duration is no longer given as a child's age (main: "three
 * years" at 0.31), a weight the story never gives stays refused, and the answers the story does
 * give are still given.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const story = parseArticle(
  'Doctors hail second child in remission from HIV\n\n' +
    'WASHINGTON (Reuters) - Doctors on Thursday said a second child born with HIV has gone more than a year without drugs, raising hopes of a functional cure.\n\n' +
    "The Mississippi baby's remission lasted 27 months before the virus returned in 2014, researchers said.\n\n" +
    'The other child lasted three years without drugs, according to the team at Johns Hopkins.\n\n' +
    "Dr. Deborah Persaud said doctors call the Mississippi child's condition a functional cure, though the virus later came back.\n\n" +
    'The findings were presented at a conference in Seattle on Thursday. French lawyers, meanwhile, asked Google to reveal its secret formula for ranking websites.\n\n' +
    '"We are cautiously optimistic," Persaud told reporters.\n',
  { id: 'refit-s20' },
);

describe('the answerability refit of session 20', () => {
  it('does not give a duration as the age the story never states', () => {
    const a = answer('How old is the other child?', story);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/^The article does not say/);
    expect(answer('How much does the child weigh?', story).found).toBe(false);
    expect(answer("What is the name of the Mississippi baby's mother?", story).found).toBe(false);
  });

  it('still gives what the story says', () => {
    expect(answer("How long did the Mississippi baby's remission last?", story)).toMatchObject({ found: true, answer: '27 months' });
    expect(answer('What did French lawyers ask Google to reveal?', story)).toMatchObject({ found: true, answer: 'its secret formula for ranking websites' });
    expect(answer('Where were the findings presented?', story)).toMatchObject({ found: true, answer: 'a conference in Seattle' });
  });
});
