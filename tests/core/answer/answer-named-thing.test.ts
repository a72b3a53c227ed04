/**
 * "What is the name of the railway?" / "What is the railway called?": a thing's name as the
 * reporter writes it (before the thing, as part of a name, or after "called"); a question about a
 * person's name is left to the role rules, and a thing the story never names is refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const SEED_ID = '000_96cf53ebe954ef7b';
const seed = parseArticle(readFileSync(`briefings/${SEED_ID}.txt`, 'utf8'), { id: SEED_ID, fileName: `${SEED_ID}.txt` });

const BUS = parseArticle(
  [
    'Bus driver praised for quick thinking',
    '',
    'YORK, June 4 (PA) -- A Stagecoach bus driver stopped his bus on the Ouse Bridge on Tuesday when a passenger fell ill.',
    '',
    'The company launched a campaign called Safe Seats last year, a spokeswoman said.',
  ].join('\n'),
  { id: 'bus', fileName: 'bus.txt' },
);

describe("a thing's name", () => {
  it('reads the name the reporter writes before the thing or as part of it (the seed was refused before)', () => {
    for (const q of ['What is the name of the railway?', 'What is the railway called?']) expect(answer(q, seed).answer, q).toBe('China-Kyrgyzstan-Uzbekistan railway');
    // Before: "Olympic Winter Games" (80%), the words before ", at the Great Hall" read as an apposition.
    expect(answer('What is the name of the hall?', seed).answer).toBe('Great Hall of the People');
    expect(answer('What is the name of the bridge?', BUS).answer).toBe('Ouse Bridge');
    expect(answer('What is the campaign called?', BUS).answer).toBe('Safe Seats');
  });

  it('does not read a company or place before a word for a person as that person\'s name', () => {
    // "the Stagecoach bus driver" names his employer, not him.
    const a = answer('What is the name of the bus driver?', BUS);
    expect(a.found).toBe(false);
    // Before: "President Sadyr Zhaparov" (80%), from "Zhaparov, who came to China for the opening ceremony".
    expect(answer('What is the name of the ceremony?', seed).answer).not.toMatch(/Zhaparov/);
  });

  it('refuses a thing the story never names', () => {
    const a = answer('What is the name of the statement?', seed);
    expect(a.found).toBe(false);
    expect(a.answer).toBe('The article does not say what the name of the statement is.');
  });
});
