/**
 * Stories written all in lower case: the answerer reads them with their capitals given back
 * (names, titles, countries: truecase.ts), and quotes the article's own words to the user.
 */
import { describe, expect, it } from 'vitest';
import { answer, answerOutcome } from '../../../src/core/answer/answer.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { casedHarbour, lowerEnvoy } from '../../fixtures/lowercase-stories.ts';

describe('answers from a story written in lower case', () => {
  it('finds names, countries and organisations that only capitals would show', () => {
    expect(answer('Which organisation did Marsh join in 2015?', lowerEnvoy).answer).toBe('united nations');
    expect(answer('Where will the post be based?', lowerEnvoy).answer).toBe('nairobi');
    expect(answer('Which countries did Marsh serve in as ambassador?', lowerEnvoy).answer).toBe('ghana and nigeria');
    const replaced = answer('Who will Marsh replace?', lowerEnvoy);
    expect(replaced.answer).toBe('david cole');
    expect(answerOutcome(replaced)).toBe('confident');
    expect(answer('Which country will Marsh be envoy to?', lowerEnvoy).answer).toBe('kenya');
  });

  it('quotes the article as written, not the capitals the answerer gave back', () => {
    for (const q of ['Who welcomed the appointment?', 'Who will Marsh replace?', 'What is the name of Marsh’s husband?']) {
      const a = answer(q, lowerEnvoy);
      expect(a.evidence.length, q).toBeGreaterThan(0);
      for (const e of a.evidence) expect(lowerEnvoy.text).toContain(e.sentence);
      if (a.found) expect(lowerEnvoy.text).toContain(a.answer);
    }
  });

  it('still refuses what the story does not give', () => {
    expect(answerOutcome(answer('What is the name of Marsh’s husband?', lowerEnvoy))).toBe('refused');
    expect(answerOutcome(answer('Who is the British foreign secretary?', lowerEnvoy))).toBe('refused');
  });

  it('reads a cased story exactly as written', () => {
    const prep = prepareArticle(casedHarbour);
    expect(prep.lowerCase).toBe(false);
    for (const s of prep.sentences) expect(s.text).toBe(s.written);
    const low = prepareArticle(lowerEnvoy);
    expect(low.lowerCase).toBe(true);
    expect(low.sentences[1].text).toContain('Ghana and Nigeria');
    expect(low.sentences[1].written).toContain('ghana and nigeria');
  });
});
