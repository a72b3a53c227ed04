/**
 * Title words, the index behind autocomplete and `/brief <words>` on every store: a title's
 * words are stored lowercased and without accents (one row per word), and a query matches an
 * article when each query word begins one of its title words. The same tokenizer runs for the
 * in-memory, SQLite and PostgreSQL stores, so they find the same articles.
 */

/** Longest word kept (longer ones are cut: nobody types 60 letters to find a title). */
const MAX_WORD = 40;
/** Query words used at most (each one narrows the match further). */
const MAX_QUERY_WORDS = 6;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The distinct words of a title, lowercased and without accents. */
export function titleWords(title: string): string[] {
  const words = fold(title).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_WORD)))];
}

/** The words of a search query (each matches as a prefix of a title word). */
export function queryWords(query: string): string[] {
  return titleWords(query).slice(0, MAX_QUERY_WORDS);
}

/** The lowercase form an id prefix is compared in. */
export function idKey(s: string): string {
  return s.trim().toLowerCase();
}

/** The upper bound of a prefix range: every string starting with `prefix` is below it. */
export function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/** True when every query word begins a word of the title (the in-memory store's match). */
export function titleMatches(title: string, words: string[]): boolean {
  if (!words.length) return false;
  const have = titleWords(title);
  return words.every((q) => have.some((w) => w.startsWith(q)));
}
