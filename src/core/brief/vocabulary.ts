/**
 * An article's vocabulary for key-point ranking: content terms of its sentences as small
 * integer ids, and set overlaps between them. Built for speed, since it runs over every
 * sentence of every article briefed: words are hashed while they are scanned and looked up
 * by character codes, so a word becomes a string only the first time an article uses it.
 */
import { STOPWORDS } from '../text/text.ts';

/** Letters and digits of lowercased text (Latin, Greek, Cyrillic and beyond count as letters). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f));
}

/** FNV-1a step over one UTF-16 unit: words are hashed as they are scanned, never sliced out. */
function fnv(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const FNV_SEED = 0x811c9dc5 | 0;

/** Word characters by UTF-16 unit (see isWordChar); one load per character in the hot loop. */
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;

/** A copy of `a` twice as long. */
function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The stop words as an open-addressing table keyed by the same hash, probed without making strings. */
const STOP_KEYS: string[] = [];
const STOP_TABLE = (() => {
  let size = 64;
  while (size < STOPWORDS.size * 4) size *= 2;
  const table = new Int32Array(size).fill(-1);
  for (const w of STOPWORDS) {
    let h = FNV_SEED;
    for (let k = 0; k < w.length; k++) h = fnv(h, w.charCodeAt(k));
    let slot = h & (size - 1);
    while (table[slot] !== -1) slot = (slot + 1) & (size - 1);
    table[slot] = STOP_KEYS.length;
    STOP_KEYS.push(w);
  }
  return table;
})();
const STOP_MAX = Math.max(...[...STOPWORDS].map((w) => w.length));

/** Is text[start, end) a stop word? `h` is its hash. */
function isStopword(text: string, start: number, end: number, h: number): boolean {
  const mask = STOP_TABLE.length - 1;
  for (let slot = h & mask; STOP_TABLE[slot] !== -1; slot = (slot + 1) & mask) {
    const w = STOP_KEYS[STOP_TABLE[slot]];
    if (w.length !== end - start) continue;
    let k = 0;
    while (k < w.length && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

/**
 * Buffers the vocabularies share instead of allocating typed arrays for every article: the
 * hash table and key hashes serve the article being prepared (terms() runs only inside
 * prepareUncached); the marks serve set overlaps of any article, because every use takes a
 * fresh stamp from one counter.
 */
const SHARED = {
  table: new Int32Array(512),
  hashes: new Int32Array(256),
  marks: new Int32Array(256),
  stamp: 0,
};

/** A stamp no mark holds yet. */
function nextStamp(): number {
  if (SHARED.stamp >= 0x3fffffff) {
    SHARED.marks.fill(0);
    SHARED.stamp = 0;
  }
  return ++SHARED.stamp;
}

/**
 * An article's vocabulary: term ids, and scratch marks for set overlaps without allocating sets.
 * Terms are looked up straight from the scanned text (hash table over character codes), so a
 * word becomes a string only the first time the article uses it.
 */
export class Vocabulary {
  /** The distinct keys, by id. */
  private readonly keys: string[] = [];

  constructor() {
    // Only the article being prepared looks terms up, so the lookup table is shared and reset.
    SHARED.table.fill(-1);
  }

  /**
   * Distinct content-term ids of a text, and its word count. A word is a run of letters and
   * digits of the lowercased text, apostrophes inside kept; words of one character and stop
   * words are not terms; a possessive "'s" is dropped and a plural "-ies"/"-s" made singular
   * (cheap by design: "police"/"police's" and "attack"/"attacks" meet).
   */
  terms(text: string): { terms: number[]; count: number } {
    const lower = text.toLowerCase();
    const n = lower.length;
    const terms: number[] = [];
    const stamp = nextStamp();
    const marks = SHARED.marks;
    let count = 0;
    let i = 0;
    while (i < n) {
      while (i < n && WORD_CHAR[lower.charCodeAt(i)] === 0) i++;
      if (i >= n) break;
      const start = i;
      // The word's hash, computed while scanning.
      let h = FNV_SEED;
      for (;;) {
        while (i < n) {
          const c = lower.charCodeAt(i);
          if (WORD_CHAR[c] === 0) break;
          h = fnv(h, c);
          i++;
        }
        if (i + 1 >= n) break;
        const c = lower.charCodeAt(i);
        if ((c === 39 || c === 0x2019) && WORD_CHAR[lower.charCodeAt(i + 1)] === 1) {
          h = fnv(h, c);
          i++;
        } else break;
      }
      count++;
      const len = i - start;
      if (len < 2 || (len <= STOP_MAX && isStopword(lower, start, i, h))) continue;
      // Normalize: the key is lower[start, end), plus a "y" when "-ies" became "-y".
      let end = i;
      let y = false;
      if (lower.charCodeAt(end - 1) === 115) {
        const apos = lower.charCodeAt(end - 2);
        if (apos === 39 || apos === 0x2019) end -= 2;
        const kept = end - start;
        const last = lower.charCodeAt(end - 1);
        const prev = lower.charCodeAt(end - 2);
        if (kept > 4 && last === 115 && prev === 101 && lower.charCodeAt(end - 3) === 105) {
          end -= 3;
          y = true;
        } else if (kept > 3 && last === 115 && prev !== 115 && prev !== 117 && prev !== 105) end -= 1;
        if (end !== i || y) {
          // The key is shorter than the word: hash it again (few words end in "s").
          h = FNV_SEED;
          for (let k = start; k < end; k++) h = fnv(h, lower.charCodeAt(k));
          if (y) h = fnv(h, 121);
        }
      }
      const id = this.intern(lower, start, end, y, h);
      if (marks[id] !== stamp) {
        marks[id] = stamp;
        terms.push(id);
      }
    }
    return { terms, count };
  }

  /** The id of the key text[start, end) (+ "y"), added when new. */
  private intern(text: string, start: number, end: number, y: boolean, h: number): number {
    const len = end - start + (y ? 1 : 0);
    let { table, hashes } = SHARED;
    let mask = table.length - 1;
    let slot = h & mask;
    for (let id = table[slot]; id !== -1; slot = (slot + 1) & mask, id = table[slot]) {
      if (hashes[id] !== h) continue;
      const key = this.keys[id];
      if (key.length !== len) continue;
      let k = 0;
      while (k < end - start && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === end - start && (!y || key.charCodeAt(k) === 121)) return id;
    }
    const id = this.keys.length;
    this.keys.push(y ? `${text.slice(start, end)}y` : text.slice(start, end));
    if (id >= hashes.length) {
      hashes = SHARED.hashes = grow(hashes);
      SHARED.marks = grow(SHARED.marks);
    }
    hashes[id] = h;
    if ((id + 1) * 2 > table.length) {
      // Keep the table at most half full: rehash every key into one twice the size.
      table = SHARED.table = new Int32Array(table.length * 2).fill(-1);
      mask = table.length - 1;
      for (let k = 0; k <= id; k++) {
        let at = hashes[k] & mask;
        while (table[at] !== -1) at = (at + 1) & mask;
        table[at] = k;
      }
    } else table[slot] = id;
    return id;
  }

  /** The text of a term id (lowercased, possessive and plural "s" removed). */
  key(id: number): string {
    return this.keys[id];
  }

  get size(): number {
    return this.keys.length;
  }

  /** Cosine-style overlap of two term-id sets, 0..1. */
  overlap(a: readonly number[], b: readonly number[]): number {
    if (!a.length || !b.length) return 0;
    const stamp = nextStamp();
    const marks = SHARED.marks;
    for (const id of a) marks[id] = stamp;
    let n = 0;
    for (const id of b) if (marks[id] === stamp) n++;
    return n / Math.sqrt(a.length * b.length);
  }
}
