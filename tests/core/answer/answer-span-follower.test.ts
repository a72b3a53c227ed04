/**
 * The answer in the sentence after a set-up sentence (span-follower.ts, docs/answers-spans.md
 * "Session 14"): "... had written his last testament." / "The testament was in Welsh ..." answers
 * "In what language was the testament written?" with "Welsh". Passages written for this test.
 */
import { describe, expect, it } from 'vitest';
import { answerDetailed } from '../../../src/core/answer/answer.ts';
import { endsOnQuestion, opensWithPointer } from '../../../src/core/answer/span-follower.ts';
import { stem, tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';
import { makeArticle } from '../../helpers/article.ts';

const article = (text: string): Article => makeArticle({ id: 'mill', title: '', text });
const OPENING = 'The old mill burned down in the winter of 1872. Years later a letter was found in the ruins in which the miller had written his last testament';
const QUESTION = "In what language was the miller's testament written?";

describe('a set-up sentence and the sentence after it', () => {
  it('tells a sentence that points back from one that does not', () => {
    const before = tokenize('A letter was found in which the miller had written his last testament.');
    expect(opensWithPointer(tokenize('The testament was in Welsh.'), before)).toBe(true);
    expect(opensWithPointer(tokenize('These include the Hollis frame.'), before)).toBe(true);
    // "The paper" names nothing the sentence before said.
    expect(opensWithPointer(tokenize('The paper was in Welsh.'), before)).toBe(false);
    expect(endsOnQuestion(before, new Set([stem('testament'), stem('language')]))).toBe(true);
    expect(endsOnQuestion(tokenize('He had written his last testament in pencil.'), new Set([stem('testament')]))).toBe(false);
  });

  it('answers from the sentence that points back when the chosen one ends on the question\'s words', () => {
    const story = article(`${OPENING}. The testament was in Welsh, apart from a short blessing in English.`);
    const d = answerDetailed(QUESTION, story, { threshold: 0 });
    expect(d.span).toBe('Welsh');
    expect(d.answer.evidence[0].sentence).toMatch(/^The testament was in Welsh/);
    // The set-up sentence is quoted too, and the answer is judged as its reading (same confidence).
    expect(d.answer.evidence[1].sentence).toMatch(/had written his last testament\.$/);
    expect(d.answer.confidence).toBe(answerDetailed(QUESTION, story, { threshold: 0, follower: false }).answer.confidence);
    // Without the rule the span model answers from the set-up sentence.
    expect(answerDetailed(QUESTION, story, { threshold: 0, follower: false }).span).toBe('last testament');
  });

  it('stays in the chosen sentence when the next one does not point back, or the chosen one goes on past the question\'s words', () => {
    const noPointer = article(`${OPENING}. Scholars say the paper was in Welsh, apart from a short blessing in English.`);
    expect(answerDetailed(QUESTION, noPointer, { threshold: 0 }).span).toBe('last testament');
    const goesOn = article(`${OPENING} in pencil. The testament was in Welsh, apart from a short blessing in English.`);
    const d = answerDetailed(QUESTION, goesOn, { threshold: 0 });
    expect(d.answer.evidence[0].sentence).toMatch(/in pencil\.$/);
  });
});
