/**
 * The span model's shape facts (noun chunks read off word classes, hashed neighbour words) and
 * the candidate limits they were paid for with: spans of at most 12 words unless the question
 * asks why or how, and none ending in a pronoun.
 */
import { describe, expect, it } from 'vitest';
import { alignQuestion } from '../../../src/core/answer/align.ts';
import { answer } from '../../../src/core/answer/answer.ts';
import { candidates, MAX_SHORT_SPAN_WORDS, MAX_SPAN_WORDS } from '../../../src/core/answer/candidates.ts';
import { prepareArticle } from '../../../src/core/answer/prepare.ts';
import { analyzeQuestion } from '../../../src/core/answer/question-type.ts';
import { shapeFacts } from '../../../src/core/answer/span-shape.ts';
import { Cls, tokenize } from '../../../src/core/answer/spans.ts';
import type { Article } from '../../../src/core/types.ts';

function story(text: string): Article {
  return { id: 'shape', title: '', text, caption: null, dateline: { place: null, date: null, agency: null }, url: null, publishedAt: null, source: null };
}

describe('shapeFacts', () => {
  const toks = tokenize('The painter lived in a series of small Lisbon hotels until 1950.');
  const at = (w: string): number => toks.findIndex((t) => t.text === w);
  const facts = shapeFacts(toks, toks.map((t) => t.lower === 'painter'), 0);

  it('reads noun chunks off the word classes, a preposition between them', () => {
    expect(facts.chunk[at('a')]).toBe(facts.chunk[at('series')]);
    expect(facts.chunk[at('of')]).toBe(-1);
    expect(facts.chunk[at('small')]).toBe(facts.chunk[at('hotels')]);
    expect(facts.chunk[at('Lisbon')]).toBe(facts.chunk[at('hotels')]);
    expect(facts.chunk[at('series')]).not.toBe(facts.chunk[at('hotels')]);
    // "a series of small Lisbon hotels" is one phrase: no token in it breaks a noun phrase ...
    expect(facts.breaks[at('hotels') + 1] - facts.breaks[at('a')]).toBe(0);
    // ... and the verb before it does.
    expect(facts.breaks[at('hotels') + 1] - facts.breaks[at('lived')]).toBe(1);
  });

  it('hashes plain content words only: not names, numbers, function words or the question\'s own words', () => {
    expect(toks[at('lived')].cls).not.toBe(Cls.Cap);
    expect(facts.word[at('lived')]).toBeGreaterThanOrEqual(0);
    expect(facts.word[at('hotels')]).toBeGreaterThanOrEqual(0);
    for (const w of ['painter', 'Lisbon', '1950', 'of', 'a', 'until']) expect(facts.word[at(w)], w).toBe(-1);
    // The span's last word is crossed with the kind of answer asked for.
    expect(shapeFacts(toks, [], 3).head[at('hotels')]).not.toBe(facts.head[at('hotels')]);
  });
});

describe('candidate limits', () => {
  const long =
    'The council closed the old bridge because engineers found that the steel cables holding the main span had rusted through in several places after decades of salt spray. ' +
    'It reopened in 1998.';
  const prep = prepareArticle(story(long));
  const words = (q: string): number[] => {
    const set = candidates(prep, alignQuestion(analyzeQuestion(q), prep));
    return set.candidates.map((c) => prep.sentences[c.sentence].tokens.slice(c.i, c.j + 1).filter((t) => t.isWord).length);
  };

  it('keeps long spans for why-questions only', () => {
    expect(Math.max(...words('What did the council close?'))).toBeLessThanOrEqual(MAX_SHORT_SPAN_WORDS);
    expect(Math.max(...words('Why did the council close the old bridge?'))).toBeGreaterThan(MAX_SHORT_SPAN_WORDS);
    expect(Math.max(...words('Why did the council close the old bridge?'))).toBeLessThanOrEqual(MAX_SPAN_WORDS);
  });

  it('ends no candidate on a pronoun', () => {
    const p2 = prepareArticle(story('After the flood the mayor thanked them and praised him.'));
    const set = candidates(p2, alignQuestion(analyzeQuestion('Whom did the mayor thank?'), p2));
    const ends = set.candidates.map((c) => p2.sentences[c.sentence].tokens[c.j].lower);
    expect(ends).not.toContain('them');
    expect(ends).not.toContain('him');
    expect(ends).toContain('mayor');
  });

  it('answers with whole phrases, not a piece of one', () => {
    const painter = story(
      'Mara Quint was a painter from Porto. She lived for most of her life in small Lisbon hotels, and painted the river every morning. ' +
        'Her best-known work, a cycle of twelve harbour scenes, hangs in the city museum.',
    );
    expect(answer('What is her best-known work?', painter).answer).toBe('a cycle of twelve harbour scenes');
    expect(answer('Where does her best-known work hang?', painter).answer).toBe('the city museum');
  });
});
