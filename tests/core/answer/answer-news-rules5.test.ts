/**
 * Session 11's general causes of misses on a fifth fresh batch of news questions
 * (docs/answers-news-batch5.md), on stories of our own: an age in a clause that only dates the
 * event; a number inside a written date; a share written "per cent"; the writer's own "I"; a
 * distance for "how long"; "what did X say" from a sentence with no words of X, or saying X did
 * not comment; a count "of" something else; a clock time for "how much"; a sum in a clause about
 * another; yes/no read in the clause that says the asked thing; "who is X" with a particle or an
 * adviser's title.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import type { Article } from '../../../src/core/types.ts';
import { expectRefused } from '../../helpers/answers.ts';

function story(text: string): Article {
  return { id: 'test', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

const DEBATE = story(
  '11/23/2019 AT 09:15 PM EST The debate in Harwick came to a halt on Monday, when 68-year-old Nora Quill collapsed on stage. ' +
    'Candidate Tomas Reyes helped her up, and the debate went on between Reyes, Ada Finch and Paul Orme. ' +
    'In a poll after the debate, 41 per cent of viewers said they would vote for Quill. ' +
    'Reyes trains with his friend and adviser Leo Brandt in Harwick. ' +
    'Finch did not respond to a request for comment on the debate. ' +
    'Senior campaign adviser Ruth Kemper said the team was "relieved". ' +
    'Gil al-Rashid, a district election officer in Harwick, said the vote would go ahead.',
);

const GAME = story(
  'Marlow threw a 42-yard pass to Dean Oakes for the winning touchdown. ' +
    'The Hawks plan cuts $3 billion in spending while the Eagles plan raises fees by $1 billion, officials said. ' +
    'Thousands of angry fans queued for tickets outside the stadium. ' +
    'I still remember sharing a smoked trout roll with a friend at the old kiosk. ' +
    'Officials said on Monday the plans would be put to a vote.',
);

const CALLS = story(
  'The service said some of the calls are not even medical and it will refer hoax calls to the police. ' +
    'It was the first time Jo Pell had seen the new ambulance, she said.',
);

describe('numbers read for what they are', () => {
  it('gives an age written in a clause that only dates the event', () => {
    const a = answer('How old is Nora Quill?', DEBATE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/68/);
  });

  it('does not read a day of a date written with slashes as an age', () => {
    const a = answer('How old is Paul Orme?', DEBATE);
    expect(a.answer).not.toMatch(/23|11|2019/);
    expectRefused(a);
  });

  it('reads "41 per cent" as the share asked for', () => {
    const a = answer('What share of viewers said they would vote for Quill?', DEBATE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/41/);
  });

  // (The rule lifts the veto on a distance the span model chose; it does not choose one: with a
  // day in the sentence, "on Sunday" is chosen and refused as a point in time.)
  it('reads a distance for how long a thing was', () => {
    const a = answer('How long was the winning pass?', GAME);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/42-yard/);
  });

  it('does not count with a number of something else ("thousands of fans")', () => {
    expectRefused(answer('How many tickets were sold?', GAME));
  });

  it('does not give a sum from a clause about another body', () => {
    const a = answer('How much does the Eagles plan cut in spending?', GAME);
    expect(a.answer).not.toMatch(/\$3 billion/);
    expectRefused(a);
  });
});

describe('the words of a speaker', () => {
  it('refuses what a named person said when the sentence naming them gives no words of theirs', () => {
    expectRefused(answer('What did Leo Brandt say about the debate?', DEBATE));
  });

  it('refuses what a person said when the story says they did not comment', () => {
    expectRefused(answer('What did Finch say about the debate?', DEBATE));
  });

  it('reads the writer of a story in the first person', () => {
    const a = answer('What roll does the writer remember sharing?', GAME);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/smoked trout roll/);
  });
});

describe('who someone is', () => {
  it('gives the role after a name with a particle', () => {
    const a = answer('Who is Gil al-Rashid?', DEBATE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/district election officer/);
  });

  it('gives an adviser\'s title written before the name', () => {
    const a = answer('Who is Ruth Kemper?', DEBATE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/adviser/);
  });
});

describe('yes or no, read where the story says it', () => {
  it('does not take a negation in another clause', () => {
    expect(answer('Will hoax calls be referred to the police?', CALLS).answer).toBe('Yes');
  });

  it('reads "the first time" as never before', () => {
    expect(answer('Had Jo Pell seen the new ambulance before?', CALLS).answer).toBe('No');
  });
});
