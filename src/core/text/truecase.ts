/**
 * Truecasing: give back the capitals of copy written all in lower case ("(cnn) james best, best
 * known for his portrayal of sheriff rosco p. coltrane ..."), so that the parts that read names
 * from capitals (the entity finder) see "James Best", "Rosco P. Coltrane", "Hickory, North
 * Carolina". Some feeds and copied texts lose their capitals; without them a story lists no one.
 *
 * How, by hand (no model): the brill lexicon (Penn Treebank words with their tags, as written)
 * knows "james" only as "James" and "hickory" as a common noun; a word it does not know in any
 * case, and that no inflection of a known word explains ("latshaw", "coltrane"), is taken for a
 * name; the gazetteer's multiword places and organisations ("north carolina") and first names
 * are matched as phrases; and the story supplies the rest: a word after "mr." or a title
 * ("sheriff bush"), a surname next to a first name ("james best"), an initial between names
 * ("p."), and a surname the story named in full coming back alone before a verb ("best died").
 * Every change is a change of letter case only, so the text keeps its length and every offset.
 * Only copy detected as lower case is touched: a cased story is returned as it is.
 */
import { brill } from 'brill';
import { COUNTRIES, DEMONYMS, KNOWN_ORGS } from '../entities/gazetteer.ts';
import { FIRST_NAMES, PLACE_LOOKUP, ROLE_NOUNS } from '../entities/lexicon.ts';
import { isLowerCaseText } from './lower-case-text.ts';

export { isLowerCaseText };

const own = Object.prototype.hasOwnProperty;
const NONE: readonly string[] = [];

/** The lexicon's tags of a word exactly as written (empty when unknown). */
function tags(w: string): readonly string[] {
  const v: unknown = own.call(brill, w) ? brill[w] : undefined;
  return Array.isArray(v) ? (v.filter((t) => typeof t === 'string') as string[]) : NONE;
}

/** Closed-class tags: a word whose commonest use is one of these is never a name ("the", "of", "he", "will"). */
const CLOSED = new Set(['DT', 'IN', 'CC', 'PRP', 'PRP$', 'MD', 'TO', 'WDT', 'WP', 'WP$', 'WRB', 'EX', 'PDT', 'RP', 'POS', 'CD', 'UH']);
/** Tags of words that may be a surname after a first name ("Best", "Brown", "Bush"): nouns and adjectives, not verbs. */
const NAMEABLE = /^(NN|NNS|JJ|JJS|JJR|NNP|NNPS)$/;

const cap = (w: string): string => {
  const u = w.charAt(0).toUpperCase();
  return u.length === 1 ? u + w.slice(1) : w;
};

/** Endings taken off a word, each with what may replace it ("ies" -> "y": "cities" -> "city"), in the order tried. */
const ENDINGS: readonly (readonly string[])[] = [
  ['s', ''], ['es', ''], ['ies', 'y'], ['ed', '', 'e'], ['ied', 'y'], ['ier', 'y'], ['iers', 'y'], ['ing', '', 'e'],
  ['ly', ''], ['ily', 'y'], ['er', '', 'e'], ['ers', '', 'e'], ['est', '', 'e'], ['ness', ''], ['ment', ''], ['ments', ''],
  ['ism', ''], ['ist', ''], ['ists', ''], ['ity', '', 'e'], ['able', '', 'e'], ['ful', ''], ['less', ''], ['ization', 'ize'],
  ['isation', 'ise'],
];

/** Crude base forms of an inflected or derived lowercase word ("catchphrases" -> "catchphrase"; "endearing" -> "endear"). */
function bases(w: string): string[] {
  const out: string[] = [];
  for (const [suffix, ...adds] of ENDINGS) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) for (const a of adds) out.push(w.slice(0, -suffix.length) + a);
  }
  for (const p of ['un', 're', 'pre', 'non', 'over', 'under', 'out', 'mis', 'anti', 'co', 'dis', 'counter', 'super', 'inter']) {
    if (w.length > p.length + 3 && w.startsWith(p)) out.push(w.slice(p.length));
  }
  // A doubled consonant before -ing/-ed ("chatting" -> "chat").
  const m = /^(.*(.))\2(?:ing|ed|er)$/.exec(w);
  if (m) out.push(m[1]);
  return out;
}

/** The American spelling the lexicon knows of a British one ("organisation", "fibre", "rumours", "paedophile"). */
function britishToAmerican(w: string): string {
  return w
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/tre(s?)$/, 'ter$1')
    .replace(/our(s|ed|ing|ite|ites)?$/, 'or$1')
    .replace(/yre(s?)$/, 'ire$1')
    .replace(/ellery$/, 'elry')
    .replace(/ae/, 'e')
    .replace(/ence$/, 'ense');
}

