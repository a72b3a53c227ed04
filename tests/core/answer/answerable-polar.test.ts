/**
 * The polarity features see a question that turns the evidence's event around - its verb replaced
 * by one of another polarity or phase ("stop" over "issued"), or a word given a negative prefix
 * the sentence lacks ("conservative" over "nonconservative") - while the answerable twin of the
 * same question, asked of the same sentence, sets none of them.
 */
import { describe, expect, it } from 'vitest';
import { polarFeatures } from '../../../src/core/answer/answerable-polar.ts';
import { prepareArticle, rankSentences } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import type { Article } from '../../../src/core/types.ts';
import { makeArticle } from '../../helpers/article.ts';

const story = (text: string): Article => makeArticle({ id: 'polar', title: 'Polar', text });

const MINT = story(
  'The city mint issued paper money in 1294, but public distrust doomed the experiment. ' +
    'In closed systems, nonconservative forces change the internal energy and are often associated with the transfer of heat. ' +
    'The council began building the harbour wall in 1871.',
);

/** The polarity features of a question against the sentence that ranks best for it. */
function polar(question: string): Record<string, number> {
  const prep = prepareArticle(MINT);
  const info = analyzeQuestion(question);
  const ranked = rankSentences(prep, info);
  return polarFeatures({ question, info, prep, ranked, evidence: ranked[0], span: [] });
}

describe('polarity features', () => {
  it('marks a verb of another polarity or phase that the sentence does not say', () => {
    expect(polar('When did the city mint stop issuing paper money?').polarMiss).toBe(1);
    expect(polar('When did the city mint issue paper money?').polarMiss).toBe(0);
    expect(polar('When did the council abandon the harbour wall?')).toMatchObject({ polarMiss: 1, polarAbsent: 1 });
  });

  it('reads the verb in any form, irregular ones too ("begin" over "began")', () => {
    expect(polar('When did the council begin building the harbour wall?').polarMiss).toBe(0);
    expect(polar('When did the council stop building the harbour wall?').polarMiss).toBe(1);
  });

  it('marks a word whose negative prefix the question adds or drops', () => {
    expect(polar('Conservative forces are often associated with the transfer of what?').prefixFlip).toBe(1);
    expect(polar('Nonconservative forces are often associated with the transfer of what?').prefixFlip).toBe(0);
    expect(polar('What are non conservative forces associated with?').prefixFlip).toBe(0);
    expect(polar('What is the unofficial name of the city mint?').prefixFlip).toBe(0);
  });
});
