/**
 * Session 17: the measure features of the answerability model (answerable-measure.ts). A question
 * asks for a measure by a word the answer's unit stands in for ("How much did it sell for?" is
 * answered by "$4.5 million", "How far?" by "12 miles"), and the story rarely repeats that word
 * beside the figure. Read on stories of our own, through the answerer (the features of the span it
 * chooses); each test holds a near shape that must not set the feature.
 */
import { describe, expect, it } from 'vitest';
import { answerDetailed } from '../../../src/core/answer/answer.ts';
import { ANSWERABLE_FEATURES, NANSWERABLE } from '../../../src/core/answer/answerable.ts';
import { askedMeasures } from '../../../src/core/answer/answerable-measure.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { makeArticle } from '../../helpers/article.ts';

const dated = { place: 'YORK', date: '2026-05-02', agency: null };

const AUCTION = makeArticle({
  dateline: dated,
  text:
    'A painting by the Victorian artist Ada Marsh fetched $4.5 million at an auction in New York on Friday, the auction house said. ' +
    'The canvas, found in a barn in 1990, measures two metres across. ' +
    "Shares in the auction house were up 12 percent by the end of trading. The house employs 300 staff.",
});

const STORM = makeArticle({
  dateline: dated,
  text:
    'Gusts of up to 110 kilometers per hour tore roofs from houses along the coast on Thursday, the weather service said. ' +
    'The storm was centred 40 miles off the coast. Power was cut to 9,000 homes for two days.',
});

/** The measure features of the answer the answerer gives (the answerability model off, every span kept). */
function measures(question: string, story = AUCTION): { span: string | null; unitOk: number; unitMiss: number; unitFull: number } {
  const d = answerDetailed(question, story, { answerable: new Float64Array(NANSWERABLE), threshold: 0 });
  const at = (name: string) => (d.features ? d.features[ANSWERABLE_FEATURES.indexOf(name)] : NaN);
  return { span: d.span, unitOk: at('unitOk'), unitMiss: at('unitMiss'), unitFull: at('unitFull') };
}

describe('measure features (answerable-measure.ts)', () => {
  it('a sum asked by "sell for" is answered by a figure with its currency, and the unit stands in for the word the sentence lacks', () => {
    const f = measures('How much did the painting sell for?');
    expect(f.span).toMatch(/4\.5 million/);
    expect(f).toMatchObject({ unitOk: 1, unitMiss: 0, unitFull: 1 });
  });

  it('a sum asked, a count of staff given: the unit is missing', () => {
    const f = measures('How much does the auction house pay its staff?');
    expect(f.unitOk).toBe(0);
    expect(f.unitMiss).toBe(1);
  });

  it('a speed asked by "how fast" is met by "per hour"; a distance by miles', () => {
    expect(measures('How fast were the gusts?', STORM)).toMatchObject({ unitOk: 1, unitFull: 1 });
    expect(measures('How far off the coast was the storm centred?', STORM)).toMatchObject({ span: expect.stringMatching(/40 miles/), unitOk: 1 });
  });

  it('a unit joined to its figure by a hyphen is a unit ("a 26-mile walk")', () => {
    const walk = makeArticle({ dateline: dated, text: 'The charity said volunteers completed a 26-mile walk across the moors on Sunday to raise money for the hospital.' });
    expect(measures('How far did the volunteers walk?', walk)).toMatchObject({ span: expect.stringMatching(/26-mile/), unitOk: 1, unitMiss: 0 });
  });

  it('a change asked ("by how much did the shares rise") is met by a percentage', () => {
    expect(measures('By how much did shares in the auction house rise?')).toMatchObject({ span: expect.stringMatching(/12 percent/), unitOk: 1 });
  });

  it('a count ("how many") asks for no unit; a question that asks for no measure sets none of them', () => {
    expect(askedMeasures('How many staff does the house employ?', analyzeQuestion('How many staff does the house employ?'))).toEqual([]);
    expect(askedMeasures('How much does the canvas measure across?', analyzeQuestion('How much does the canvas measure across?'))).toEqual([]);
    expect(measures('Who found the canvas?')).toMatchObject({ unitOk: 0, unitMiss: 0, unitFull: 0 });
    expect(measures('When was the canvas found?')).toMatchObject({ unitOk: 0, unitMiss: 0, unitFull: 0 });
  });
});

describe('the typed-answer floor counts a measure word the unit answers (answer.ts)', () => {
  /** The confidence with the model switched off (raw 0.5): above 0.5 only by the floor. */
  const floorOf = (question: string, story = STORM) => answerDetailed(question, story, { answerable: new Float64Array(NANSWERABLE), threshold: 0 }).answer.confidence;

  it('"How fast were the gusts?" over "Gusts of up to 110 kilometers per hour" is floored like a sentence that says every word', () => {
    expect(floorOf('How fast were the gusts?')).toBe(0.65);
  });

  it('near shapes: no unit beside the figure, or a question word the sentence lacks besides the measure\'s, get no floor', () => {
    const bare = makeArticle({ dateline: dated, text: 'Gusts reached 110 on the coast on Thursday, the weather service said. Power was cut to 9,000 homes.' });
    expect(floorOf('How fast were the gusts?', bare)).toBe(0.5);
    expect(floorOf('How fast were the gusts in Cornwall?')).toBe(0.5);
  });
});
