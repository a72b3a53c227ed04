import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleFields, type ArticleFields } from '../../../src/core/article/parse.ts';
import { prng as rng } from '../../../scripts/prng.ts';

/** What parseArticle gives for the fields as a JSON file, or the error message it throws. */
function viaJson(f: ArticleFields, id: string): unknown {
  try {
    const raw = JSON.stringify({ title: f.title, text: f.text, url: f.url ?? undefined, publishedAt: f.publishedAt ?? undefined, source: f.source ?? undefined });
    return parseArticle(raw, { id, fileName: `${id}.json`, url: f.url });
  } catch (e) {
    return (e as Error).message;
  }
}

function direct(f: ArticleFields, id: string): unknown {
  try {
    return parseArticleFields(f, { id, fileName: `${id}.json`, url: f.url });
  } catch (e) {
    return (e as Error).message;
  }
}


// Pieces that reach every step a JSON file's fields go through: line breaks of all kinds, C0
// and C1 controls (JSON escapes the first, not the second), DEL, lone and paired surrogates,
// markup (HTML, Markdown), datelines, bylines, captions, blank-only text.
const PIECES = [
  'The ferry ran again on Tuesday.', ' ', '  ', '\n', '\n\n', '\r', '\r\n', '\t', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f',
  '\ud800', '\udc00', '\ud83d\ude00', '\u00a0', '<p>', '</p>', '<br>', '&amp;', '# Harbour', '**bold**', '- one\n- two', '[link](http://x.example)',
  'PORTSMOUTH, March 3 (Reuters) - ', 'By Jane Smith, Reuters', '(AP Photo/Jane Doe)', 'LONDON 1996-08-30 ', '!!!', 'é', 'Ünïcode', '--',
];

function randomText(r: () => number, max: number): string {
  let s = '';
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

describe('parseArticleFields', () => {
  it('gives what parseArticle gives for the same fields as a JSON file, errors included', () => {
    const r = rng(19);
    for (let i = 0; i < 3000; i++) {
      const f: ArticleFields = {
        title: r() < 0.2 ? undefined : randomText(r, 4),
        text: randomText(r, 12),
        url: r() < 0.3 ? null : r() < 0.5 ? `https://news.example/${randomText(r, 2)}` : '',
        publishedAt: r() < 0.3 ? null : r() < 0.5 ? '2024-03-05T10:00:00.000Z' : randomText(r, 2),
        source: r() < 0.3 ? null : randomText(r, 2),
      };
      const id = `item-${i}`;
      expect(direct(f, id), JSON.stringify(f)).toEqual(viaJson(f, id));
    }
  });

  it('refuses a text with nothing in it, as a JSON file without text is refused', () => {
    expect(() => parseArticleFields({ title: 'Harbour', text: ' \u0085 ' }, { id: 'x' })).toThrow('a JSON article needs a non-empty "text" string');
  });
});
