/**
 * A race report of our own, asked what a reader asks first: "Who is X?" is never answered with
 * another person's name, a count comes from "for a record ninth time" and never from a label
 * ("lap 12"), and the one team a story names is not given for a driver it is not about.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const RACE = parseArticle(
  [
    'Hamilton wins in Silverstone as Verstappen crashes out',
    '',
    'SILVERSTONE, England, July 6 (AP) -- Lewis Hamilton won the British Grand Prix for a record ninth time on Sunday, finishing 1.5 seconds ahead of Lando Norris after world champion Max Verstappen crashed out on lap 12.',
    '',
    'Hamilton, 39, started from third on the grid and took the lead when Norris pitted on lap 40.',
    '',
    'Oscar Piastri finished third, and Charles Leclerc was fourth.',
    '',
    'Verstappen, who leads the championship by 45 points, was unhurt. His Red Bull team said the crash was caused by a brake failure.',
  ].join('\n'),
  { id: 'race', fileName: 'race.txt' },
);

describe('a race report, asked as a reader would', () => {
  it('"Who is X?" gives the role before the name, and never another person\'s name', () => {
    // Before: "Lando Norris" (65%).
    expect(answer('Who is Max Verstappen?', RACE).answer).toBe('world champion');
    // Before: "Charles Leclerc" (65%), the name beside his.
    const p = answer('Who is Oscar Piastri?', RACE);
    expect(p.found).toBe(false);
  });

  it('counts the times from "for a record ninth time", for the one it happened to', () => {
    // Before: "12" (65%), the lap Verstappen crashed on.
    expect(answer('How many times has Hamilton won the British Grand Prix?', RACE).answer).toBe('nine');
    // Norris is named after the ordinal: it is not his ninth, and "lap 12" counts nothing.
    expect(answer('How many times has Norris won the British Grand Prix?', RACE).found).toBe(false);
    expect(answer('On which lap did Verstappen crash out?', RACE).answer).toBe('12');
  });

  it('gives the one team the story names only for the driver it is written about', () => {
    // Before: "His Red Bull team" (80%) for Hamilton too.
    expect(answer('What team does Verstappen drive for?', RACE).answer).toBe('His Red Bull team');
    expect(answer('What team does Hamilton drive for?', RACE).found).toBe(false);
  });
});
