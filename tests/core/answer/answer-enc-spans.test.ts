/**
 * Encyclopaedia spans (docs/answers-spans-enc.md): the question's subject in sentence choice, and
 * the frame of a span (what stands on both sides of it) in the span model.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { alignQuestion } from '../../../src/core/answer/align.ts';
import { candidates } from '../../../src/core/answer/candidates.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { RERANK_FEATURES, sentenceFeatures, subjectTerms } from '../../../src/core/answer/rerank.ts';
import { stem } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';

function article(text: string): Article {
  return { id: 'enc', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

// A story of our own: two bodies approve the same bridge, at different times.
const BRIDGE = article(
  'The Tarn Valley bridge was first proposed in 1998. ' +
    'The regional water board approved the new Tarn Valley bridge design in June 2004, after two years of hearings. ' +
    'The city council approved the bridge budget in March 2006, and building began that autumn.',
);

describe('the question\'s subject in sentence choice', () => {
  it('reads the subject of "What/When did X <verb>?" as the words between the auxiliary and the verb', () => {
    expect(subjectTerms(analyzeQuestion('When did the city council approve the bridge?'))).toEqual([stem('city'), stem('council')]);
    expect(subjectTerms(analyzeQuestion('What did the Supreme Court restore?'))).toEqual([stem('supreme'), stem('court')]);
    // "Who approved ...?" asks for the subject itself: none to look for.
    expect(subjectTerms(analyzeQuestion('Who approved the bridge budget?'))).toEqual([]);
  });

  it('marks the sentence that names the subject, not the one with another doer of the same deed', () => {
    const prep = prepareArticle(BRIDGE);
    const q = alignQuestion(analyzeQuestion('When did the city council approve the bridge?'), prep);
    const set = candidates(prep, q);
    const f = sentenceFeatures(prep, q, set);
    const k = RERANK_FEATURES.indexOf('subject');
    const byText = new Map(set.top.map((t, r) => [prep.sentences[t.sentence].text, f[r][k]]));
    expect([...byText].find(([s]) => s.startsWith('The city council'))?.[1]).toBe(1);
    expect([...byText].find(([s]) => s.startsWith('The regional water board'))?.[1]).toBe(0);
  });

  it('answers with the date of the subject\'s own deed', () => {
    const a = answer('When did the city council approve the bridge?', BRIDGE);
    expect(a.evidence[0].sentence).toMatch(/^The city council/);
    expect(a.answer).toMatch(/March 2006/);
  });
});
