/**
 * The answer on the other side of the verb (span-arguments.ts, docs/answers-spans.md "Session 13"):
 * "What are the most powerful X?" over "Y are the most powerful X" answers Y; "Who listed X?" over
 * "X was listed ... by Y" answers Y. Questions and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { answerDetailed } from '../../../src/core/answer/answer.ts';
import { copulaAt, copulaPredicate } from '../../../src/core/answer/span-arguments.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';
import { makeArticle } from '../../helpers/article.ts';

const article = (id: string, text: string): Article => makeArticle({ id, title: '', text });

describe('the subject of a copula', () => {
  it('reads the question\'s predicate and finds it after "is/are" in a sentence', () => {
    expect(copulaPredicate('What are the most powerful swelling drugs?')).toEqual(['power', 'swell', 'drug']);
    // One content word says too little to tell a predicate from a definition.
    expect(copulaPredicate('What is the NASUWT?')).toBeNull();
    expect(copulaPredicate('Who led the march?')).toBeNull();
    const toks = tokenize('Cortisones are the most powerful of these drugs, but they have side effects.');
    expect(toks[copulaAt(toks, ['power', 'swell', 'drug'])].text).toBe('are');
    // The predicate's head must come first: "is used to ... drugs" is no match.
    const other = tokenize('A scale is used to weigh the drugs and the powerful salts.');
    expect(copulaAt(other, ['power', 'swell', 'drug'])).toBe(-1);
  });

  it('answers with the subject, not a pronoun', () => {
    const drugs = article('drugs', 'Several medicines ease swelling in the joints. Cortisones are the most powerful of these drugs, but they have many side effects, such as weight gain and weak bones.');
    expect(answerDetailed('What are the most powerful swelling drugs?', drugs, { threshold: 0 }).span).toBe('Cortisones');
    const pronoun = article('pronoun', 'Several medicines ease swelling in the joints. They are the most powerful of these drugs, but cause many side effects, such as weight gain and weak bones.');
    expect(answerDetailed('What are the most powerful swelling drugs?', pronoun, { threshold: 0 }).span).not.toBe('They');
  });
});

describe('the agent of a passive', () => {
  it('answers "Who <verb> X?" with what follows "by"', () => {
    const valley = article(
      'valley',
      'The raiders burned much of the northern valley and sacked Dunmore, although their forces were halted by the Guards of Elmet, but the raiders would return to beat the Guards out of the valley.',
    );
    const q = 'Who halted the advance of the raiders across the valley?';
    expect(answerDetailed(q, valley, { threshold: 0 }).span).toBe('the Guards of Elmet');
    // Without the rule the span model answers with the place the raiders sacked.
    expect(answerDetailed(q, valley, { threshold: 0, passive: false }).span).toBe('Dunmore');
    const market = article('market', 'The covered market opened in 1835. The market hall was listed as a protected building in 1954 by the Heritage Board of the county, after a long campaign.');
    expect(answerDetailed('Who listed the market hall as a protected building?', market, { threshold: 0 }).span).toBe('the Heritage Board');
  });
});
