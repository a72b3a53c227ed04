/**
 * Is a question word said another way in the sentence? WordNet's synonym lists (the `synonyms`
 * package, 27,779 head words, read once) tell a paraphrase ("built" for "constructed") from a
 * swap ("hated" where the sentence has "esteemed"): an unanswerable question made by changing
 * one word of a sentence leaves a word with no synonym there.
 */
import synonyms from 'synonyms';
import { stem } from './spans.ts';

const own = Object.prototype.hasOwnProperty;
const cache = new Map<string, Set<string> | null>();

/** Crude base forms of an inflected word ("hated" -> "hate", "hat"; "fees" -> "fee"). */
function bases(lower: string): string[] {
  const out = [lower];
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  if (lower.endsWith('s')) out.push(lower.slice(0, -1));
  if (lower.endsWith('ied')) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('ed')) out.push(lower.slice(0, -2), lower.slice(0, -1));
  if (lower.endsWith('ing')) out.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`);
  return out;
}

/** Stems of the word's synonyms (every part of speech), or null when the word is not in the list. */
export function synonymStems(lower: string): Set<string> | null {
  let v = cache.get(lower);
  if (v !== undefined) return v;
  v = null;
  for (const b of bases(lower)) {
    if (!own.call(synonyms.dictionary, b)) continue;
    v ??= new Set<string>();
    for (const list of Object.values(synonyms.dictionary[b])) for (const w of list) if (!w.includes(' ')) v.add(stem(w));
  }
  cache.set(lower, v);
  return v;
}

/** Does any of the sentence's stems say this word another way (either word listing the other)? */
export function saidOtherwise(lower: string, wordStem: string, sentence: readonly { lower: string; stem: string }[]): boolean {
  const mine = synonymStems(lower);
  for (const t of sentence) {
    if (t.stem === wordStem) continue;
    if (mine?.has(t.stem)) return true;
    if (synonymStems(t.lower)?.has(wordStem)) return true;
  }
  return false;
}
