/**
 * Session 16: follow-ups a desk asks of wire copy that the answerer got wrong, each with a near
 * shape that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { makeArticle } from '../../helpers/article.ts';

const TRANSFER = makeArticle({
  title: 'Bayern sign Dutch striker for record fee',
  text:
    'MUNICH, Germany (AP) - Bayern Munich signed Dutch striker Joost van Dijkman from Ajax on Friday for a club-record 95 million euros, the German champions said.\n\n' +
    'The 23-year-old, who scored 31 goals last season, signed a five-year contract. Bayern coach Vincent Kompany said van Dijkman was "exactly the striker we needed."\n\n' +
    'Ajax will also receive up to 10 million euros in add-ons. The previous club record was the 80 million euros Bayern paid for Harry Kane in 2023.',
});

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
});
