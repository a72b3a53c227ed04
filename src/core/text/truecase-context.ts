/**
 * The rules of truecasing that read a word's neighbours (truecase.ts): a name after an honorific
 * or an office ("mr. best", "sheriff rosco"), a first name and a surname, an initial between
 * names, a month next to a number, a company suffix, a government department, an organisation's
 * head word; and the gazetteer's phrases matched as runs of words.
 */
import { NAMED_BODY_HEADS, OFFICES_BEFORE_NAMES } from '../entities/gazetteer.ts';
import { LEGAL_FORMS, ROLE_NOUNS } from '../entities/lexicon.ts';
import { cap, factsOf, tags, COUNTRY_LOWER, PHRASES } from './truecase-word-facts.ts';

/** Honorifics and abbreviated titles: the next word is a name ("mr. best", "gov. brown"). */
export const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'gen', 'lt', 'sgt', 'capt', 'prof', 'rev', 'col', 'maj', 'sir', 'dame', 'lord', 'lady', 'miss']);
const PORTFOLIOS = new Set('agriculture commerce justice defense defence state treasury labor labour energy interior education health transportation transport foreign finance trade economy environment home housing'.split(' '));
/** Offices written before a name ("sheriff", "president"): the next word is a name if it can be one. The gazetteer's. */
const OFFICES: ReadonlySet<string> = new Set(OFFICES_BEFORE_NAMES.map((w) => w.toLowerCase()));
/** Head words of organisations that a name before them makes part of the name ("harvard university"; not "bosnian police"): the gazetteer's. */
const ORG_HEADS_LOWER: ReadonlySet<string> = new Set(NAMED_BODY_HEADS.map((w) => w.toLowerCase()));
/** Words after a name that make the name a subject doing or saying something ("best died", "best's"). */
export const VERB_AFTER = /^(VBD|VBZ|MD)$/;
/** Company legal forms by lowercase form, as written after a name ("corp" -> "Corp"): the entity finder's. */
const COMPANY_ENDS: ReadonlyMap<string, string> = new Map(
  LEGAL_FORMS.filter((w) => !w.endsWith('.'))
    .reverse()
    .map((w) => [w.toLowerCase(), w]),
);
const MONTHS = new Set(['march', 'may', 'june', 'august']);

/** One word of a sentence: where it is and what its lowercase core is. */
export interface Word {
  /** Offset of the core in the sentence. */
  at: number;
  /** The word without a closing full stop or possessive ("best's" -> "best"; "p." keeps its stop in `dotted`). */
  core: string;
  /** An initial ("p.") or abbreviation with its full stop. */
  dotted: boolean;
  possessive: boolean;
  cased: string | null;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

export function wordsOf(s: string): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    let core = m[0];
    let dotted = false;
    if (core.endsWith('.')) {
      core = core.slice(0, -1);
      dotted = true;
    }
    let possessive = false;
    if (/['’]s$/.test(core) && core.length > 2) {
      core = core.slice(0, -2);
      possessive = true;
    }
    out.push({ at: m.index, core: core.toLowerCase(), dotted, possessive, cased: null });
  }
  return out;
}

const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** Mark every run of words that spells a phrase of `phrases`, longest first, with its spelling. */
export function matchPhrases(ws: Word[], phrases: ReadonlyMap<string, string>, maxLen: number): void {
  for (let i = 0; i < ws.length; i++) {
    for (let n = Math.min(maxLen, ws.length - i); n >= 1; n--) {
      // A phrase does not run over a possessive ("hickory's") except at its end.
      if (ws.slice(i, i + n - 1).some((w) => w.possessive)) continue;
      const key = ws.slice(i, i + n).map((w) => w.core).join(' ');
      const hit = phrases.get(key);
      if (hit === undefined) continue;
      if (n === 1 && phrases === PHRASES && ws[i].cased === null && factsOf(ws[i].core).maybe) break;
      const parts = hit.split(' ');
      for (let k = 0; k < n; k++) ws[i + k].cased = parts[k] === parts[k].toLowerCase() ? null : parts[k];
      i += n - 1;
      break;
    }
  }
}

