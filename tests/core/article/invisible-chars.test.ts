/**
 * Bidi controls and zero-width characters are removed from titles and text where articles are
 * normalised: a U+202E in a title showed the rest of the line reversed in chat (a spoof), and a
 * zero-width space made two titles that look the same differ. Joiners that build an emoji or
 * shape a Persian word are kept.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleFields } from '../../../src/core/article/parse.ts';

const BODY = 'The harbour authority said on Tuesday that the ferry to the island would run twice a day from May.';

describe('invisible characters in articles', () => {
  it('a title from a file loses bidi overrides, isolates and zero-width spaces', () => {
    const a = parseArticle(`Ferry \u202Etxt.exe\u202C timetable\u200B changes \u2067here\u2069\n\n${BODY}`, { id: 'x', fileName: 'x.txt' });
    expect(a.title).toBe('Ferry txt.exe timetable changes here');
  });

  it('a title given as a field (a feed item, JSON) is cleaned the same way, and so is the text', () => {
    const a = parseArticleFields({ title: '\u202APort\u2060 reopens\uFEFF\u202D', text: `The\u200B harbour \u202Ereopened\u202C on Monday.\n\n${BODY}` }, { id: 'y' });
    expect(a.title).toBe('Port reopens');
    expect(a.text).toContain('The harbour reopened on Monday.');
    expect(a.text).not.toMatch(/[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/);
  });

  it('a joiner between Latin letters goes; one in an emoji or a Persian word stays', () => {
    const a = parseArticleFields({ title: 'pay\u200Dpal \u200Cnews 👨\u200D👩\u200D👧 ❤️\u200D🔥 می\u200Cخواهم', text: BODY }, { id: 'z' });
    expect(a.title).toBe('paypal news 👨\u200D👩\u200D👧 ❤️\u200D🔥 می\u200Cخواهم');
  });

  it('a soft hyphen goes from titles and text, so a search for the whole word finds it', () => {
    const a = parseArticleFields({ title: 'Infor\u00ADmation desk opens', text: `The infor\u00ADmation desk opened on Monday.\n\n${BODY}` }, { id: 's' });
    expect(a.title).toBe('Information desk opens');
    expect(a.text).toContain('The information desk opened on Monday.');
  });
});