/** Is a word the lexicon knows only capitalised ("Organisation", "Tyre") an ordinary word in British spelling? */
function britishCommon(w: string): boolean {
  const us = britishToAmerican(w);
  return us !== w && knownCommon(us);
}

/** Is this lowercase word an ordinary English word by the lexicon, as written or once its ending is taken off? */
function knownCommon(w: string): boolean {
  const t = tags(w);
  if (t.length) return !t[0].startsWith('NNP');
  const common = (b: string) => {
    const bt = tags(b);
    return bt.length > 0 && !bt[0].startsWith('NNP');
  };
  if (bases(w).some(common)) return true;
  // British spellings of words the lexicon has in American ("organisation", "fibre", "rumours").
  const us = britishToAmerican(w);
  if (us !== w && (common(us) || bases(us).some(common))) return true;
  // A compound of two ordinary words ("middleweight", "catchphrases").
  for (let k = 3; k <= w.length - 3; k++) {
    const a = w.slice(0, k);
    const b = w.slice(k);
    if (a.length >= 4 && b.length >= 4 && common(a) && (common(b) || bases(b).some(common))) return true;
  }
  return false;
}

/** What a lowercase word is, alone. */
interface WordFacts {
  /** Its cased form when it is a name by itself ("James", "CNN", "Latshaw"), else null. */
  cased: string | null;
  /** Never a name: a closed-class word ("the", "he", "will") or a number. */
  closed: boolean;
  /** An ordinary word that can also be a name ("best", "brown", "mark"): its capitalised form, else null. */
  maybe: string | null;
  /** A first name. */
  first: boolean;
  /** Not in the lexicon as written, but an ordinary word by its ending or as a compound. */
  derived?: boolean;
}

const FIRST_LOWER = new Set([...FIRST_NAMES].map((n) => n.toLowerCase()));
const DEMONYM_LOWER = new Map(Object.keys(DEMONYMS).filter((d) => !d.includes(' ')).map((d) => [d.toLowerCase(), d]));
/** Countries by lowercase name, but not those spelt like a closed-class word ("us"). */
const COUNTRY_LOWER = new Map(COUNTRIES.filter((c) => !c.includes(' ') && !/^[A-Z.]+$/.test(c)).map((c) => [c.toLowerCase(), c]));
/** Numbers and units written in words, which the lexicon lacks in lower case. */
const NUMBER_WORDS = new Set(
  ('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty ' +
    'sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion first second third fourth fifth sixth ' +
    'seventh eighth ninth tenth half quarter dozen dozens both either neither').split(' '),
);
/** Units and currencies the lexicon lacks. */
const UNITS = new Set('km kg mm cm mph kph bps stg pct lbs lb ft sq mw kw gw mln bln tonne tonnes kilo kilos naira lei leu dinar dinars rouble roubles rupee rupees yuan baht ringgit peso pesos rand'.split(' '));
/** Names of several words that news copy uses often and the gazetteer does not hold. */
const MORE_PHRASES = [
  'Wall Street', 'World Cup', 'Federal Reserve', 'Supreme Court', 'Security Council', 'European Commission', 'State Department',
  'Premier League', 'Champions League', 'Davis Cup', 'Grand Prix', 'Olympic Games', 'Tour de France', 'Bundesbank', 'Bundesliga',
  'Justice Department', 'Defense Department', 'Congress', 'Senate', 'Parliament', 'Labour Party', 'Conservative Party',
  'Democratic Party', 'Republican Party', 'Democrats', 'Republicans', 'Twitter', 'Facebook', 'Instagram', 'YouTube', 'Internet',
];

/** Places and organisations by lowercase phrase, with their spelling (several words: "north carolina" -> "North Carolina"). */
const PHRASES = new Map<string, string>();
/** The longest phrase, in words. */
let longest = 1;
for (const name of [...PLACE_LOOKUP.keys(), ...KNOWN_ORGS, ...MORE_PHRASES]) {
  const n = name.split(' ').length;
  const lower = name.toLowerCase();
  // "us", "who", "apple": an organisation or place spelt like an ordinary word is not matched alone.
  if (n === 1 && knownCommon(lower)) continue;
  if (!PHRASES.has(lower)) PHRASES.set(lower, name);
  longest = Math.max(longest, n);
}

const factsCache = new Map<string, WordFacts>();

function factsOf(w: string): WordFacts {
  let f = factsCache.get(w);
  if (f) return f;
  f = decide(w);
  if (factsCache.size > 50_000) factsCache.clear();
  factsCache.set(w, f);
  return f;
}

