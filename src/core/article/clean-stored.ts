/**
 * An article stored before invisible characters were removed where articles arrive
 * (invisible-chars.ts), made as it would arrive now: a store migration runs each stored
 * article through here once (src/store/clean-invisible.ts), so a library written by an older
 * release shows no bidi override, zero-width space or soft hyphen either.
 */
import type { Article } from '../types.ts';
import { stripInvisible } from './invisible-chars.ts';
import { headlineFrom } from './parse.ts';

const HAS_WORD = /[\p{L}\p{N}]/u;

const cleanOrNull = (s: string | null): string | null => (s === null ? null : stripInvisible(s));

/**
 * The article without invisible characters in its title, text, caption, source and dateline
 * (its id, url and dates untouched), or null when it holds none. A title that held nothing
 * but invisible characters and punctuation becomes the text's first sentence, as on arrival.
 */
export function withoutInvisibleChars(a: Article): Article | null {
  let title = stripInvisible(a.title).trim();
  const text = stripInvisible(a.text);
  if (!HAS_WORD.test(title)) {
    const first = text.split(/\n\s*\n/).find((p) => HAS_WORD.test(p));
    title = first ? headlineFrom(first.replace(/\s+/g, ' ').trim()) : a.title;
  }
  const out: Article = {
    ...a,
    title,
    text,
    caption: cleanOrNull(a.caption),
    source: cleanOrNull(a.source),
    dateline: { ...a.dateline, place: cleanOrNull(a.dateline.place), agency: cleanOrNull(a.dateline.agency) },
  };
  const same =
    out.title === a.title &&
    out.text === a.text &&
    out.caption === a.caption &&
    out.source === a.source &&
    out.dateline.place === a.dateline.place &&
    out.dateline.agency === a.dateline.agency;
  return same ? null : out;
}
