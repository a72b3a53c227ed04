/**
 * Coreference (session 18, coref.ts): the sentence that answers a question about a person often
 * names them only as "he" or "she". The answerer reads such a sentence as naming the person the
 * sentence before it names (when the gender fits), never gives the pronoun as the answer, and
 * does not credit one person with what a pronoun for another says. Stories of our own.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { corefView, pronounOfAnother } from '../../../src/core/answer/coref.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const story = (id: string, lines: string[]) => parseArticle(lines.join('\n\n'), { id, fileName: `${id}.txt` });

const OBITUARY = story('obituary', [
  'Swedish novelist Astrid Lindqvist dies at 84',
  'STOCKHOLM, Dec 2 (Reuters) - Astrid Lindqvist, the Swedish novelist whose books about a fishing village sold millions of copies, has died, her publisher said on Wednesday.',
  'She died on Tuesday at her home in Uppsala after a short illness, the publisher said.',
  'Lindqvist was born in Malmo in 1942 and published her first novel in 1968. Her husband, the painter Erik Berg, died in 2004.',
]);

const SIGNING = story('signing', [
  'Real Madrid sign Brazilian forward',
  'MADRID, March 3 (Reuters) - Real Madrid have signed Brazilian forward Carlos Mendes from Santos on a five-year contract, the Spanish club said on Monday.',
  'He will wear the number 9 shirt and will be presented to fans at the Bernabeu on Thursday.',
  'Coach Ana Ruiz said the squad needed more goals.',
]);

const RAIL = story('rail', [
  'Government unveils rail plan',
  'LISBON, May 5 (Reuters) - Transport minister Tomas Harris unveiled a plan on Monday to build a high-speed line between Lisbon and Porto by 2032.',
  'Opposition leader Maria Costa criticised the plan. She said it would cost taxpayers 9 billion euros and questioned whether the line would ever be finished.',
  'The government has not said how much the line will cost.',
]);

describe('a sentence that names the person only as "he" or "she"', () => {
  it('answers "When did Lindqvist die?" from "She died on Tuesday ...", not with another sentence\'s date', () => {
    const a = answer('When did Lindqvist die?', OBITUARY);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Tuesday/);
    expect(a.evidence[0].sentence).toMatch(/^She died on Tuesday/);
  });

  it('answers where she died from the same sentence', () => {
    const a = answer('Where did Lindqvist die?', OBITUARY);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Uppsala/);
  });

  it('answers a question whose answer sentence says "he"', () => {
    const a = answer('What number will Mendes wear?', SIGNING);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/\b9\b/);
    expect(a.evidence[0].sentence).toMatch(/^He will wear/);
  });

  it('still answers the other person\'s question from the sentence that names him', () => {
    const a = answer('When did Berg die?', OBITUARY);
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/2004/);
  });

  it('gives the name, never the pronoun, as the answer to "who"', () => {
    const a = answer('Who died on Tuesday?', OBITUARY);
    expect(a.found).toBe(true);
    expect(a.answer).not.toMatch(/^she$/i);
    expect(a.answer).toMatch(/Lindqvist/);
  });
});

describe('a pronoun that stands for someone else', () => {
  it('does not credit the minister with what "she" (the opposition leader) said', () => {
    const a = answer('How much did Harris say the line would cost?', RAIL);
    expect(a.found && /9 billion/.test(a.answer)).toBe(false);
  });

  it('reads "She said ..." as the opposition leader\'s, not the minister\'s', () => {
    const prep = prepareArticle(RAIL);
    const k = prep.sentences.findIndex((s) => s.text.startsWith('She said'));
    expect(pronounOfAnother(prep, 'What did Harris say?', k)).toMatch(/Maria Costa/);
    expect(pronounOfAnother(prep, 'What did Costa say?', k)).toBeNull();
  });

  it('does not read "he" as a woman named before it', () => {
    // "He will wear ..." follows a sentence naming only Carlos Mendes; Ana Ruiz comes after it.
    const prep = prepareArticle(SIGNING);
    const view = corefView(prep, 'What did Ruiz say?');
    const k = prep.sentences.findIndex((s) => s.text.startsWith('He will wear'));
    expect(view.index.tf[k].has('ruiz')).toBe(false);
    expect(corefView(prep, 'What will Mendes wear?').index.tf[k].has('mend')).toBe(true);
  });

  it('leaves the article as it is for a question that names no one', () => {
    const prep = prepareArticle(OBITUARY);
    expect(corefView(prep, 'where did the publisher say it happened?')).toBe(prep);
  });
});
