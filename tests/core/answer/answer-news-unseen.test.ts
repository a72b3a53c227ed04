/**
 * What a reader asks of a story nobody tuned the answerer on (the causes of the misses on our
 * fresh batch of news questions, docs/answers-news.md), on short stories of our own: near misses
 * refused (another year, another country, another size, a clock time or "864 days" for a count, a
 * day for a place, a month for a length, a role that belongs to someone else); and the answers a
 * reporter writes in a fixed way read right - a role holder in apposition or in a lower-case
 * story, a quotation that runs on over paragraphs, who announced something, a place after "from",
 * a month alone as a date, names joined by "and", a percentage for "what share".
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed } from '../../../src/core/answer/answer.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const FERRY = story(
  'Harbour officials said on Monday that Norland Ferries had cancelled 40 crossings after a storm in 2021. ' +
    'Regulators ordered the company to pay a £2.5 million penalty, and it has paid £300,000 to passengers so far. ' +
    'The company said it carried 12,000 passengers last summer. ' +
    'A medium coffee on board costs £2.10, the company said. ' +
    'Sweden has banned the ferries from its ports three times since 2019. ' +
    'Pia Lund, Norland Ferries chief operating officer, told reporters the fleet was safe. ' +
    'Captain Ola Berg spent 212 days at sea and underwent many checks. ' +
    'The new timetable will start in September, the company said. ' +
    'Only 4% of tickets are sold at the harbour office, it added. ' +
    'The price of its £10 return ticket will go up next year, the company said.',
);

const LOWER = story(
  '(cnn) a judge fined the builder $40,000 on tuesday, the state housing agency said thursday. ' +
    'the builder and his lawyer, maria keane, said they would appeal. ' +
    'the owner, tom rudd, said the house had been left without a roof. ' +
    '"we waited two years," said agency director paul ames, the head of the state housing agency. ' +
    'cnn\'s ana ruiz contributed to this report.',
);

const SHOP = story(
  'The Brookfield library will close for two days, its manager said on Friday. ' +
    'Library manager Jo Finch said: "We have had many complaints about the roof. ' +
    'Water comes through it whenever it rains. ' +
    '"The repair plan is the best news this building has had in years." ' +
    'Councillor Amir Shah was released on Friday from a hospital in the town of Wexley after a fall. ' +
    'The Kirby and Lanton branches will stay open. ' +
    'The branch was first closed in March for a survey.',
);

describe('near misses on unseen news are refused', () => {
  it.each([
    ['How many crossings were cancelled after the storm in 2018?', FERRY],
    ['How many times has Norway banned the ferries?', FERRY],
    ['How much does a large coffee cost on board?', FERRY],
    ['How many checks did Ola Berg undergo?', FERRY],
    ['When will the price of the £15 return ticket go up?', FERRY],
  ])('%s', (q, article) => {
    const a = answer(q, article);
    expectRefused(a);
  });

  it('does not answer "how long" with a month, nor "where" with a day', () => {
    expect(answerDetailed('How long will the new timetable run?', FERRY).answer.found).toBe(false);
    const where = answer('Where did the storm happen?', FERRY);
    expect(where.found && /monday/i.test(where.answer)).toBe(false);
  });

  it('says what it does not know in plain words', () => {
    expect(answer('How many crossings were cancelled after the storm in 2018?', FERRY).answer).toBe(
      'The article does not say how many crossings were cancelled after the storm in 2018.',
    );
  });
});

describe('answers a reporter writes in a fixed way', () => {
  it('the role holder in apposition, and one qualified by the asked year or country', () => {
    expect(answer('Who is the chief operating officer of Norland Ferries?', FERRY).answer).toBe('Pia Lund');
    expect(answer('How many crossings were cancelled after the storm in 2021?', FERRY).answer).toBe('40');
    expect(answer('How many times has Sweden banned the ferries?', FERRY).answer).toBe('three');
    expect(answer('When will the price of the £10 return ticket go up?', FERRY).answer).toBe('next year');
    expect(answer('How big is the penalty the company must pay?', FERRY).answer).toBe('£2.5 million');
  });

  it('a role holder in a lower-case story, the right person\'s lawyer', () => {
    expect(answer('Who is the director of the state housing agency?', LOWER).answer).toBe('paul ames');
    expect(answer("Who is the builder's lawyer?", LOWER).answer).toBe('maria keane');
    // "the builder and his lawyer, maria keane": she is not the owner's lawyer.
    expect(answer("Who is Tom Rudd's lawyer?", LOWER).answer).not.toContain('maria keane');
  });

  it('who announced something: the one the sentence credits', () => {
    expect(answer('Who announced the fine?', LOWER).answer).toBe('the state housing agency');
  });

  it('a quotation that runs on over paragraphs stays its speaker\'s', () => {
    const a = answer('What did Jo Finch say about the repair plan?', SHOP);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('the best news this building has had in years');
  });

  it('the place after "from" behind the deed, a month as a date, names joined by "and", a percentage for a share', () => {
    expect(answer('Where was Amir Shah released from?', SHOP).answer).toBe('a hospital in the town of Wexley');
    expect(answer('When was the branch first closed?', SHOP).answer).toMatch(/March/);
    expect(answer('Which branches will stay open?', SHOP).answer).toMatch(/Kirby and Lanton/);
    const share = answer('What share of tickets are sold at the harbour office?', FERRY);
    expect(share.found).toBe(true);
    expect(share.answer).toContain('4%');
  });
});
