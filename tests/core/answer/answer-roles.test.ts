/**
 * Session 25 (unans): who did what to whom (grounding-roles.ts). The answer must fill the side of
 * the deed the question leaves open: "Who played X?" is not answered by whom someone played, nor
 * "What fine has X imposed?" by who imposed it. Stories written for these tests; each refusal is
 * answered on main 78d4776, each positive case is the same story asked what it does say.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const SITCOM = parseArticle(
  [
    'Sitcom star remembered by former cast',
    '',
    'LOS ANGELES, June 3 (AP) -- Actor Ray Dunmore, a star of the 1980s sitcom Harbor Days, has died at the age of 81, his family said on Tuesday.',
    '',
    '"I learned more from Ray in one week than from anyone else in a whole year," co-star Tom Keller, who played Sam Brody, said on Twitter.',
    '',
    'Dunmore played the harbor master Walt Pierce for seven seasons.',
    '',
    "Fans still quote Uncle Jack's catchphrase from the show's first season.",
  ].join('\n'),
  { id: 'sitcom', fileName: 'sitcom.txt' },
);

const COMIC = parseArticle(
  [
    'Comic heroine heads to the big screen',
    '',
    'NEW YORK, May 8 (Reuters) -- A little-known comic book heroine is to get her own film, the studio said on Friday.',
    '',
    "The comic book's Nightjar was created by Ann Lorimer and Peter Vance for the Starlight series in 1979.",
    '',
    'The studio has not said who will direct the film.',
    '',
    "Moonwing, Nightjar's older sister, first appeared in the series in 1983.",
  ].join('\n'),
  { id: 'comic', fileName: 'comic.txt' },
);

const SANCTIONS = parseArticle(
  [
    'Shipping firm fined over sanctions',
    '',
    'MEXICO CITY, July 21 (AP) -- A shipping firm has lost its licence to operate in Mexican ports, the government said on Monday.',
    '',
    '"Because the company has avoided the sanctions imposed by the U.N. Security Council, the government is acting on its international obligations," the ministry said.',
    '',
    'The firm said it would appeal.',
  ].join('\n'),
  { id: 'sanctions', fileName: 'sanctions.txt' },
);

const SIGNING = parseArticle(
  [
    'Veteran midfielder extends stay',
    '',
    'BRIGHTON, England, March 4 (Reuters) -- Veteran midfielder Diego Alvarez has signed a one-year contract extension, his club said on Wednesday.',
    '',
    'The former Porto star signed for the Seagulls in the summer, leaving Portugal after ten years and embarking on a new challenge in England.',
    '',
    'Alvarez, 31, has made 20 appearances this season.',
    '',
    'Manager Tom Reid said he was delighted.',
  ].join('\n'),
  { id: 'signing', fileName: 'signing.txt' },
);

describe('who did what to whom (grounding-roles.ts)', () => {
  it('does not answer "who played X" with whom another actor played', () => {
    const a = answer('Who played Walt Pierce?', SITCOM);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Dunmore/);
    const b = answer('Who played Uncle Jack?', SITCOM);
    expect(b.found).toBe(false);
    expect(b.answer).toMatch(/does not say/);
  });

  it('does not answer "who created X" from a sentence about the creation of another', () => {
    const a = answer('Who created Nightjar?', COMIC);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Lorimer/);
    const b = answer('Who created Moonwing?', COMIC);
    expect(b.found).toBe(false);
  });

  it('does not answer "what did X impose" with who imposed it', () => {
    const a = answer('What fine has Mexico imposed?', SANCTIONS);
    expect(a.found).toBe(false);
    expect(a.answer).not.toMatch(/Security Council/i);
  });

  it('does not answer "who did it" with a span that stands nowhere the doer of the deed stands', () => {
    // "signed for the Seagulls": the club he signed for, not who signed him.
    const a = answer('Who signed Alvarez for Porto?', SIGNING);
    expect(a.found).toBe(false);
    expect(a.answer).not.toMatch(/Seagulls/);
    const b = answer('Who signed a contract extension?', SIGNING);
    expect(b.found).toBe(true);
    expect(b.answer).toMatch(/Alvarez/);
  });
});