function decide(w: string): WordFacts {
  const first = FIRST_LOWER.has(w);
  const none: WordFacts = { cased: null, closed: false, maybe: null, first };
  if (/\d/.test(w) || w.length < 2 || NUMBER_WORDS.has(w)) return { ...none, closed: true };
  const lower = tags(w);
  const title = cap(w);
  const titleTags = tags(title);
  // Nationalities and countries always have their capital ("french", "china": brill's porcelain).
  if (DEMONYM_LOWER.has(w) || COUNTRY_LOWER.has(w)) return { ...none, cased: DEMONYM_LOWER.get(w) ?? COUNTRY_LOWER.get(w) ?? title };
  if (lower.length) {
    if (CLOSED.has(lower[0])) return { ...none, closed: true };
    if (lower[0].startsWith('NNP')) return { ...none, cased: title };
    const nameable = titleTags.includes('NNP') && NAMEABLE.test(lower[0]);
    return { ...none, maybe: nameable ? title : null };
  }
  if (PHRASES.has(w)) return { ...none, cased: PHRASES.get(w) ?? title };
  // The lexicon lacks some frequent words in lower case ("both", "first") but has them capitalised at a sentence's start.
  if (titleTags.length) {
    if (CLOSED.has(titleTags[0]) || titleTags.some((t) => CLOSED.has(t) && t !== 'IN')) return { ...none, closed: true };
    // Known only capitalised: a name, or an adjective of one ("Kurdish", "Islamic").
    if ((titleTags.every((t) => t.startsWith('NNP')) || titleTags[0] === 'JJ' || titleTags[0] === 'NNPS' || (first && titleTags[0] === 'NNP')) && !britishCommon(w)) return { ...none, cased: title };
    return { ...none, maybe: titleTags[0].startsWith('NNP') ? title : null };
  }
  if (UNITS.has(w)) return none;
  // A short word with no vowel is an abbreviation ("kdp", "gmt").
  if (w.length <= 4 && !/[aeiouy]/.test(w)) return { ...none, cased: w.toUpperCase() };
  const upper = w.toUpperCase();
  if (w.length <= 5 && tags(upper).length) return { ...none, cased: upper };
  if (w.includes('-')) {
    // "slow-witted": ordinary parts make an ordinary word; "smith-jones": names make a name.
    const parts = w.split('-');
    if (parts.some((p) => p.length < 2 || knownCommon(p) || CLOSED.has(tags(p)[0] ?? '') || NUMBER_WORDS.has(p))) return none;
    return { ...none, cased: parts.map(cap).join('-') };
  }
  // "u.s", "u.n" (the closing stop is kept apart): initials.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) return { ...none, cased: w.toUpperCase().length === w.length ? w.toUpperCase() : null };
  // "o'gorman", "d'alema": an Irish or Italian surname.
  const irish = /^([od])(['’])(\p{L}{2,})$/u.exec(w);
  if (irish) return { ...none, cased: irish[1].toUpperCase() + irish[2] + cap(irish[3]) };
  if (w.includes('.') || w.includes("'") || w.includes('’')) return none;
  // Known only by its ending or as a compound ("catchphrases", "brightwater"): ordinary alone, a surname after a first name.
  if (knownCommon(w)) return { ...none, derived: true };
  // Known in no case and no inflection of a known word: a name ("latshaw", "coltrane").
  return { ...none, cased: title };
}

/** Honorifics and abbreviated titles: the next word is a name ("mr. best", "gov. brown"). */
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'gen', 'lt', 'sgt', 'capt', 'prof', 'rev', 'col', 'maj', 'sir', 'dame', 'lord', 'lady', 'miss']);
/** Offices written before a name ("sheriff", "president"): the next word is a name if it can be one. */
const OFFICES = new Set(['president', 'sheriff', 'senator', 'governor', 'mayor', 'judge', 'coach', 'detective', 'sergeant', 'captain', 'general', 'chancellor', 'premier', 'pope', 'king', 'queen', 'prince', 'princess', 'officer', 'congressman', 'congresswoman', 'commissioner', 'inspector', 'colonel', 'lieutenant']);
/** Head words of organisations that a name before them makes part of the name ("harvard university"); not "police", "government", "agency": "Bosnian police". */
const ORG_HEADS_LOWER = new Set(
  'university college party council committee commission ministry institute foundation association federation union corporation corp inc ltd fc league society trust airlines airways motors technologies holdings hospital school'.split(' '),
);
/** Words after a name that make the name a subject doing or saying something ("best died", "best's"). */
const VERB_AFTER = /^(VBD|VBZ|MD)$/;
/** Company suffixes by lowercase form, as written after a name. */
const COMPANY_ENDS = new Map([['corp', 'Corp'], ['inc', 'Inc'], ['ltd', 'Ltd'], ['plc', 'Plc'], ['co', 'Co'], ['llc', 'LLC'], ['ag', 'AG'], ['spa', 'SpA'], ['gmbh', 'GmbH']]);
const PORTFOLIOS = new Set('agriculture commerce justice defense defence state treasury labor labour energy interior education health transportation transport foreign finance trade economy environment home housing'.split(' '));
const MONTHS = new Set(['march', 'may', 'june', 'august']);

