import { describe, expect, it } from 'vitest';
import { cleanSentence, cleanSentences, looksLikeCaption } from '../../../src/core/brief/clean.ts';
import {
  defaultKeyPointCount,
  selectKeyPoints,
  selectKeyPointSentences,
  selectTldr,
  selectTldrSentence,
} from '../../../src/core/brief/keypoints.ts';
import { sentences, splitSentences, wordCount } from '../../../src/core/text/text.ts';
import { textRank } from '../../../scripts/lib/textrank.ts';

/** Every word of `shown`, in order, is a word of `original`: cleaning removes, never adds. */
function isSubsequence(shown: string, original: string): boolean {
  const a = shown.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const b = original.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let j = 0;
  for (const w of a) {
    while (j < b.length && b[j] !== w) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

const CHURCH = [
  '(CNN) -- A fire destroyed the historic wooden church of St. Anne in the village of Ashby on Sunday night.',
  'No one was hurt in the blaze, which started in the bell tower of the church shortly after 9 p.m.',
  'Scroll down for video.',
  'Blaze: the church (pictured) was destroyed by a fire in the village of Ashby on Sunday night.',
  'The church was built in 1742 and was the oldest building in the county.',
  'Firefighters from three towns fought the fire at the church for six hours.',
  '"We lost a piece of our history tonight," said the Rev. Mary Holt.',
  'I was there when the roof fell in, and I cried.',
  'What happens next?',
  'Investigators believe an electrical fault in the bell tower caused the fire at the church.',
  'Residents of Ashby have raised $20,000 to rebuild the church.',
];

describe('key points', () => {
  it('returns the requested number of distinct sentences in article order', () => {
    for (const n of [1, 3, 5]) {
      const idx = selectKeyPoints({ title: '', sentences: CHURCH }, n);
      expect(idx).toHaveLength(n);
      expect(new Set(idx).size).toBe(n);
      expect([...idx].sort((a, b) => a - b)).toEqual(idx);
      for (const i of idx) expect(CHURCH[i]).toBeDefined();
    }
  });

  it('shows article words only, with datelines and picture cues removed', () => {
    const chosen = selectKeyPointSentences({ title: '', sentences: CHURCH }, 5);
    for (const c of chosen) {
      expect(isSubsequence(c.text, CHURCH[c.index])).toBe(true);
      expect(c.text).not.toMatch(/\(CNN\)|\(pictured\)|Scroll down/);
    }
    expect(chosen[0].text.startsWith('A fire destroyed')).toBe(true);
  });

  it('skips furniture, the caption that repeats the lead, questions and first-person asides', () => {
    const idx = selectKeyPoints({ title: '', sentences: CHURCH }, 4);
    expect(idx).toContain(0);
    expect(idx).not.toContain(2); // Scroll down for video.
    expect(idx).not.toContain(3); // caption repeating the lead
    expect(idx).not.toContain(7); // "I was there ..."
    expect(idx).not.toContain(8); // "What happens next?"
  });

  it('never repeats a sentence the page printed twice', () => {
    const twice = ['The dam burst on Tuesday, flooding three villages.', 'Rescue teams reached the area by boat.', 'The dam burst on Tuesday, flooding three villages.'];
    const chosen = selectKeyPointSentences({ title: '', sentences: twice }, 3);
    expect(chosen.map((c) => c.index)).toEqual([0, 1]);
  });

  it('handles tiny and empty articles', () => {
    expect(selectKeyPoints({ title: '', sentences: [] }, 3)).toEqual([]);
    expect(selectKeyPoints({ title: '', sentences: ['Only one sentence stands here.'] }, 3)).toEqual([0]);
    expect(selectKeyPoints({ title: 'x', sentences: CHURCH }, 0)).toEqual([]);
    expect(selectTldr({ title: '', sentences: [] })).toBe(-1);
    expect(selectTldrSentence({ title: '', sentences: ['Scroll down for video.'] })).toBeNull();
  });

  it('gives the same answer when the title is shared with the first sentence', () => {
    const input = { title: 'Fire destroys historic church in Ashby', sentences: CHURCH };
    const first = selectKeyPoints(input, 3);
    expect(selectKeyPoints(input, 3)).toEqual(first);
    expect(selectTldr(input)).toBe(selectTldr({ ...input }));
  });

  it('the TL;DR is a central sentence of the article, shown without its dateline', () => {
    const t = selectTldrSentence({ title: '', sentences: CHURCH });
    expect(t).not.toBeNull();
    expect(t!.text).toMatch(/church/i);
    expect(isSubsequence(t!.text, CHURCH[t!.index])).toBe(true);
    expect(t!.text).not.toMatch(/^\(CNN\)/);
    expect([2, 3, 7, 8]).not.toContain(t!.index);
  });

  it('defaults to three points, more for long articles', () => {
    expect(defaultKeyPointCount(5)).toBe(3);
    expect(defaultKeyPointCount(30)).toBe(3);
    expect(defaultKeyPointCount(60)).toBe(4);
    expect(defaultKeyPointCount(120)).toBe(5);
  });
});

describe('cleaning', () => {
  it('strips agency tags, datelines, stamps and bylines at the start', () => {
    expect(cleanSentence('WASHINGTON (CNN) -- The Senate passed the bill.')).toBe('The Senate passed the bill.');
    expect(cleanSentence('nairobi, kenya (cnn) students were terrified on sunday.')).toBe('students were terrified on sunday.');
    expect(cleanSentence('NEW YORK -- Ruben Tejada thinks the slide was dirty.')).toBe('Ruben Tejada thinks the slide was dirty.');
    expect(cleanSentence('Updated Jul 7, 2012 6:40 PM ET Juventus are leading the chase.')).toBe('Juventus are leading the chase.');
    expect(cleanSentence('By . Daily Mail Reporter . A man was arrested on Friday.')).toBe('A man was arrested on Friday.');
    expect(cleanSentence('Scroll down for video A mother was holding the boy.')).toBe('A mother was holding the boy.');
    expect(cleanSentence('By . Jane Smith . PUBLISHED: . 12:34 EST, 1 May 2013 . | . UPDATED: . 09:51 EST, 2 May 2013 . A dog was found.')).toBe(
      'A dog was found.',
    );
    expect(cleanSentence('updated 8:10 AM EDT, Tue July 29, 2014 Mike Sorrentino got into a fight.')).toBe('Mike Sorrentino got into a fight.');
  });

  it('leaves sentences that only look like furniture alone', () => {
    for (const s of [
      'By Sunday, police had arrested three men.',
      'Posted satellite images show the damage.',
      'Updated guidance was issued on Monday.',
      'The man -- who was 40 -- fled.',
      'The boy lost his lunch (money) and cried.',
    ]) {
      expect(cleanSentence(s)).toBe(s);
    }
    // Datelines head a story: the same shape deep in the article is left alone.
    const body = Array.from({ length: 8 }, (_, i) => `Sentence number ${i + 1} tells the story.`);
    body[7] = 'WASHINGTON -- The talks resumed on Monday.';
    expect(cleanSentences(body)[7].text).toBe('WASHINGTON -- The talks resumed on Monday.');
    body[0] = 'WASHINGTON -- The talks began on Friday.';
    expect(cleanSentences(body)[0].text).toBe('The talks began on Friday.');
  });

  it('drops page furniture and keeps story sentences', () => {
    for (const s of [
      'Scroll down for video.',
      "CNN's Jane Doe contributed to this report.",
      'Follow us on Twitter @BBCNewsEnts.',
      'Media playback is not supported on this device',
      "Editor's note: John Avlon is a CNN contributor.",
      'all rights reserved.',
    ]) {
      expect(cleanSentence(s)).toBe('');
    }
    expect(cleanSentence('Watch: the device will last for 48 hours.')).toBe('Watch: the device will last for 48 hours.');
    expect(cleanSentence('Police said the man, 33, was arrested.')).toBe('Police said the man, 33, was arrested.');
  });

  it('removes picture cues without leaving stray commas', () => {
    expect(cleanSentence('Shine on: maticevski (left), ginger & smart (middle), and johnson (right) wowed.')).toBe(
      'Shine on: maticevski, ginger & smart, and johnson wowed.',
    );
    expect(cleanSentence('The Queen’s Guard (pictured) slipped on a manhole cover.')).toBe('The Queen’s Guard slipped on a manhole cover.');
  });

  it('flags captions and keeps indices pointing at the original list', () => {
    expect(looksLikeCaption('Big Brother is watching: A speed camera has been turned round.')).toBe(true);
    expect(looksLikeCaption('Neymar (centre) takes a selfie with friends.')).toBe(true);
    expect(looksLikeCaption('The council approved the budget on Tuesday.')).toBe(false);
    expect(looksLikeCaption('Police said: "We are looking for him."')).toBe(false);
    const c = cleanSentences(['Scroll down for video.', 'The bridge will close for repairs next month.']);
    expect(c).toEqual([{ index: 1, text: 'The bridge will close for repairs next month.', caption: false }]);
  });
});

describe('sentence splitter (shared, src/core/text/text.ts)', () => {
  it('splits before a lone quote mark that closes a sentence', () => {
    expect(splitSentences("It was set to 'The Fresh Prince of Bel-Air. ' The clip has been viewed 1.7 million times.")).toEqual([
      "It was set to 'The Fresh Prince of Bel-Air. '",
      'The clip has been viewed 1.7 million times.',
    ]);
  });

  it('ends a sentence after "p.m." or "Inc." when a sentence clearly starts, not before a name', () => {
    expect(splitSentences('It started after 9 p.m. Scroll down for video.')).toEqual(['It started after 9 p.m.', 'Scroll down for video.']);
    expect(splitSentences('He joined the U.S. Army at 9 a.m. Friday.')).toEqual(['He joined the U.S. Army at 9 a.m. Friday.']);
    expect(splitSentences('Mr. Smith paid $3.5 million. J. K. Rowling agreed.')).toEqual(['Mr. Smith paid $3.5 million.', 'J. K. Rowling agreed.']);
  });

  it('splits lowercased text at its punctuation', () => {
    expect(splitSentences('he was 88. best died in hospice on monday.')).toEqual(['he was 88.', 'best died in hospice on monday.']);
  });

  it('counts words as the word pattern does, joined words once, any script', () => {
    const pattern = (t: string) => (t.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu) ?? []).length;
    const texts = [
      "A well-known U.S. firm don't pay 3.5% -- or $1,200.",
      'Ünïcödé wörds, 日本語のテキスト, 𝒜𝒷𝒸 math and emoji 🎉 too.',
      "-x- .a. 'quoted' end. ",
      '',
      CHURCH.join(' '),
    ];
    for (const t of texts) expect(wordCount(t)).toBe(pattern(t));
    expect(wordCount("A well-known U.S. firm don't pay")).toBe(6);
  });

  it('returns a fresh list each time for the same text', () => {
    const text = 'One sentence here. Another one there.';
    const a = sentences(text);
    a.push('mutated');
    expect(sentences(text)).toEqual(['One sentence here.', 'Another one there.']);
  });
});

describe('TextRank baseline', () => {
  it('picks the most connected sentences, in order', () => {
    const s = [
      'The storm hit the coast on Monday.',
      'Cats sleep a lot.',
      'The storm flooded homes on the coast.',
      'Thousands lost power after the storm hit the coast.',
    ];
    const top = textRank(s, 2);
    expect(top).toHaveLength(2);
    expect(top).not.toContain(1);
    expect([...top].sort((a, b) => a - b)).toEqual(top);
    expect(textRank(s, 10)).toEqual([0, 1, 2, 3]);
  });
});
