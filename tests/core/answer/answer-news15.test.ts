/**
 * Session 22's general causes of misses on a fifteenth fresh batch of news questions
 * (docs/answers-news-batch15.md), on stories of our own, each with a near shape that must not
 * change.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const DATED = { place: null, date: '2016-09-12', agency: null };

describe('How many ... in the south / among the women?: the other part of a closed pair is no answer', () => {
  const story = makeArticle({
    text:
      'Voting in the regional election passed off largely peacefully on Sunday, officials said. ' +
      'Polling stations stayed open late in the capital after long queues formed. ' +
      'There were clashes in the north of the province, where around 14 people were injured. ' +
      'Among the men who stood were 12 farmers, 30 teachers and 8 doctors.',
    dateline: DATED,
  });
  it('refuses a count asked of the other side of the country', () => {
    expect(answer('How many people were injured in the south?', story).found).toBe(false);
  });
  it('refuses a count asked of the other sex', () => {
    expect(answer('How many teachers were among the women who stood?', story).found).toBe(false);
  });
  it('still answers the side the sentence gives', () => {
    expect(answer('How many people were injured in the north?', story).answer).toMatch(/14/);
    expect(answer('How many teachers were among the men who stood?', story).answer).toMatch(/30/);
  });
});

describe('How many ... on <day>?: a total over days is no answer for one day', () => {
  const story = makeArticle({
    text:
      'Fire crews fought wildfires across the hills above the town all week. ' +
      'On Saturday, crews from two neighbouring counties joined them, and on Friday the evacuation order was widened. ' +
      'Over the past six days, firefighters made 53 helicopter drops on the blaze, the fire service said. ' +
      'In total, 41 homes were evacuated from the hills. ' +
      'On Tuesday, 9 more homes were evacuated as the wind changed.',
    dateline: DATED,
  });
  it('refuses a one-day count over a sentence that sums the days', () => {
    expect(answer('How many helicopter drops did firefighters make on Saturday?', story).found).toBe(false);
  });
  it('still gives the total when no day is asked, and the day the sentence names', () => {
    expect(answer('How many helicopter drops did firefighters make?', story).answer).toMatch(/53/);
    expect(answer('How many more homes were evacuated on Tuesday?', story).answer).toMatch(/9/);
  });
});

describe('Who contributed to this report?: the name before "in <place>", not the place', () => {
  const story = makeArticle({
    text:
      'Heavy rain flooded parts of the city on Monday, closing schools and roads. ' +
      'Emergency services rescued dozens of people from their homes, officials said. ' +
      'Amara Okafor in Nairobi contributed to this report.',
    dateline: DATED,
  });
  it('gives the reporter, not the city she wrote from', () => {
    expect(answer('Who contributed to this report?', story).answer).toBe('Amara Okafor');
  });
  it('still gives a doer written without a place', () => {
    const plain = makeArticle({ text: 'Heavy rain flooded parts of the city on Monday. Amara Okafor contributed to this report.', dateline: DATED });
    expect(answer('Who contributed to this report?', plain).answer).toBe('Amara Okafor');
  });
});

describe('How many X does Y <verb>?: the part the deed is done to, not the whole it is of', () => {
  const story = makeArticle({
    text:
      'A county charity has expanded its hot meals service this winter. ' +
      'The charity now supplies its meals to 340 of the county\'s roughly 1,200 care homes, its director said. ' +
      'Volunteers drive the meals out each morning.',
    dateline: DATED,
  });
  it('gives the part the verb governs', () => {
    expect(answer('How many care homes does the charity supply?', story).answer).toBe('340');
  });
  it('still gives the whole when no deed is asked', () => {
    expect(answer('How many care homes are there in the county?', story).answer).toMatch(/1,200/);
  });
});

describe('How long was X\'s sentence?: the length written on the thing asked, not another in its sentence', () => {
  const story = makeArticle({
    text:
      'A fugitive wanted in Portugal will not be sent back, a court has ruled. ' +
      'Mark Lyle, who has lived in Spain for more than 15 years, was given a four-year sentence by a Lisbon court in 2009. ' +
      'His lawyer said the ruling was fair.',
    dateline: DATED,
  });
  it('gives the sentence\'s length', () => {
    expect(answer("How long was Lyle's sentence?", story).answer).toMatch(/^four[- ]year/);
  });
  it('still gives a length written after the thing', () => {
    const after = makeArticle({ text: 'A fugitive will not be sent back, a court has ruled. Mark Lyle was handed a sentence of six years by a Lisbon court in 2009.', dateline: DATED });
    expect(answer("How long was Lyle's sentence?", after).answer).toBe('six years');
  });
});

describe('Where did X take place?: a setting, not a finishing place', () => {
  const story = makeArticle({
    text:
      'The city\'s book festival closed on Sunday after its busiest year, the organisers said. ' +
      'Now that the last chair has been stacked, we take a look back at the talks of the week. ' +
      'Most of the talks took place at the old corn exchange on the high street.',
    dateline: DATED,
  });
  it('gives the place the events were held, not an ordinal', () => {
    expect(answer('Where did most of the talks take place?', story).answer).toMatch(/corn exchange/);
  });
  it('still gives a finishing place', () => {
    const race = makeArticle({ text: 'The city marathon was run on Sunday in warm weather. Local runner Amy Cole finished third in a personal best time.', dateline: DATED });
    expect(answer('Where did Amy Cole finish?', race).answer).toBe('third');
  });
});
