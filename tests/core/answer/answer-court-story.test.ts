/**
 * A court report of our own, asked what a reader asks first: the term given to a man the lead
 * describes and the next sentence names, who a person is by the description before their name,
 * and whose words a sentence gives when it names the person only as someone's owner.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const COURT = parseArticle(
  [
    'Man jailed for 12 years over warehouse fire',
    '',
    'MANCHESTER, England, Oct. 3 (Reuters) -- A 34-year-old man was jailed for 12 years on Friday for starting a fire that destroyed a warehouse in Salford and injured two firefighters, Manchester Crown Court heard.',
    '',
    'Daniel Hughes, of Eccles, admitted arson with intent to endanger life at an earlier hearing.',
    '',
    'One of the injured firefighters, Lisa Ward, 29, spent three weeks in hospital. She said she still could not work.',
    '',
    'Hughes\'s lawyer said his client was "deeply sorry".',
  ].join('\n'),
  { id: 'court', fileName: 'court.txt' },
);

describe('a court report, asked as a reader would', () => {
  it('gives the term of a man the lead describes and the next sentence names', () => {
    // Before: refused ("gives a point in time, not a length").
    expect(answer('How long was Hughes jailed for?', COURT).answer).toBe('12 years');
    // Someone else the story names was not jailed.
    expect(answer('How long was Lisa Ward jailed for?', COURT).found).toBe(false);
  });

  it('says who someone is by the description before the name, and what she said after it', () => {
    // Before: "29" (hedged), her age.
    expect(answer('Who is Lisa Ward?', COURT).answer).toBe('One of the injured firefighters');
    expect(answer('What did Lisa Ward say?', COURT).answer).toBe('she still could not work');
  });

  it("does not give a lawyer's words as his client's", () => {
    // Before: 'his client was "deeply sorry"' (80%) for Hughes.
    expect(answer('What did Hughes say?', COURT).found).toBe(false);
    expect(answer('What did the lawyer say?', COURT).answer).toBe('his client was "deeply sorry"');
  });
});
