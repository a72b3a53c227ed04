/**
 * A name the question gives that the article never uses ("How many jobs will be cut in
 * Wolfsburg?" over a story about Zwickau): groundingConflict (grounding.ts) refuses the span
 * model's answer on it, answer-checks.ts a pattern's answer in news copy (neverNamed).
 */
import type { PreparedArticle } from './prepare.ts';
import { Cls, isStop, stem, tokenize, type Token } from './spans.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { DEMONYMS } from '../entities/gazetteer.ts';
import { isLowerCaseCopy } from './news-copy.ts';
import { fullMonthIndex } from '../text/calendar-words.ts';

const prefixCache = new WeakMap<PreparedArticle, Set<string>>();
/** Four-letter beginnings of the article's word stems ("defend" and "defence" share "defe"). */
export function prefixes(prep: PreparedArticle): Set<string> {
  let p = prefixCache.get(prep);
  if (!p) {
    p = new Set<string>();
    for (const t of prep.index.df.keys()) {
      if (t.length >= 4) p.add(t.slice(0, 4));
      // (Each part of a hyphenated word too: "third-quarter net profit" mentions the quarter.)
      if (t.includes('-')) for (const part of t.split('-')) if (part.length >= 4) p.add(part.slice(0, 4));
    }
    prefixCache.set(prep, p);
  }
  return p;
}

/**
 * A capitalised word of the question (not its first) that the article never uses, nor any word of
 * its 4-letter root, and that names no known place or people; null when there is none.
 */
export function nameNeverUsed(words: readonly Token[], prep: PreparedArticle): string | null {
  const pre = prefixes(prep);
  // "the Belgium-Turkey match", "the Hill-Jansher match": a pairing of two names the article uses.
  const pairing = (t: Token): boolean => {
    const parts = t.text.split('-');
    return parts.length === 2 && parts.every((p) => p.length >= 3 && /^\p{Lu}/u.test(p) && (prep.index.df.has(stem(p.toLowerCase())) || PLACE_LOOKUP.has(p)));
  };
  // (A capitalised word of the stop list - "All" of "the All Blacks" - is in no index: it names nothing alone.)
  // (A month the story writes short is named: "February 6" is the story's "Feb. 6".)
  const shortMonth = (t: Token) => fullMonthIndex(t.text) >= 0 && prep.sentences.some((s) => new RegExp(`\\b${t.text.slice(0, 3)}t?\\.`).test(s.text));
  return words.find((t, k) => k > 0 && t.cls === Cls.Cap && t.text.length >= 3 && !isStop(t.lower) && !shortMonth(t) && !PLACE_LOOKUP.has(t.text) && DEMONYMS[t.text] === undefined && !prep.index.df.has(t.stem) && !pre.has(t.stem.slice(0, 4)) && !pairing(t))?.text ?? null;
}

/**
 * A name the question gives that the article never uses ("How many jobs will be cut in Wolfsburg?"
 * over a story about Zwickau), for answers read by the fixed patterns in news copy (the span
 * model's answers meet the same test in groundingConflict).
 */
export function neverNamed(question: string, prep: PreparedArticle): string | null {
  if (isLowerCaseCopy(prep)) return null;
  const name = nameNeverUsed(tokenize(question.trim()).filter((t) => t.isWord), prep);
  return name ? `never mentions "${name}"` : null;
}
