/**
 * Per-sentence facts for two kinds of span feature the span model lacked (candidates.ts):
 *
 * - **Constituent shape without a parser.** Noun chunks read off the part-of-speech classes
 *   (a run of determiners, adjectives, numbers, names and nouns; a determiner after a noun opens a
 *   new chunk). A span that cuts a chunk ("series of New York" of "a series of New York hotels")
 *   is rarely an answer; one that is a whole chunk, or whole chunks joined by prepositions and
 *   "and" ("the Supreme Court of the United States"), often is. This is the constituent label
 *   of the feature-based SQuAD baseline (Rajpurkar et al. 2016), as far as tags allow.
 * - **Lexicalised neighbours.** The lowercase content word before and after a span, and the
 *   span's last word crossed with the kind of answer asked for, hashed into buckets: answers
 *   follow "called", "named", "known as", "including" and end in "percent", "century",
 *   "years" in ways the word classes do not say. Names, numbers and the question's own words
 *   are left out (they belong to one article, not to how answers are written).
 */
import { Cls, isStop, type Token } from './spans.ts';

/** Hash buckets for the neighbour words and for the span's last word (crossed with the answer kind). */
export const NEIGHBOUR_BUCKETS = 512;
export const HEAD_BUCKETS = 1024;

/** What the shape and lexical features of one sentence read; arrays indexed by token. */
export interface ShapeFacts {
  /** Noun chunk of each token, or -1 outside any chunk. */
  chunk: Int32Array;
  /** Prefix counts of tokens that cannot sit inside a noun phrase with its prepositional phrases. */
  breaks: Int32Array;
  /** Bucket of each lowercase content word that is not a question word, else -1. */
  word: Int32Array;
  /** Bucket of each such word crossed with the answer kind asked for, else -1. */
  head: Int32Array;
}

const IN_CHUNK = new Set<number>([Cls.Det, Cls.Adj, Cls.Num, Cls.Cap, Cls.Noun]);
const LEXICAL = new Set<number>([Cls.Noun, Cls.Verb, Cls.VerbPast, Cls.VerbIng, Cls.Adj, Cls.Adv, Cls.Other]);

/** FNV-1a of a string (stable across runs: the buckets are part of the shipped weights). */
function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The shape facts of a sentence's tokens; `match` marks the question's words, `expectId` the kind asked for. */
export function shapeFacts(toks: readonly Token[], match: readonly boolean[], expectId: number): ShapeFacts {
  const n = toks.length;
  const chunk = new Int32Array(n).fill(-1);
  const breaks = new Int32Array(n + 1);
  const word = new Int32Array(n).fill(-1);
  const head = new Int32Array(n).fill(-1);
  let id = -1;
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    const c = t.cls;
    if (t.isWord && IN_CHUNK.has(c)) {
      // A determiner after a chunk's noun starts another chunk ("gave the city a charter").
      const fresh = k === 0 || chunk[k - 1] < 0 || (c === Cls.Det && toks[k - 1].cls !== Cls.Det);
      if (fresh) id++;
      chunk[k] = id;
    }
    const inside = chunk[k] >= 0 || c === Cls.Prep || t.lower === 'and' || t.lower === 'or' || t.text === '-' || /^['’]s?$/.test(t.text);
    breaks[k + 1] = breaks[k] + (inside ? 0 : 1);
    if (t.isWord && !match[k] && LEXICAL.has(c) && !isStop(t.lower)) {
      const h = fnv(t.stem);
      word[k] = h % NEIGHBOUR_BUCKETS;
      head[k] = fnv(String(expectId), h) % HEAD_BUCKETS;
    }
  }
  return { chunk, breaks, word, head };
}

/** Values of the chunk template: 0-3 cut on the left (1) / right (2), 4 one whole chunk, 5 whole chunks joined, 6 no chunk word. */
export const NCHUNK = 7;
