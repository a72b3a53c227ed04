/**
 * Session 16 (s16/right): two shapes where the span model answers from the wrong part of the right
 * sentence. Stories written for the test.
 *   - The doer after "by" when the sentence names the deed by a noun or a participle, not the asked
 *     verb (span-arguments.ts nominalAgent): "an attack by the Northern Militia", "set by Mara Quist".
 *   - "Who is X's father?" answered from the child's side (patterns-kin.ts): "X, son of Y", "X is
 *     the daughter of Y and Z", "Y said ... his daughter X".
 */
import { describe, expect, it } from 'vitest';
import { answer, answerDetailed } from '../../../src/core/answer/answer.ts';
import { parentOf } from '../../../src/core/answer/patterns-kin.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { makeArticle } from '../../helpers/article.ts';

const raid = makeArticle({
  text:
    'Korvel Kurds were the victims of a major chemical weapons attack by the Northern Militia in 2009, which left thousands dead in the town of Korvel. ' +
    'Aid workers reached the town two days later. ' +
    "The current Hour record is 61.2km, set by Norwegian Mara Quist in March after the ICF, the sport's world governing body, reformed its rules, reviving interest in the event. " +
    'Quist said she would not try again.',
});

describe('the doer after "by" named by a noun or a participle (span-arguments.ts)', () => {
  it('"Who carried out the chemical attack?" gives the attacker, not the victims', () => {
    const d = answerDetailed('Who carried out the chemical attack?', raid, { threshold: 0 });
    expect(d.span).toBe('Northern Militia');
  });

  it('"Who holds the current hour record?" gives the holder after "set by", not the governing body', () => {
    const d = answerDetailed('Who holds the current hour record?', raid, { threshold: 0 });
    expect(d.span).toMatch(/Mara Quist$/);
  });

  it('keeps an answer that is not after "by" when no question word stands before it', () => {
    const story = makeArticle({
      text: 'Tomas Berg won the race on Sunday, ahead of a field slowed by the heat. Berg said the course was hard.',
    });
    const d = answerDetailed('Who won the race?', story, { threshold: 0 });
    expect(d.span).toMatch(/Tomas Berg/);
  });
});

describe('"Who is X\'s father?" from the child\'s side (patterns-kin.ts)', () => {
  const family = makeArticle({
    text:
      'Several singers were questioned last month, including Lena Vos, daughter of veteran stage actor Piet Vos, who was later released. ' +
      'Former Rotterdam goalkeeper Hugo Brandt announced on Friday that his daughter Ella is free of cancer. ' +
      'Sam Keller, who plays the coach in the film, is the son of Anna Keller and Marc Dunn, and he grew up on set.',
  });

  it('reads the parent named after "daughter of", after "is the son of", and the father who speaks of "his daughter"', () => {
    expect(answer("Who is Lena Vos's father?", family).answer).toMatch(/Piet Vos$/);
    expect(answer("Who are Sam Keller's parents?", family).answer).toBe('Anna Keller and Marc Dunn');
    const a = answer("Who is Ella Brandt's father?", family);
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Hugo Brandt');
  });

  it('gives no parent for a child the story does not place in a family', () => {
    const prep = prepareArticle(family);
    const ranked = prep.sentences.map((_, k) => ({ sentence: k }));
    expect(parentOf("Who is Anna Keller's father?", prep, ranked)).toBeNull();
    expect(parentOf("Who is Hugo Brandt's father?", prep, ranked)).toBeNull();
    // Another question than a parent's: not this rule's.
    expect(parentOf("Who is Lena Vos's agent?", prep, ranked)).toBeNull();
  });
});
