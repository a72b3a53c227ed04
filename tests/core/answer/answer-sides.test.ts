/**
 * Session 22: whose side someone is on (patterns-sides.ts). "Which team does Norris drive for?" and
 * "Who is on strike?" were the span model's, at a confidence on the refusal threshold, so a refit
 * of the answerability weights flipped them; a reporter writes both in fixed shapes.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const GRID = parseArticle(
  'Norris takes pole in Miami\n\n' +
    'MIAMI, May 3 (Reuters) - McLaren driver Lando Norris took pole position for the Miami Grand Prix on Saturday, a tenth of a second ahead of the champion.\n\n' +
    'Charles Leclerc, the Ferrari driver, qualified third after a late crash brought out the red flag.\n\n' +
    '"The car was perfect today," Norris told reporters.',
  { id: 'grid' },
);

describe('the team asked of a player is the one written beside the name', () => {
  it('"Which team does Norris drive for?" over "McLaren driver Lando Norris" is McLaren', () => {
    const a = answer('Which team does Norris drive for?', GRID);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('McLaren');
  });

  it('"Who does Leclerc drive for?" over "Charles Leclerc, the Ferrari driver," is Ferrari', () => {
    const a = answer('Who does Leclerc drive for?', GRID);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Ferrari');
  });
});

const NURSES = parseArticle(
  'Nurses strike over pay\n\n' +
    'PARIS, March 7 (Reuters) - About 3,000 nurses at the city\'s hospitals went on strike on Tuesday over pay, their union said.\n\n' +
    'Hospital director Anne Morel said talks would resume on Friday if the strike ended.',
  { id: 'nurses' },
);

const TALKS = parseArticle(
  'Rail talks to resume\n\n' +
    'BERLIN, Jan. 12 (Reuters) - Deutsche Bahn\'s personnel chief, Martin Seiler, said on Friday that talks would resume next week, the third day of the strike.\n\n' +
    'The company has offered an 11% pay rise.',
  { id: 'talks' },
);

describe('who is on strike is the group the story says strikes', () => {
  it('"Who is on strike?" over "nurses ... went on strike" is the nurses, not the director who speaks of it', () => {
    const a = answer('Who is on strike?', NURSES);
    expect(a.found).toBe(true);
    expect(a.answer).toBe("About 3,000 nurses at the city's hospitals");
  });

  it('"Who is on strike?" over a story that names no striker is refused, quoting the strike sentence', () => {
    const a = answer('Who is on strike?', TALKS);
    expect(a.found).toBe(false);
    expect(a.evidence[0]?.sentence).toMatch(/third day of the strike/);
  });
});