/** One word of a sentence: where it is and what its lowercase core is. */
interface Word {
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

function wordsOf(s: string): Word[] {
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

let disabled = 0;

/** Run `fn` with truecasing switched off (to measure what it changes, in the same run). */
export function withoutTruecasing<T>(fn: () => T): T {
  disabled++;
  try {
    return fn();
  } finally {
    disabled--;
  }
}

/**
 * The sentences of a story (title first, if any) with their capitals given back when the story
 * is written in lower case; the same array when it is not (or when truecasing is switched off).
 * Each returned sentence has the same length as the one given, letter for letter.
 * `hints`: text whose capitals are trusted (a user's question: "Who is James Best?").
 */
export function truecaseSentences(sentences: readonly string[], hints = ''): readonly string[] {
  if (disabled || !isLowerCaseText(sentences)) return sentences;
  return truecaseAll(sentences, hints);
}

/** Truecase every sentence (the story is known to be lower case). */
export function truecaseAll(sentences: readonly string[], hints = ''): string[] {
  const hinted = hintPhrases(hints);
  const all = sentences.map(wordsOf);
  // Pass 1: each word alone, then phrases, then each sentence's context.
  for (const ws of all) {
    for (const w of ws) w.cased = factsOf(w.core).cased;
    matchPhrases(ws, PHRASES, longest);
    if (hinted.size) matchPhrases(ws, hinted, 6);
    context(ws);
  }
  // Pass 2: surnames of the people the story named in full, where they come back alone.
  const surnames = new Map<string, string>();
  for (const ws of all) {
    for (let i = 1; i < ws.length; i++) {
      const a = ws[i - 1];
      const b = ws[i];
      if (a.cased && b.cased && factsOf(a.core).first && !b.dotted && !a.possessive) surnames.set(b.core, b.cased);
    }
  }
  for (const ws of all) {
    ws.forEach((w, i) => {
      if (w.cased || !surnames.has(w.core)) return;
      const next = ws[i + 1];
      const prev = ws[i - 1];
      const nextTags = next ? tags(next.core) : NONE;
      if (w.possessive || (next && nextTags.some((t) => VERB_AFTER.test(t))) || (prev && HONORIFIC.has(prev.core))) w.cased = surnames.get(w.core) ?? null;
    });
  }
  return sentences.map((s, k) => apply(s, all[k]));
}

/** Phrases of the hint text that it writes with capitals, by lowercase phrase, past its first word. */
function hintPhrases(hints: string): Map<string, string> {
  const out = new Map<string, string>();
  const runs = hints.match(/(?<=\S\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu) ?? [];
  for (const r of runs) {
    const words = r.split(/\s+/).map((w) => w.replace(/['’]s$|\.$/u, ''));
    out.set(words.join(' ').toLowerCase(), words.join(' '));
    for (const w of words) if (!factsOf(w.toLowerCase()).closed) out.set(w.toLowerCase(), w);
  }
  return out;
}

/** Mark every run of words that spells a phrase of `phrases`, longest first, with its spelling. */
function matchPhrases(ws: Word[], phrases: ReadonlyMap<string, string>, maxLen: number): void {
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

/** The rules that read a word's neighbours. */
function context(ws: Word[]): void {
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

/** The sentence with the words' cases and its first letter capitalised. */
function apply(s: string, ws: readonly Word[]): string {
  let out = '';
  let pos = 0;
  for (const w of ws) {
    if (!w.cased || w.cased.length !== w.core.length) continue;
    out += s.slice(pos, w.at) + w.cased;
    pos = w.at + w.core.length;
  }
  out += s.slice(pos);
  // The sentence's first letter, and "i" alone.
  out = out.replace(/^([^\p{L}\p{N}]*)(\p{Ll})/u, (_, a: string, c: string) => a + (c.toUpperCase().length === 1 ? c.toUpperCase() : c));
  out = out.replace(/(?<![\p{L}\p{N}'’])i(?=$|[\s'’,.;:!?")])/gu, 'I');
  return out.length === s.length ? out : s;
}
