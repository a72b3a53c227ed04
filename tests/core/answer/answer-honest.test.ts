/**
 * Honest answers: the three outcomes a reader sees (a confident answer with its sentence, a hedge,
 * "the article does not say" with the closest passage), refusals of what the seed article does not
 * give, and a confidence that means what it says on questions the model never saw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { answer, answerOutcome, HEDGE_BELOW, REFUSE_BELOW } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';
import { answerMessage } from '../../../src/core/message/build.ts';
import type { Answer } from '../../../src/core/types.ts';
import { calibration } from '../../../scripts/answerable-cv.ts';
import { jointCrossValidation } from '../../../scripts/newsqa-data.ts';
import { readQa } from '../../../scripts/qa-data.ts';
import { expectRefused } from '../../helpers/answers.ts';

// The calibration block's span fold fits and answered questions are read from a disk cache when
// none of their inputs changed since they were stored (tests/helpers/fold-cache.ts,
// tests/helpers/example-cache.ts): the same fits and examples, without refitting or answering again.
vi.mock('../../../scripts/span-folds.ts', async (importOriginal) => (await import('../../helpers/fold-cache.ts')).withCachedFolds(await importOriginal()));
vi.mock('../../../scripts/answerable-examples.ts', async (importOriginal) => (await import('../../helpers/example-cache.ts')).withCachedExamples(await importOriginal()));

const SEED_ID = '000_96cf53ebe954ef7b';
const seed = parseArticle(readFileSync(`briefings/${SEED_ID}.txt`, 'utf8'), { id: SEED_ID, fileName: `${SEED_ID}.txt` });
const QA2 = resolve('..', 'shared/data/qa2-dev.jsonl');

describe('three outcomes in chat', () => {
  it('a confident answer is the answer itself, with the sentence that says it', () => {
    const a = answer('Which railway will China support?', seed);
    expect(answerOutcome(a)).toBe('confident');
    const m = answerMessage(a, seed);
    expect(m.text).toBe('the China-Kyrgyzstan-Uzbekistan railway');
    expect(m.fields?.[0].name).toBe('The article says');
    expect(m.fields?.[0].value).toContain('support the construction of the China-Kyrgyzstan-Uzbekistan railway');
  });

  it('a hedged answer says the article only suggests it, and quotes what it does say', () => {
    const a: Answer = {
      question: 'Where did they meet?',
      answer: 'Beijing',
      found: true,
      confidence: (REFUSE_BELOW + HEDGE_BELOW) / 2,
      evidence: [{ sentence: 'They met in Beijing.', index: 0 }],
    };
    expect(answerOutcome(a)).toBe('hedged');
    const m = answerMessage(a, seed);
    expect(m.text).toBe('The article suggests Beijing, but does not say it outright:');
    expect(m.fields?.[0].value).toBe('“They met in Beijing.”');
    expect(answerOutcome({ ...a, confidence: HEDGE_BELOW })).toBe('confident');
  });

  it('a refusal says what the article does not say and quotes the closest passage', () => {
    const a = answer('What is the population of Kyrgyzstan?', seed);
    expect(answerOutcome(a)).toBe('refused');
    const m = answerMessage(a, seed);
    expect(m.text).toBe('The article does not say what the population of Kyrgyzstan is.');
    expect(m.fields?.[0].name).toBe('Closest passage');
    // No percentage beside a refusal: it would read as how sure the refusal is.
    expect(m.footer).not.toMatch(/confidence|%/);
    expect(seed.text.replace(/\s+/g, ' ') + ' ' + seed.caption).toContain(a.evidence[0].sentence);
  });
});

describe('what the seed article does not give is refused', () => {
  it.each([
    'What is the population of Kyrgyzstan?',
    'What did Xi say about Taiwan?',
    'How many documents were signed?',
    'How much will the railway cost?',
    'When will the railway be finished?',
    'Who is the Kyrgyz foreign minister?',
    'Who won the figure skating?',
  ])('%s', (q) => {
    const a = answer(q, seed);
    expectRefused(a);
  });

  it('attributes what was said about Taiwan to the one who said it', () => {
    const a = answer('What did Zhaparov say about Taiwan?', seed);
    expect(a.found).toBe(true);
    expect(a.answer).toContain('firm support for China');
    expect(a.evidence[0].sentence).toMatch(/^Zhaparov expressed/);
  });

  it('answers who came and who Zhaparov is from the sentences that say so', () => {
    expect(answer('Who came?', seed).answer).toBe('Sadyr Zhaparov');
    expect(answer('Who is Sadyr Zhaparov?', seed).answer).toBe('Kyrgyz President');
  });
});

describe('calibration on held-back folds', () => {
  it.skipIf(!existsSync(QA2))(
    'confidence is within 10 points of how often answers are right in every populated bin',
    () => {
      const { qa2, news, p2, pn } = jointCrossValidation(readQa(QA2));
      const all = [...qa2, ...news];
      const p = Float64Array.from([...p2, ...pn]);
      const bins = calibration(all, p).filter((b) => b.n >= 20);
      expect(bins.length).toBeGreaterThanOrEqual(5);
      for (const b of bins) expect(Math.abs(b.mean - b.right), `bin ${b.lo}-${b.hi} (n=${b.n})`).toBeLessThanOrEqual(0.1);
    },
    600_000,
  );
});
