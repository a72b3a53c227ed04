/**
 * Words that are also the names of Object's members ("constructor", "toString", "__proto__"):
 * the answerer's word tables are looked up by property, and before session 24 "Who is Italy's
 * constructor?" threw inside the role rule, so the user got an error instead of an answer.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/core/answer/answer.ts';
import { parseArticle } from '../../../src/core/article/parse.ts';

const MEMBERS = Object.getOwnPropertyNames(Object.prototype);
const story = (w: string): string =>
  `The ${w} of Italy wins\n\nROME, Sept. 3 (Reuters) -- Italy's ${w} Marco Bellini said on Thursday that the ${w} would ${w} 300 cars. ` +
  `Bellini, 54, ${w}ed the firm in 1999. The ${w} rose 5 percent.\n\nHe said the ${w}s were ${w}.`;

describe('a story or question using a word that names a member of Object', () => {
  it('answers "Who is Italy\'s constructor?" with the person the story names', () => {
    const a = answer("Who is Italy's constructor?", parseArticle(story('constructor'), { id: 'f1' }));
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Marco Bellini');
  });

  it('never throws, for any such word in the story and the question', () => {
    const failures: string[] = [];
    for (const w of MEMBERS) {
      const art = parseArticle(story(w), { id: 'x' });
      for (const q of [`Who is Italy's ${w}?`, `Which ${w} won?`, `How many cars will the ${w} ${w}?`, `When did Bellini ${w} the firm?`, `What did the ${w} say?`, `Why did the ${w} rise?`]) {
        try {
          expect(typeof answer(q, art).answer).toBe('string');
        } catch (e) {
          failures.push(`${q}: ${(e as Error).message.split('\n')[0]}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
