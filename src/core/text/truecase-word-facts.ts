/**
 * What a lower-case word is by itself, for truecasing (truecase.ts): a name the brill lexicon
 * knows only capitalised ("james" -> "James"), a country or nationality, a closed-class word that
 * is never a name, an ordinary word that can also be a name ("best", "brown"), or a word known in
 * no case and explained by no ending, British spelling or compound, which is taken for a name
 * ("latshaw", "coltrane").
 */
import { brill } from 'brill';
import { COUNTRIES, DEMONYMS, KNOWN_ORGS } from '../entities/gazetteer.ts';
import { FIRST_NAMES, PLACE_LOOKUP } from '../entities/lexicon.ts';
import { CARDINAL_WORDS, ORDINAL_WORDS } from './number-words.ts';

const own = Object.prototype.hasOwnProperty;
export const NONE: readonly string[] = [];

/** The lexicon's tags of a word exactly as written (empty when unknown). */
export function tags(w: string): readonly string[] {
  const v: unknown = own.call(brill, w) ? brill[w] : undefined;
  return Array.isArray(v) ? (v.filter((t) => typeof t === 'string') as string[]) : NONE;
}

/** Closed-class tags: a word whose commonest use is one of these is never a name ("the", "of", "he", "will"). */
export const CLOSED = new Set(['DT', 'IN', 'CC', 'PRP', 'PRP$', 'MD', 'TO', 'WDT', 'WP', 'WP$', 'WRB', 'EX', 'PDT', 'RP', 'POS', 'CD', 'UH']);
/** Tags of words that may be a surname after a first name ("Best", "Brown", "Bush"): nouns and adjectives, not verbs. */
const NAMEABLE = /^(NN|NNS|JJ|JJS|JJR|NNP|NNPS)$/;

export const cap = (w: string): string => {
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
export function knownCommon(w: string): boolean {
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
export interface WordFacts {
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
export const COUNTRY_LOWER = new Map(COUNTRIES.filter((c) => !c.includes(' ') && !/^[A-Z.]+$/.test(c)).map((c) => [c.toLowerCase(), c]));
/** Numbers and units written in words, which the lexicon lacks in lower case. */
const NUMBER_WORDS = new Set([
  ...CARDINAL_WORDS,
  ...'thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion'.split(' '),
  ...ORDINAL_WORDS.slice(0, 10),
  ...'half quarter dozen dozens both either neither'.split(' '),
]);
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
export const PHRASES = new Map<string, string>();
/** The longest phrase, in words. */
let longestPhrase = 1;
for (const name of [...PLACE_LOOKUP.keys(), ...KNOWN_ORGS, ...MORE_PHRASES]) {
  const n = name.split(' ').length;
  const lower = name.toLowerCase();
  // "us", "who", "apple": an organisation or place spelt like an ordinary word is not matched alone.
  if (n === 1 && knownCommon(lower)) continue;
  if (!PHRASES.has(lower)) PHRASES.set(lower, name);
  longestPhrase = Math.max(longestPhrase, n);
}
/** The longest phrase of PHRASES, in words. */
export const LONGEST_PHRASE = longestPhrase;

const factsCache = new Map<string, WordFacts>();

export function factsOf(w: string): WordFacts {
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
