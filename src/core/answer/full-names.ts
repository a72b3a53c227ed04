/**
 * A reader knows a story's people by the name it gives them first: "Dr. Priya Raman, the county
 * coroner, ..." and later "Raman said the victims died at the scene". "Who said the victims died
 * at the scene?" is answered "Priya Raman", not "Raman" nor "Dr. Raman": a who-question whose
 * answer is a surname alone (or a title and a surname: "Mr Okafor", "Dr. Lee") is answered with
 * the full name the story gives that surname, when it gives exactly one (two people of one
 * surname, "Mitt Romney" and "Ann Romney", keep the answer as it was).
 */
import { FIRST_NAMES, PLACE_LOOKUP } from '../entities/lexicon.ts';
import { DEMONYMS, MONTH_AND_DAY_NAMES, ORG_HEADS, TITLE_WORDS } from '../entities/gazetteer.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import type { PreparedArticle } from './prepare.ts';

/** A question asking who (not whose: "Whose gig ..." is answered "Drake's"). */
const WHO = /^\s*(?:who|whom)\b/i;
/** A surname alone, perhaps after a title. */
const SURNAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s+)?(\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*)$/u;
/** Honorifics and ranks written before a name, never part of it. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Col|Capt|Sgt|Lt|St|Det|Insp|Supt|Cllr|Maj|Adm|Gov|Sen|Rep)\.?$/;
/** Capitalised words that open a sentence or name a thing, never a person's first name. */
const NOT_FIRST = new Set(['The', 'A', 'An', 'But', 'And', 'Or', 'In', 'On', 'At', 'Of', 'For', 'By', 'To', 'As', 'When', 'After', 'Before', 'His', 'Her', 'Their', 'This', 'That', 'It', 'If', 'While', 'With', 'From', 'Former', 'Substitute', 'Captain', 'Manager', 'Coach', 'Striker', 'Defender', 'Midfielder', 'Goalkeeper', 'Police', 'Officer', 'Judge', 'Justice', 'Council', 'County', 'City', 'Club', 'Team', 'Doctor', 'Professor', 'Father', 'Pope', 'Saint']);

/** Kin and demonyms written before a name ("Son Taos", "Canadian Eugenie Bouchard"). */
const DEMONYM_WORDS = new Set([...Object.keys(DEMONYMS), ...Object.values(DEMONYMS)].map((w) => w.toLowerCase()));
const KIN = /^(?:Son|Daughter|Wife|Husband|Brother|Sister|Mother|Father|Mum|Mom|Dad|Uncle|Aunt|Cousin|Widow|Grandmother|Grandfather)$/;

/**
 * May this capitalised word be part of a person's given names? In copy that reached us in lower
 * case (its capitals guessed), only a first name the lists know or an initial.
 */
function givenName(w: string, lower: boolean): boolean {
  if (KIN.test(w)) return false;
  if (FIRST_NAMES.has(w)) return true;
  if (/^\p{Lu}\.$/u.test(w)) return true;
  if (lower || !/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w) || /s$/u.test(w) || KIN.test(w) || DEMONYM_WORDS.has(w.toLowerCase())) return false;
  return !NOT_FIRST.has(w) && !TITLE_WORDS.has(w) && !ORG_HEADS.has(w) && !PLACE_LOOKUP.has(w) && !MONTH_AND_DAY_NAMES.has(w) && !HONORIFIC.test(w);
}

/**
 * The full name for a who-question's surname answer ("Raman" -> "Priya Raman"), or null when
 * the question asks no who, the answer is no surname alone, or the story gives that surname no
 * first name or more than one.
 */
export function fullNameFor(prep: PreparedArticle, question: string, answer: string): string | null {
  if (!WHO.test(question)) return null;
  const m = SURNAME.exec(answer.trim());
  if (!m) return null;
  const surname = m[1];
  const at = new RegExp(`(?<![\\p{L}\\p{N}'’.-])${escapeRegExp(surname)}(?![\\p{L}\\p{N}-])`, 'gu');
  const names = new Set<string>();
  for (const s of prep.sentences) {
    for (const hit of s.text.matchAll(at)) {
      const words = s.text.slice(Math.max(0, hit.index - 60), hit.index).split(/\s+/);
      if (words.at(-1) !== '') continue;
      words.pop();
      const given: string[] = [];
      while (given.length < 2 && words.length > 0 && givenName(words.at(-1)!, prep.lowerCase)) given.unshift(words.pop()!);
      // (A word before the given names that could itself be one: "Jonathan Van Ness", "Brian Todd said Sarah": leave it.)
      if (given.length === 0 || (words.length > 0 && given.length === 2 && givenName(words.at(-1)!, prep.lowerCase))) continue;
      // A given name the lists know or an initial, or an honorific before the name ("Dr. Priya Raman"):
      // an unknown capitalised word alone may be a body's or a place's ("Primera Division Real").
      if (!given.some((g) => FIRST_NAMES.has(g) || /^\p{Lu}\.$/u.test(g)) && !HONORIFIC.test(words.at(-1) ?? '')) continue;
      names.add([...given, surname].join(' '));
    }
  }
  return names.size === 1 ? [...names][0] : null;
}
