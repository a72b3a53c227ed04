/**
 * The content hash that deduplicates articles must never change for stored content (an
 * existing database would take every article again as new). Its normalization skips lone
 * spaces for speed: it must give exactly the text the plain rule gives (every run of
 * non-letters and non-digits becomes one space), checked here on random text.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleContentHash, normalizeForHash } from '../../src/store/content-hash.ts';

const plain = (s: string): string => s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('article content hash', () => {
  it('normalizes exactly as the plain rule on random text (accents, digits, punctuation, odd spaces)', () => {
    const pieces = ['a', 'B', ' ', '  ', '.', 'é', 'e\u0301', '\u00a0', '1', '-', '\t', 'ß', '😀', 'Ⅻ', '\n', '²', 'Ǆ', 'İ', ',"', '\u200b'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let j = rand(16); j > 0; j--) s += pieces[rand(pieces.length)];
      expect(normalizeForHash(s), JSON.stringify(s)).toBe(plain(s));
    }
  });

  it('gives the hash stored articles already have', () => {
    const a = { title: 'Ferries  run again', text: 'The harbour authority said on Tuesday — after repairs — that ferries would run from April.' };
    const expected = createHash('sha256').update(`${plain(a.title)}\n${plain(a.text)}`).digest('hex');
    expect(articleContentHash(a)).toBe(expected);
    expect(articleContentHash({ title: 'ferries run AGAIN!', text: a.text })).toBe(expected);
  });
});
