/**
 * Session 16: follow-ups a desk asks of wire copy that the answerer got wrong, each with a near
 * shape that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const TRANSFER = parseArticle(
  'Bayern sign Dutch striker for record fee\n\n' +
    'MUNICH, Germany (AP) - Bayern Munich signed Dutch striker Joost van Dijkman from Ajax on Friday for a club-record 95 million euros, the German champions said.\n\n' +
    'The 23-year-old, who scored 31 goals last season, signed a five-year contract. Bayern coach Vincent Kompany said van Dijkman was "exactly the striker we needed."\n\n' +
    'Ajax will also receive up to 10 million euros in add-ons. The previous club record was the 80 million euros Bayern paid for Harry Kane in 2023.\n\n' +
    'Van Dijkman is expected to make his debut against Stuttgart on Aug. 24.',
  { id: 'transfer' },
);

const EARNINGS = parseArticle(
  'Nestle profit falls as shoppers switch to cheaper brands\n\n' +
    "GENEVA (Reuters) - Nestle, the world's largest food company, reported a 9 percent fall in first-half net profit on Thursday to 5.6 billion Swiss francs, as shoppers in Europe and North America switched to supermarket own brands.\n\n" +
    'Sales fell 1.1 percent to 45 billion francs, as expected by analysts. Chief executive Laurent Freixe said the company would cut 3,000 jobs in its coffee business by the end of next year.',
  { id: 'earnings' },
);

describe('desk follow-ups on wire copy (session 16)', () => {
  it('"Who did X sign?" is the object of "signed" in the sentence that says it, not a name beside "X" in another', () => {
    const a = answer('Who did Bayern sign?', TRANSFER);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('Joost van Dijkman');
    expect(a.answer).not.toContain('Kompany');
    expect(a.evidence[0].sentence).toContain('signed Dutch striker');
    // The sentence that says the asked verb keeps its own reading.
    expect(answer('Who did Bayern pay 80 million euros for?', TRANSFER).answer).toContain('Harry Kane');
  });

  it('"Why did profit fall?" is the clause after ", as", not the profit figure; ", as expected" is no reason', () => {
    const why = answer('Why did profit fall?', EARNINGS);
    expect(why.answer).toContain('shoppers in Europe and North America switched to supermarket own brands');
    expect(why.answer).not.toContain('5.6 billion');
    expect(answer('Why did sales fall?', EARNINGS).answer).not.toMatch(/^as expected/);
  });

  it('a figure asked for is given without the day before it ("on Thursday to 5.6 billion")', () => {
    expect(answer("What was Nestle's net profit?", EARNINGS).answer).toBe('5.6 billion Swiss francs');
    // A date asked for keeps its day.
    expect(answer('When did Nestle report a fall in net profit?', EARNINGS).answer).toContain('Thursday');
  });
});
