/**
 * A TL;DR stands alone: a sentence chosen from inside the story may open with a connective
 * that ties it to the sentence before ("But", "However,", "Meanwhile,"), which the reader of
 * the TL;DR has not seen. The connective is removed and the next word capitalised, so
 * "However, the bank kept rates on hold." reads "The bank kept rates on hold." Only removes a
 * word: the rest of the sentence is the article's.
 */
import { CONNECTIVES, firstWord } from './checks.ts';

/**
 * Connectives that can go without a comma after them and leave a sentence ("But the bank ...",
 * "Yet the figures ..."). Others ("So", "Still", "Then", "Also") are removed only with their
 * comma: "So far, ..." or "Still photos show ..." are not connectives.
 */
const BARE = new Set(['but', 'and', 'yet', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'additionally', 'or', 'nor']);

/** The sentence without a leading connective that would dangle on its own. */
export function resolveOpening(text: string): string {
  let t = text;
  // Two at most: "But meanwhile, ..." / "And yet ...".
  for (let k = 0; k < 2; k++) {
    const w = firstWord(t);
    if (!CONNECTIVES.has(w)) break;
    const m = new RegExp(`^(\\s*)(["'“‘(\\[]?\\s?)${w}(\\s*,\\s*|\\s+)`, 'iu').exec(t);
    if (!m) break;
    const withComma = m[3].includes(',');
    if (!withComma && !BARE.has(w)) break;
    const rest = t.slice(m[0].length);
    // Nothing, or too little, would be left: keep the sentence as it is.
    if (!/[\p{L}\p{N}]/u.test(rest) || rest.split(/\s+/).length < 4) break;
    // Capitalise the next word, unless the copy is lowercased throughout (some data sets are).
    const cased = /[A-Z]/.test(text);
    const next = cased ? rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : rest;
    t = `${m[2]}${next}`;
  }
  return t;
}