/** The rules that read a word's neighbours, marking the words of one sentence with their capitals. */
export function context(ws: Word[]): void {
  /** Words made a surname by the first name before them: not a first name for the next word in turn. */
  const chained = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const f = factsOf(w.core);
    const prev = ws[i - 1];
    const next = ws[i + 1];
    // "mr. best": the honorific and the name after it.
    if (HONORIFIC.has(w.core) && next && !factsOf(next.core).closed && (w.dotted || ['mr', 'mrs', 'ms', 'dr'].includes(w.core))) {
      w.cased = cap(w.core);
      next.cased ??= cap(next.core);
      continue;
    }
    // "sheriff bush": an office, then a word that can be a name.
    if (OFFICES.has(w.core) && next && !next.cased && factsOf(next.core).maybe && !ROLE_NOUNS.has(next.core) && (!ws[i + 2] || !factsOf(ws[i + 2].core).maybe)) {
      next.cased = factsOf(next.core).maybe;
    }
    // "sheriff Rosco": an office written before a name is a title ("Sheriff Rosco"), which tells the finder a person follows.
    if (OFFICES.has(w.core) && next?.cased && !next.possessive && !w.possessive && !COUNTRY_LOWER.has(next.core) && !PHRASES.has(next.core)) w.cased = cap(w.core);
    // "rosco p. coltrane": an initial between two names.
    if (w.dotted && w.core.length === 1 && isLetter(w.core) && prev?.cased && next?.cased) w.cased = w.core.toUpperCase();
    // "james best", "mark latshaw": a first name and a surname that can be one.
    // One of the two must be a name by itself: "cash bond" is not a person.
    if (f.first && next && !w.possessive && !chained.has(i)) {
      const nf = factsOf(next.core);
      if (f.cased && !next.cased && (nf.maybe || nf.derived) && !ROLE_NOUNS.has(next.core) && !next.core.includes('-')) {
        next.cased = nf.maybe ?? cap(next.core);
        chained.add(i + 1);
      } else if (!w.cased && !f.closed && next.cased && nf.cased && !ORG_HEADS_LOWER.has(next.core) && !(/^VB/.test(tags(w.core)[0] ?? '') && !tags(w.core).some((t) => t.startsWith('NN')))) w.cased = cap(w.core);
    }
    // "march 5", "5 may": a month spelt like an ordinary word, next to a number.
    if (MONTHS.has(w.core) && !w.cased && ((next && /^\d/.test(next.core)) || (prev && /^\d{1,2}$/.test(prev.core)))) w.cased = cap(w.core);
    // "nationsbank corp.", "pirelli spa": a company suffix after a name, and the name before it.
    if (COMPANY_ENDS.has(w.core) && prev && !prev.possessive && !factsOf(prev.core).closed && (prev.cased || factsOf(prev.core).derived || factsOf(prev.core).maybe)) {
      prev.cased ??= factsOf(prev.core).maybe ?? cap(prev.core);
      w.cased = COMPANY_ENDS.get(w.core) ?? null;
    }
    // "agriculture department", "defence ministry": a government department.
    if ((w.core === 'department' || w.core === 'ministry') && prev && PORTFOLIOS.has(prev.core) && !prev.possessive) {
      prev.cased = cap(prev.core);
      w.cased = cap(w.core);
    }
    // "harvard university", "university of north carolina": an organisation's head word next to a name.
    if (ORG_HEADS_LOWER.has(w.core) && !w.cased) {
      if (prev?.cased && !prev.possessive) w.cased = cap(w.core);
      else if (next?.core === 'of' && ws[i + 2]?.cased) w.cased = cap(w.core);
    }
  }
}
