/**
 * A small part-of-speech tagger: Brill's lexicon (the `brill` package: each word's tags, most
 * frequent first) plus the handful of contextual and suffix rules of the fastTag tagger. Good
 * enough to tell noun phrases from verbs when picking answer spans, and fast (a lookup a word).
 */
import { brill } from 'brill';

/** Penn Treebank tag of each word; `first` marks the sentence's first word. */
export function tagWords(words: readonly string[], first: readonly boolean[]): string[] {
  const options = words.map((w, k) => lookup(w, first[k]));
  const tags = options.map((o, k) => (o ? o[0] : unknownTag(words[k], first[k])));
  for (let k = 0; k < tags.length; k++) {
    const w = words[k].toLowerCase();
    const prev = k > 0 ? tags[k - 1] : '';
    const opts = options[k];
    // After a determiner or possessive a verb reading is wrong: "the *report*".
    if ((prev === 'DT' || prev === 'PRP$' || prev === 'JJ') && /^VB[DPZ]?$/.test(tags[k]) && (!opts || opts.some((t) => t.startsWith('NN')))) {
      tags[k] = w.endsWith('s') ? 'NNS' : 'NN';
    }
    // After "to" or a modal, a base verb: "to *provide*", "would *support*".
    if ((prev === 'TO' || prev === 'MD') && opts && opts.includes('VB') && !tags[k].startsWith('VB')) tags[k] = 'VB';
    if (tags[k] === 'NN' || tags[k] === 'NNS') {
      if (/\d/.test(w)) tags[k] = 'CD';
      else if (w.length > 4 && w.endsWith('ed') && !opts) tags[k] = 'VBN';
      else if (w.length > 4 && w.endsWith('ing') && !opts) tags[k] = 'VBG';
      else if (w.length > 4 && w.endsWith('ly')) tags[k] = 'RB';
      else if (w.length > 4 && w.endsWith('al') && !opts) tags[k] = 'JJ';
      else if (tags[k] === 'NN' && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !opts) tags[k] = 'NNS';
    }
  }
  return tags;
}

const own = Object.prototype.hasOwnProperty;

/** The lexicon's tags for a word; the data has a stray null ("your"), so entries are checked. */
function entry(word: string): string[] | undefined {
  // Cached: the lexicon entry is cleaned once per word, not once per occurrence.
  const hit = entryCache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const v: unknown = own.call(brill, word) ? brill[word] : undefined;
  const tags = Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string').map(primary) : [];
  if (entryCache.size > 100_000) entryCache.clear();
  entryCache.set(word, tags.length ? tags : null);
  return tags.length ? tags : undefined;
}

const entryCache = new Map<string, string[] | null>();

/** Is this lower-case word a common word of the lexicon (listed, and not only as a name)? */
export function isCommonWord(lower: string): boolean {
  const tags = entry(lower);
  return tags !== undefined && !tags.every((t) => t.startsWith('NNP'));
}

function lookup(word: string, first: boolean): string[] | undefined {
  const exact = entry(word);
  if (exact) return exact;
  // A capitalised word the lexicon does not know is a name, unless it only starts the sentence.
  if (/^\p{Lu}/u.test(word) && !first) return undefined;
  return entry(word.toLowerCase());
}

function primary(tag: string): string {
  const bar = tag.indexOf('|');
  return bar < 0 ? tag : tag.slice(0, bar);
}

function unknownTag(word: string, first: boolean): string {
  if (/^[\d.,:%-]+$/.test(word) || /^\d/.test(word)) return 'CD';
  if (/^\p{Lu}/u.test(word) && !first) return 'NNP';
  if (/^\p{Lu}/u.test(word)) return 'NNP';
  const w = word.toLowerCase();
  if (w.includes('-')) return 'JJ';
  if (w.endsWith('ing')) return 'VBG';
  if (w.endsWith('ed')) return 'VBN';
  if (w.endsWith('ly')) return 'RB';
  if (/(?:ous|ive|ic|able|ible|ful|less|ary|al)$/.test(w)) return 'JJ';
  if (w.endsWith('s') && !w.endsWith('ss')) return 'NNS';
  return 'NN';
}
