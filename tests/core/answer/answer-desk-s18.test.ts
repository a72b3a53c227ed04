/**
 * Session 18: follow-ups a desk asks of an earnings report, a court report and a wildfire story
 * that the answerer got wrong, each beside a near question that must keep its answer (or refusal).
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const EARNINGS = parseArticle(
  'Nordvik Shipping profit falls as freight rates slide\n\n' +
    'OSLO, Oct. 29, 2026 (Reuters) -- Nordvik Shipping reported a 38% drop in third-quarter net profit on Thursday, hit by lower container freight rates and higher fuel costs, and said it would cut 400 jobs.\n\n' +
    'Net profit fell to 212 million dollars from 342 million a year earlier, the Oslo-based company said. Revenue slipped 9% to 1.9 billion dollars.\n\n' +
    'Nordvik shares fell 4.2% in early trading, while the wider Oslo index was flat.\n\n' +
    'Analyst Petter Haugland of DNB Markets said the results were "weak but not a disaster".\n\n' +
    'It will pay a dividend of 1.50 crowns per share, down from 2.75 crowns last year.',
  { id: 'earnings' },
);

function ask(q: string): { found: boolean; answer: string } {
  const a = answer(q, EARNINGS);
  return { found: a.found, answer: a.answer };
}

describe('the size of a change, not a level it moved from or to', () => {
  it('"How much did profit fall?" is the drop the lead gives, not the earlier level', () => {
    expect(ask('How much did profit fall?')).toEqual({ found: true, answer: '38%' });
  });

  it('"How much did revenue fall?" is the figure after the verb of the same direction', () => {
    expect(ask('How much did revenue fall?')).toEqual({ found: true, answer: '9%' });
    expect(ask('How much did Nordvik shares fall?')).toEqual({ found: true, answer: '4.2%' });
  });

  it('a change the story never gives a size for is not answered from another time', () => {
    expect(ask('How much did profit fall in the second quarter?').found).toBe(false);
  });
});

describe('figures of an earlier time', () => {
  it('"What was net profit a year earlier?" is the figure the story times so', () => {
    expect(ask('What was net profit a year earlier?')).toEqual({ found: true, answer: '342 million' });
  });

  it('"What was the dividend last year?" is last year\'s, with its currency; this year\'s stays the answer to "How much is the dividend?"', () => {
    expect(ask('What was the dividend last year?')).toEqual({ found: true, answer: '2.75 crowns' });
    // ("1.50" alone reads like a time of day: the currency keeps it a sum.)
    expect(ask('How much is the dividend?')).toEqual({ found: true, answer: '1.50 crowns' });
  });
});

describe('the cause a reporter gives after "hit by", "due to"', () => {
  it('"Why did profit fall?" reads the cause beside the drop', () => {
    expect(ask('Why did profit fall?')).toEqual({ found: true, answer: 'lower container freight rates and higher fuel costs' });
  });

  it('a change of the other direction is not given that cause', () => {
    expect(ask('Why did profit rise?').answer).not.toContain('freight');
  });
});

describe('a job title that opens the sentence', () => {
  it('"Who is Petter Haugland?" over "Analyst Petter Haugland of DNB Markets said"', () => {
    expect(ask('Who is Petter Haugland?')).toEqual({ found: true, answer: 'Analyst' });
  });
});

describe('a hyphenated word mentions its parts', () => {
  it('"third-quarter net profit" mentions the quarter: no "never mentions" refusal', () => {
    const d = answerDetailed('What was net profit in the third quarter?', EARNINGS);
    expect(d.conflict ?? '').not.toMatch(/never mentions/);
  });
});
