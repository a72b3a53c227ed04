/**
 * Session 11's candidate answerability features, on sentences of our own: a question phrase the
 * paragraph says but the chosen sentence binds otherwise, a name or number swapped in the same
 * slot, a modal the sentence lacks, a superlative only another sentence has. Each test also holds
 * the answerable wording, which must not set the feature.
 */
import { describe, expect, it } from 'vitest';
import { modalMiss, phraseElsewhere, questionPhrases, slotSwap, superElsewhere } from '../../../src/core/answer/answerable-view.ts';
import { tokenize } from '../../../src/core/answer/spans.ts';

const sents = (...s: string[]) => s.map((x) => tokenize(x));

describe('answerable view features', () => {
  it('pairs question content words in order, across one function word', () => {
    expect(questionPhrases('What was the capital of France in 1900?').map(([a, b]) => `${a.lower} ${b.lower}`)).toEqual(['capital france', 'france 1900']);
  });

  it('sees a question phrase bound to other words in the chosen sentence', () => {
    const para = sents('The first mill in the county was built in 1782.', 'The mill was rebuilt in 1994 after a fire.');
    // "first mill" is said by sentence 0; sentence 1 has "mill" without "first".
    expect(phraseElsewhere('When was the first mill rebuilt?', para, 1)).toBe(true);
    expect(phraseElsewhere('When was the first mill built?', para, 0)).toBe(false);
  });

  it('sees a name or number swapped beside the same word', () => {
    const s = tokenize('Weber was born in Hamburg in 1850.');
    expect(slotSwap('Who was born in Berlin?', s)).toBe(true);
    expect(slotSwap('Who was born in Hamburg?', s)).toBe(false);
    expect(slotSwap('Where was Weber born in 1852?', s)).toBe(true);
    // A name the sentence lacks with nothing in its slot is not a swap.
    expect(slotSwap('Did Weber meet Brahms?', s)).toBe(false);
  });

  it('sees a modal or future the sentence lacks', () => {
    expect(modalMiss('When will the bridge open?', tokenize('The bridge opened in 1931.'))).toBe(true);
    expect(modalMiss('When will the bridge open?', tokenize('The bridge will open in May.'))).toBe(false);
    expect(modalMiss('When did the bridge open?', tokenize('The bridge opened in 1931.'))).toBe(false);
  });

  it('sees a superlative or ordinal that only another sentence has', () => {
    const para = sents('The largest lake in the region is Lake Orta.', 'Lake Maggiore lies to the east.');
    expect(superElsewhere('What is the largest lake to the east?', para, 1)).toBe(true);
    expect(superElsewhere('What is the largest lake in the region?', para, 0)).toBe(false);
    // "interest" is no superlative.
    expect(superElsewhere('What interest lies to the east?', sents('Interest rates rose.', 'Lake Maggiore lies to the east.'), 1)).toBe(false);
  });
});
