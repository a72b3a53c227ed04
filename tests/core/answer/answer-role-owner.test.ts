/**
 * Whose role the answer holds (grounding-role-owner.ts): a sentence that gives a role beside a
 * name, but as another owner's ("Ramos and his lawyer, Gloria Allred"; "Carol Tobias, the
 * president of National Right to Life"), does not say who holds the role the question asks about;
 * the same sentence still answers for its own owner.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const STORY = [
  'Singer sued over photographer scuffle',
  '',
  'LOS ANGELES, March 3 (Reuters) -- A photographer has sued the singer Dana Reyes over a scuffle outside a nightclub in Hollywood last year, court papers showed on Tuesday.',
  '',
  'Marco Ruiz and his lawyer, Helen Brandt, asked for general and punitive damages, saying Reyes had stopped Ruiz from doing his work.',
  '',
  'Tom Weller, the president of the Press Photographers Guild, said the case would be watched closely by photographers across the city.',
  '',
  'The Screen Actors Union, which represents Reyes, said it stood by its member.',
  '',
  'Reyes did not respond to a request for comment on Tuesday.',
].join('\n');
const story = parseArticle(STORY, { id: 'scuffle', fileName: 'scuffle.txt' });

describe('a role held for another owner', () => {
  it('"Who is Dana Reyes\'s lawyer?" is not answered with the photographer\'s lawyer', () => {
    const a = answer("Who is Dana Reyes's lawyer?", story);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('"Who is the president of the Screen Actors Union?" is not answered with the guild\'s president', () => {
    const a = answer('Who is the president of the Screen Actors Union?', story);
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/does not say/);
  });
  it('the same sentences still answer for their own owners', () => {
    const lawyer = answer("Who is Marco Ruiz's lawyer?", story);
    expect(lawyer.found).toBe(true);
    expect(lawyer.answer).toMatch(/Helen Brandt/);
    const president = answer('Who is the president of the Press Photographers Guild?', story);
    expect(president.found).toBe(true);
    expect(president.answer).toMatch(/Tom Weller/);
  });
});
