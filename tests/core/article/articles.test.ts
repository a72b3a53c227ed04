import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, readDateline } from '../../../src/core/article/parse.ts';

const SEED = fs.readFileSync('briefings/000_96cf53ebe954ef7b.txt', 'utf8');

describe('parseArticle: wire copy', () => {
  const a = parseArticle(SEED, { id: '000_96cf53ebe954ef7b', fileName: '000_96cf53ebe954ef7b.txt' });

  it('takes the first line as the title, exactly', () => {
    expect(a.title).toBe('Xi says China to deepen all-round cooperation with Kyrgyzstan');
  });

  it('keeps the photo caption aside, out of the body', () => {
    expect(a.caption).toMatch(/^Chinese President Xi Jinping meets with Kyrgyz President Sadyr Zhaparov/);
    expect(a.caption).toMatch(/\(Xinhua\/Ding Lin\)$/);
    expect(a.text).not.toContain('Ding Lin');
    expect(a.text).not.toContain('Great Hall');
  });

  it('reads the dateline, with the year from the caption', () => {
    expect(a.dateline).toEqual({ place: 'BEIJING', date: '2022-02-06', agency: 'Xinhua' });
    expect(a.text.startsWith('Chinese President Xi Jinping on Sunday said')).toBe(true);
    expect(a.text).not.toContain('(Xinhua) --');
  });

  it('leaves the date null when no year can be found', () => {
    const b = parseArticle('Headline here\n\nPARIS, March 3 (AFP) -- Something happened in Paris today. More followed.', { id: 'x' });
    expect(b.dateline).toEqual({ place: 'PARIS', date: null, agency: 'AFP' });
  });

  it('takes the year from front matter when the text has none', () => {
    const md = '---\ntitle: Budget passes\npublished: 2023-03-04\nurl: https://example.org/a\nsource: Example News\n---\n\nLONDON, March 3 (Reuters) -- The budget passed on Friday. Critics were unhappy.\n';
    const b = parseArticle(md, { id: 'b', fileName: 'b.md' });
    expect(b.title).toBe('Budget passes');
    expect(b.url).toBe('https://example.org/a');
    expect(b.source).toBe('Example News');
    expect(b.dateline).toEqual({ place: 'LONDON', date: '2023-03-03', agency: 'Reuters' });
    expect(b.text).toBe('The budget passed on Friday. Critics were unhappy.');
  });

  it('reads other dateline shapes', () => {
    expect(readDateline('(CNN) -- The storm hit.')).toMatchObject({ place: null, agency: 'CNN' });
    expect(readDateline('WASHINGTON — Congress voted.')).toMatchObject({ place: 'WASHINGTON', agency: null });
    expect(readDateline('The man -- who was there -- left.')).toBeNull();
  });
});

describe('parseArticle: other formats and bad input', () => {
  it('reads JSON articles', () => {
    const a = parseArticle(JSON.stringify({ title: 'T', text: 'Body one. Body two.', url: 'https://x.test/1', publishedAt: '2024-01-02T03:04:05Z' }), { id: 'j', fileName: 'j.json' });
    expect(a).toMatchObject({ title: 'T', text: 'Body one. Body two.', url: 'https://x.test/1', publishedAt: '2024-01-02T03:04:05Z' });
  });

  it('strips Markdown markup from a Markdown body', () => {
    const a = parseArticle('---\ntitle: M\n---\n# Heading\n\nSome **bold** and [a link](https://x.test) here.\n', { id: 'm', fileName: 'm.md' });
    expect(a.text).toContain('Some bold and a link here.');
  });

  it('refuses empty, binary and malformed input with one-line reasons', () => {
    expect(() => parseArticle('   \n', { id: 'e' })).toThrow(/empty/);
    expect(() => parseArticle('abc\u0000def', { id: 'b' })).toThrow(/binary/);
    expect(() => parseArticle('{"title": 1}', { id: 'j', fileName: 'j.json' })).toThrow(/"text"/);
    expect(() => parseArticle('{not json', { id: 'j', fileName: 'j.json' })).toThrow(/not valid JSON/);
  });

  it('keeps a first line that is a sentence in the body (no headline line)', () => {
    const a = parseArticle('Chris May, 28, was last seen at his home in Kelvedon, Essex, on 25 May.\nPolice are appealing for information.', { id: 'x' });
    expect(a.text.startsWith('Chris May, 28, was last seen')).toBe(true);
    expect(a.title).toBe('Chris May, 28, was last seen at his home in Kelvedon, Essex, on 25 May');
  });

  it('gives a text with no title line a headline from its first sentence', () => {
    const a = parseArticle('The council voted to close the library on Monday. Residents protested.', { id: 'n' });
    expect(a.title).toBe('The council voted to close the library on Monday');
    expect(a.text).toContain('Residents protested.');
  });
});
