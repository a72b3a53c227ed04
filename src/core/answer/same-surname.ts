/**
 * Families share a surname: a story about "Laney Griner", her husband Justin and their son "Sammy
 * Griner" writes "Griner told the Daily Dot ..." of Laney. Asked about "Justin Griner", a sentence
 * whose every mention of the surname is another first name's ("an 8-year-old named Sammy Griner"),
 * or a bare surname right after another first name's full mention, is about someone else.
 */
import type { PreparedArticle } from './prepare.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

/** Words written before a surname that are no first name ("Mr Griner", "President Obama"). */
const NOT_FIRST = /^(?:mr|mrs|ms|miss|dr|sir|lady|lord|dame|the|president|minister|senator|rep|gov|judge|officer|sergeant|captain|coach|professor|prof|st|saint|and|of|by|for|to|from|with|said|says|told|named|called|young|old|little|big)$/i;

/** The asked person's first name and surname ("Justin Griner" -> ["Justin", "Griner"]), or null for one word. */
export function firstAndSurname(name: string): [string, string] | null {
  const words = name.trim().replace(/[?.!]+$/u, '').split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]+$/u.test(w));
  if (words.length < 2) return null;
  const first = words[words.length - 2];
  if (NOT_FIRST.test(first)) return null;
  return [first, words[words.length - 1].replace(/['’]s$/u, '')];
}

/** The first name written right before each mention of the surname in a text (null when bare). */
function mentions(text: string, surname: string): (string | null)[] {
  const re = new RegExp(String.raw`(?:(\p{L}[\p{L}'’-]*)\s+)?(?<![\p{L}])${esc(surname)}(?![\p{L}])`, 'giu');
  return [...text.matchAll(re)].map((m) => (m[1] && !NOT_FIRST.test(m[1]) && /^\p{Lu}/u.test(m[1]) ? m[1] : null));
}

/** Each sentence's mentions of a surname, read once per article (a question's view shares its sentences). */
const memo = new WeakMap<PreparedArticle['sentences'], Map<string, (string | null)[][]>>();

/** The mentions of the first `upTo + 1` sentences (read as far as asked, once). */
function mentionsIn(prep: PreparedArticle, surname: string, upTo: number): (string | null)[][] {
  let bySurname = memo.get(prep.sentences);
  if (!bySurname) memo.set(prep.sentences, (bySurname = new Map()));
  let all = bySurname.get(surname);
  if (!all) bySurname.set(surname, (all = []));
  for (let j = all.length; j <= upTo; j++) all.push(mentions(prep.sentences[j].text, surname));
  return all;
}

/** Does the text write the surname only with other first names ("named Sammy Griner" asked about Justin)? */
export function namesAnotherFirst(text: string, first: string, surname: string): boolean {
  const own = mentions(text, surname);
  return own.length > 0 && own.every((m) => m !== null && m.toLowerCase() !== first.toLowerCase());
}

/**
 * Is every mention of the surname in sentence `k` another person than `first` of that name? A
 * mention with another first name is; a bare one is when the last full mention before it (in this
 * sentence or an earlier one) has another first name. False when the story gives no full mention.
 */
export function anotherOfSurname(prep: PreparedArticle, k: number, first: string, surname: string): boolean {
  if (k < 0 || k >= prep.sentences.length) return false;
  const all = mentionsIn(prep, surname, k);
  const own = all[k];
  if (own.length === 0) return false;
  const same = (x: string) => x.toLowerCase() === first.toLowerCase();
  let last: string | null = null;
  for (let j = 0; j < k; j++) for (const m of all[j]) if (m) last = m;
  for (const m of own) {
    if (m) {
      if (same(m)) return false;
      last = m;
      continue;
    }
    if (last === null || same(last)) return false;
  }
  return true;
}
