/**
 * Session 15: a long span that holds one figure answers "how much/how many" with the figure
 * (span-figure.ts), in news copy with or without capitals. Stories written for the test.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { figureInLongSpan } from '../../../src/core/answer/span-figure.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import { makeArticle } from '../../helpers/article.ts';

/** The rule alone on one sentence, the model's span given as its text; the figure kept, or null. */
function cut(question: string, sentence: string, span: string): string | null {
  const toks = tokenize(sentence);
  const at = sentence.indexOf(span);
  const i = toks.findIndex((t) => t.start >= at);
  let j = i;
  while (j + 1 < toks.length && toks[j + 1].end <= at + span.length) j++;
  const r = figureInLongSpan(analyzeQuestion(question), toks, i, j);
  return r ? sentence.slice(toks[r[0]].start, toks[r[1]].end) : null;
}

describe('the one figure of a long span (span-figure.ts)', () => {
  it('"How much would the club pay?" in a lower-case story gives the sum, not the clause around it', () => {
    const story = makeArticle({
      text:
        "winger tom reyes is wanted by leeds this summer for £40million as he stalls over a new contract. " +
        "his club said on monday that reyes would not be sold. the 20-year-old joined the club in 2019, his agent said.",
    });
    const a = answer('How much would Leeds pay for Reyes?', story);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('£40million');
  });

  it('cuts only a long span with one figure, for "how much/how many"', () => {
    const s = 'Reyes is wanted by Leeds this summer for £40million as he stalls over a new contract.';
    expect(cut('How much would Leeds pay?', s, 'summer for £40million as he stalls over a new contract')).toBe('£40million');
    // Near shapes: a short span; two figures (which one is asked is not this rule's call); another question.
    expect(cut('How much would Leeds pay?', s, 'for £40million')).toBeNull();
    expect(cut('How much did it cost?', 'Tickets cost £450 for adults and £120 for children this year.', '£450 for adults and £120 for children')).toBeNull();
    expect(cut('What does Leeds want?', s, 'summer for £40million as he stalls over a new contract')).toBeNull();
  });
});
