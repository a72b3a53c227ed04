/**
 * Session 17: follow-ups a desk asks of wire copy (a quake, a rate decision, a storm) that the
 * answerer got wrong, each with a near shape that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const QUAKE = parseArticle(
  'Strong quake hits southern Peru\n\n' +
    'LIMA, Aug. 2 (AP) -- A powerful earthquake struck southern Peru early on Tuesday, killing at least nine people, officials said.\n\n' +
    'President Dina Boluarte flew to the region and declared a 60-day state of emergency in 12 districts. "We will not leave anyone without help," she said.\n\n' +
    'More than 40 aftershocks followed, the strongest of magnitude 5.1.',
  { id: 'quake' },
);

const RATES = parseArticle(
  'Bank holds rates\n\n' +
    'LONDON, Feb 6 (Reuters) - The Bank of England kept interest rates at 4.75% on Thursday.\n\n' +
    'Consumer price inflation rose to 2.5% in December, and the Bank expects it to peak at 3.7% because of higher energy and water bills.\n\n' +
    'Officials travelled to Washington to attend the meeting of the Group of Seven.',
  { id: 'rates' },
);

const STORM = parseArticle(
  'Storm batters coast\n\n' +
    'SYDNEY (Reuters) - The strongest wind gusts peaked at 135 km/h (85 mph) on Tuesday and about 200 millimeters of rain fell in 24 hours, the bureau of meteorology said.',
  { id: 'storm' },
);

describe('what a desk asks of a quake story', () => {
  it('"How strong was the strongest aftershock?" gives the magnitude, not the verb beside it', () => {
    const a = answer('How strong was the strongest aftershock?', QUAKE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/5\.1/);
  });

  it('"How strong was the earthquake?" is not answered with the strongest aftershock ("strong" is not "strongest")', () => {
    const a = answer('How strong was the earthquake?', QUAKE);
    expect(a.found && /5\.1/.test(a.answer)).toBe(false);
  });

  it('"What did Boluarte say?" gives her quoted words, not the state of emergency she declared', () => {
    const a = answer('What did Boluarte say?', QUAKE);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/We will not leave anyone without help/);
    expect(a.answer).not.toMatch(/state of emergency/);
  });
});

describe('what a desk asks of a rate decision', () => {
  it('"Why will inflation rise?" is not the figure it rose to ("rose to 2.5%" is no purpose)', () => {
    const a = answer('Why will inflation rise?', RATES);
    expect(a.found && /2\.5%/.test(a.answer)).toBe(false);
  });

  it('"Why did officials travel to Washington?" still gives the purpose after "to"', () => {
    const a = answer('Why did officials travel to Washington?', RATES);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/attend the meeting/);
  });
});

describe('what a desk asks of a storm', () => {
  it('"How strong were the gusts?" keeps the speed unit written "km/h"', () => {
    const a = answer('How strong were the strongest wind gusts?', STORM);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^135 km\/h/);
  });
});
