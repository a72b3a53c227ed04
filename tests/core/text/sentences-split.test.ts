/**
 * `sentences()` normalizes white space once per paragraph and notes where paragraphs start
 * (`paragraphOpeners()`), for speed; what it gives must stay exactly what splitting each of
 * `paragraphs()` with `splitSentences()` gives, whatever white space the text holds.
 */
import { describe, expect, it } from 'vitest';
import { paragraphOpeners, paragraphs, sentences, splitSentences } from '../../../src/core/text/text.ts';

/** Our own copy, written with every kind of white space a pasted or fetched story brings. */
const TEXTS = [
  'The harbour board met on Monday.  It voted to dredge the channel.\n\nDredging starts in May. "It is overdue," said chair Ana Moreau.',
  'Line one of a wire story.\r\nLine two, Mr. Dale said.\r\n\r\nA new paragraph\tafter a tab.   Then three spaces.',
  '  Leading spaces. And a non-breaking\u00a0space.\u2003An em space.\n \n\nA blank line with a space on it. End.',
  'No blank lines here.\nJust single newlines.\nEach line is a paragraph then.',
  'One paragraph only, no newline at all. Two sentences in it.',
  '\n\n\n',
  '',
  'He said: \u2018It works. \u2019 The clip ran.\n\n\u201cQuoted,\u201d she added.  \n  Next line.',
];

describe('sentences()', () => {
  it('gives exactly paragraphs() split by splitSentences(), for any white space', () => {
    for (const text of TEXTS) expect(sentences(text)).toEqual(paragraphs(text).flatMap(splitSentences));
  });

  it('hands each caller its own list', () => {
    const a = sentences(TEXTS[0]);
    a.push('changed');
    expect(sentences(TEXTS[0])).not.toContain('changed');
  });
});

describe('paragraphOpeners()', () => {
  it('numbers the first sentence of each paragraph, as sentences() counts them', () => {
    for (const text of TEXTS) {
      const expected: number[] = [];
      let k = 0;
      for (const p of paragraphs(text)) {
        expected.push(k);
        k += splitSentences(p).length;
      }
      expect(paragraphOpeners(text)).toEqual(expected);
    }
  });

  it('answers for a text other than the one split last', () => {
    sentences(TEXTS[1]);
    expect(paragraphOpeners(TEXTS[0])).toEqual([0, 2]);
  });
});

describe('splitSentences() and dotted initials', () => {
  it('keeps a name written with dotted initials in one sentence', () => {
    expect(splitSentences('The band hired D.J. Fontana, a session drummer, in 1954. He stayed for 14 years.')).toEqual([
      'The band hired D.J. Fontana, a session drummer, in 1954.',
      'He stayed for 14 years.',
    ]);
    expect(splitSentences('Fans of J.R.R. Tolkien met in Oxford.')).toEqual(['Fans of J.R.R. Tolkien met in Oxford.']);
  });

  it('still ends a sentence at dotted initials before a sentence\'s first word', () => {
    expect(splitSentences('The trophy went to the Mighty M.C. The crowd cheered.')).toEqual([
      'The trophy went to the Mighty M.C.',
      'The crowd cheered.',
    ]);
  });
});
