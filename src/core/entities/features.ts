/**
 * What the classifier knows about a candidate name: its own shape (length, capitals, first
 * names, gazetteer kind, telling last word), the words around it ("said", "shares", "in"), the
 * role that introduces it, and the story around it (a sports story, how often the name comes
 * back, whether it is the surname of a person named in full). Features are strings; no feature
 * holds a whole name, so nothing learnt is a memorised entity.
 */
import { isDemonym, KNOWN_ORGS, MONTH_AND_DAY_NAMES, ORG_HEADS } from './gazetteer.ts';
import type { Candidate } from './candidates.ts';
import { COMMON, FIRST, isCapitalised, isCommonWord, isProperWord, PLACE_WORD, PROPER, wordFacts } from './tokens.ts';
import { COMPANY_SUFFIXES, FIRST_NAMES, ORG_NEXT_WORDS, PLACE_LOOKUP, ROLE_NOUNS, SPORTS_WORDS } from './lexicon.ts';
import { FOREIGN_ARTICLES, ORG_BEFORE_NOUNS, ORG_FIRST_WORDS, ORG_LAST_WORDS, WORDNET_ORGS } from './org-lexicon.ts';

/** One name of a story (every candidate written the same way), with what the story says of it. */
export interface StoryName {
  /** Its place in `StoryContext.names`: the name's id in this story. */
  id: number;
  text: string;
  words: readonly string[];
  /** How many candidates of the story are this name. */
  count: number;
  /** A role or honorific introduces it somewhere in the story. */
  introduced: boolean;
  /** Written somewhere where only a company stands ("shares of X", "X shares rose", "merger of X"). */
  business: boolean;
  /** Somewhere written where only a place stands: "near Brest", "north of Kunduz", "on the outskirts of Lyon". */
  placeContext: boolean;
  /** Somewhere people who work for a firm are "at" it: "analysts at Morgan Stanley", "economists at Goldman Sachs". */
  employer: boolean;
  /** Somewhere a noun that introduces a body stands before it ("club Atalanta", "agency Tanjug") or one after it ("Interfax news agency"). */
  orgContext: boolean;
}

/** What the whole story says about its candidates. */
export interface StoryContext {
  sports: boolean;
  /** The story's names in order of first mention; a name's id is its index here. */
  names: StoryName[];
  /** The names by their text. */
  byText: Map<string, StoryName>;
  /** The id of each candidate's name, in the order of the candidates: later steps look names up by id, not by text. */
  ids: Int32Array;
  /** Last words of names that look like a person's full name (first name, or a role before them). */
  surnames: Set<string>;
}

const BUSINESS_BEFORE = new Set(['shares', 'stake', 'merger', 'subsidiary', 'unit', 'takeover', 'acquisition', 'bid', 'owner', 'parent']);
const BUSINESS_AFTER = new Set(['shares', 'stock', 'subsidiary', 'unit', 'shareholders', 'stake']);

/** "Shares of Time Warner", "Time Warner shares rose", "the merger of Time Warner and ...". */
function businessContext(c: Candidate): boolean {
  const t = c.sentence.tokens;
  const before = t[c.start - 1] === 'of' || t[c.start - 1] === 'in' ? t[c.start - 2]?.toLowerCase() : undefined;
  return (before !== undefined && BUSINESS_BEFORE.has(before)) || BUSINESS_AFTER.has(t[c.end] ?? '') || (t[c.end] === "'s" && BUSINESS_AFTER.has(t[c.end + 1] ?? ''));
}

/** "near Brest", "north of Kunduz", "the outskirts of Lyon": words that only a place follows (not a possessive: "near Smith's home"). */
function placeContext(c: Candidate): boolean {
  const t = c.sentence.tokens;
  if (t[c.end] === "'s" || t[c.end] === '’s') return false;
  const prev = t[c.start - 1];
  if (prev === 'near') return true;
  if (prev !== 'of') return false;
  return /^(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts|suburbs?)$/i.test(t[c.start - 2] ?? '');
}

/** Plural staff a firm employs: "<staff> at X" names X as the firm (a place the gazetteer knows stays a place). */
const STAFF_AT = new Set(['analysts', 'economists', 'strategists', 'traders', 'bankers', 'executives', 'employees', 'engineers', 'researchers', 'scientists']);

/** "Analysts at Morgan Stanley said ...": the name is where the staff work. */
function employerContext(c: Candidate): boolean {
  const t = c.sentence.tokens;
  return t[c.start - 1] === 'at' && STAFF_AT.has((t[c.start - 2] ?? '').toLowerCase());
}

/** "a study published Wednesday in The Lancet", "told The Guardian", "writing in Foreign Affairs": a publication. */
function publicationContext(c: Candidate): boolean {
  const t = c.sentence.tokens;
  if (/^(?:told|interview with)$/i.test(t[c.start - 1] ?? '') && /^The$/.test(t[c.start] ?? '')) return true;
  if (t[c.start - 1] !== 'in') return false;
  return t.slice(Math.max(0, c.start - 5), c.start - 1).some((w) => /^(?:published|appeared|writing|wrote|written)$/i.test(w));
}

/** "club Atalanta", "news agency Tanjug", "Interfax news agency", "Everton striker": a word beside the name says it is a body. */
function orgContext(c: Candidate): boolean {
  const t = c.sentence.tokens;
  const prev = t[c.start - 1];
  if (prev !== undefined && ORG_BEFORE_NOUNS.has(prev)) return true;
  const next = t[c.end];
  if (next === undefined) return false;
  return ORG_NEXT_WORDS.has(next) || (next === "'s" && ORG_NEXT_WORDS.has(t[c.end + 1] ?? ''));
}

/** "captain Declan Morrow": a lowercase job noun directly before a name that can be a person's. */
function jobBefore(c: Candidate): boolean {
  const prev = c.sentence.tokens[c.start - 1];
  if (c.words.length < 2 || !prev || !ROLE_NOUNS.has(prev)) return false;
  return !ORG_HEADS.has(c.words[c.words.length - 1]) && !PLACE_LOOKUP.has(c.text) && !c.words.some((w) => isCommonWord(w) && !isProperWord(w) && !FIRST_NAMES.has(w));
}

/** The story-level facts, from all its candidates. */
export function storyContext(cands: readonly Candidate[], title: string): StoryContext {
  const names: StoryName[] = [];
  const byText = new Map<string, StoryName>();
  const ids = new Int32Array(cands.length);
  const surnames = new Set<string>();
  let sportsHits = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    let name = byText.get(c.text);
    if (!name) {
      name = { id: names.length, text: c.text, words: c.words, count: 0, introduced: false, business: false, employer: false, placeContext: false, orgContext: false };
      names.push(name);
      byText.set(c.text, name);
    }
    ids[i] = name.id;
    name.count++;
    if (c.words.length >= 2 && (FIRST_NAMES.has(c.words[0]) || c.rolePrefix || c.honorific) && !ORG_HEADS.has(c.words[c.words.length - 1])) {
      surnames.add(c.words[c.words.length - 1]);
    }
    if (!name.introduced && (c.rolePrefix || c.honorific || jobBefore(c))) name.introduced = true;
    if (!name.business && businessContext(c)) name.business = true;
    if (!name.orgContext && orgContext(c)) name.orgContext = true;
    // (A publication is a body where its words are printed, like a firm where its staff work.)
    if (!name.employer && (employerContext(c) || publicationContext(c))) name.employer = true;
    if (!name.placeContext && placeContext(c)) name.placeContext = true;
  }
  const head = /^([A-Za-z ]+) - /.exec(title);
  if (head && head[1].toLowerCase().split(' ').some((w) => SPORTS_WORDS.has(w))) sportsHits += 10;
  return { sports: sportsHits >= 10, names, byText, ids, surnames };
}

/** `t.toLowerCase()`, without a new string for the usual word that has no capital (plain ASCII). */
function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}

/** A neighbouring word as the model sees it: lowercase words as themselves, capitalised ones as CAP or ACR (acronym). */
const lowerOrCap = (t: string | undefined): string => {
  if (t === undefined) return '<none>';
  if (!isCapitalised(t)) return lowerCase(t);
  if (t.length < 2) return 'CAP';
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return 'CAP';
    if (c > 127 && t[i] !== t[i].toUpperCase()) return 'CAP';
  }
  return /^\p{Lu}[\p{Lu}.]+$/u.test(t) ? 'ACR' : 'CAP';
};

/** What a word is, as bits (one look-up per word, shared with the candidate finder). */
const bitsOf = wordFacts;

/** A receiver of feature strings: an array when training, a score sum when classifying. */
export type FeatureSink = (feature: string) => void;

/** Features of the story around a name: the same for every mention of the name in this story. */
export function storyFeatures(words: readonly string[], text: string, ctx: StoryContext, f: FeatureSink): void {
  const n = words.length;
  const len = n >= 4 ? '4' : n === 3 ? '3' : n === 2 ? '2' : '1';
  const kind = PLACE_LOOKUP.get(text);
  if (kind && ctx.sports) f(`sports-place:${kind}`);
  const name = ctx.byText.get(text);
  if (name?.introduced) f('introduced-in-story');
  if (n === 1 && ctx.surnames.has(words[0])) f('surname-of-person');
  if (ctx.sports) f(SPORTS[len]);
  const count = name?.count ?? 1;
  f(count >= 3 ? 'count=3+' : count === 2 ? 'count=2' : 'count=1');
  // Every mention of a name shares what one telling mention says ("club Atalanta" ... "Atalanta").
  if (name?.orgContext) f('org-context-in-story');
  if (ctx.sports && isTeamPlural(words[n - 1])) f('sports-plural');
}

/** "Yankees", "Braves", "All Blacks": a capitalised plural of an ordinary noun, as teams are named. */
export function isTeamPlural(w: string): boolean {
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115 || w.charCodeAt(n - 2) === 115 || w.charCodeAt(n - 2) === 39) return false;
  if (PLACE_LOOKUP.has(w) || FIRST_NAMES.has(w)) return false;
  const one = w.slice(0, -1);
  if (FIRST_NAMES.has(one)) return false;
  if (isDemonym(one)) return true;
  return (wordFacts(one) & COMMON) !== 0 || (n > 4 && w.charCodeAt(n - 2) === 101 && (wordFacts(w.slice(0, -2)) & COMMON) !== 0);
}

/** Features of the name's own words: the same wherever the name appears. */
export function nameFeatures(words: readonly string[], text: string, f: FeatureSink): void {
  f('bias');
  const n = words.length;
  const first = words[0];
  const last = words[n - 1];
  const len = n >= 4 ? '4' : n === 3 ? '3' : n === 2 ? '2' : '1';
  f(LEN[len]);
  if (n === 1 && /^\p{Lu}[\p{Lu}.&-]+$/u.test(first)) f('acronym');
  if (n > 1 && /^\p{Lu}[\p{Lu}]+$/u.test(text.replace(/[^\p{L}]/gu, ''))) f('allcaps');
  const firstBits = bitsOf(first);
  if (firstBits & FIRST) f(FIRST_NAME[len]);
  if (n > 1 && bitsOf(last) & FIRST) f('last-first-name');
  const kind = PLACE_LOOKUP.get(text);
  if (kind) f(`place:${kind}`);
  else if (words.some((w) => bitsOf(w) & PLACE_WORD)) f('has-place-word');
  if (KNOWN_ORGS.has(text)) f('known-org');
  if (WORDNET_ORGS.has(text)) f('wordnet-org');
  if (n > 1 && ORG_LAST_WORDS.has(last)) f('org-last-word');
  if (n > 1 && ORG_FIRST_WORDS.has(first)) f('org-first-word');
  if (n > 1 && FOREIGN_ARTICLES.has(first)) f('foreign-article');
  if (isTeamPlural(last)) f('plural-noun');
  if (ORG_HEADS.has(last)) f('org-head');
  if (COMPANY_SUFFIXES.has(last)) f('company-suffix');
  if (n > 1 && ORG_HEADS.has(first)) f('org-head-first');
  if (n > 2 && words.includes('of')) f('has-of');
  if (n > 2 && (words.includes('and') || words.includes('&'))) f('has-and');
  if (isDemonym(text)) f('demonym');
  if (MONTH_AND_DAY_NAMES.has(text)) f('date-word');
  let common = 0;
  let proper = 0;
  for (const w of words) {
    const b = bitsOf(w);
    if (b & COMMON) common++;
    if (b & PROPER) proper++;
  }
  if (bitsOf(last) & COMMON) f('last-common');
  if (common === 0) f('no-common');
  if (common === n) f('all-common');
  if (proper === n) f('all-proper');
  if (proper === 0 && common === 0) f('unknown-words');
  const suffix = last.toLowerCase().replace(/[^a-z]/g, '');
  if (suffix.length > 3) {
    f(`suf=${suffix.slice(-3)}`);
    f(`suf2=${suffix.slice(-2)}`);
  }
}

const LEN: Record<string, string> = { 1: 'len=1', 2: 'len=2', 3: 'len=3', 4: 'len=4' };
const FIRST_NAME: Record<string, string> = { 1: 'first-name:1', 2: 'first-name:2', 3: 'first-name:3', 4: 'first-name:4' };
const SPORTS: Record<string, string> = { 1: 'sports:1', 2: 'sports:2', 3: 'sports:3', 4: 'sports:4' };

/** Features of this mention's place: its neighbours, the role or honorific before it, title and sentence start. */
export function mentionFeatures(c: Candidate, ctx: StoryContext, f: FeatureSink): void {
  const toks = c.sentence.tokens;
  const prev = lowerOrCap(toks[c.start - 1]);
  const prev2 = lowerOrCap(toks[c.start - 2]);
  const next = lowerOrCap(toks[c.end]);
  const next2 = lowerOrCap(toks[c.end + 1]);
  f(`prev=${prev}`);
  f(`next=${next}`);
  f(`prev2=${prev2}|${prev}`);
  f(`next2=${next}|${next2}`);
  if (ORG_NEXT_WORDS.has(next) || (next === "'s" && ORG_NEXT_WORDS.has(next2))) f('org-next');
  if (ORG_BEFORE_NOUNS.has(prev)) f('org-before');
  const d = next.charCodeAt(0);
  if (d >= 48 && d <= 57) f(ctx.sports ? 'sports-next-number' : 'next-number');
  if (c.rolePrefix) f('role');
  if (c.honorific) f('honorific');
  if (c.start === 0) f('sentence-start');
  if (c.sentence.paragraph === -1) f('in-title');
}

/** The context-word weights of a model, keyed by the words themselves: no feature string is built per mention. */
export interface ContextWeights {
  prev: Map<string, readonly number[]>;
  next: Map<string, readonly number[]>;
  prev2: Map<string, Map<string, readonly number[]>>;
  next2: Map<string, Map<string, readonly number[]>>;
  /** The weights of the story features (storyFeatures()), looked up once: by place kind, then the fixed ones. */
  sportsPlace: Map<string, readonly number[]>;
  introducedInStory: readonly number[] | undefined;
  surnameOfPerson: readonly number[] | undefined;
  /** By name length 1..4 (index 0 unused). */
  sportsLen: (readonly number[] | undefined)[];
  /** count=1, count=2, count=3+. */
  count: (readonly number[] | undefined)[];
  /** The weights of the mention features that hold no word, looked up once. */
  orgNext: readonly number[] | undefined;
  nextNumber: readonly number[] | undefined;
  sportsNextNumber: readonly number[] | undefined;
  role: readonly number[] | undefined;
  honorific: readonly number[] | undefined;
  sentenceStart: readonly number[] | undefined;
  inTitle: readonly number[] | undefined;
  orgContextInStory: readonly number[] | undefined;
  sportsPlural: readonly number[] | undefined;
  orgBefore: readonly number[] | undefined;
}

/** Index the "prev=", "next=", "prev2=", "next2=" weights by their words. */
export function contextWeights(w: ReadonlyMap<string, readonly number[]>): ContextWeights {
  const cw: ContextWeights = {
    prev: new Map(),
    next: new Map(),
    prev2: new Map(),
    next2: new Map(),
    sportsPlace: new Map(),
    introducedInStory: w.get('introduced-in-story'),
    surnameOfPerson: w.get('surname-of-person'),
    sportsLen: [undefined, w.get(SPORTS[1]), w.get(SPORTS[2]), w.get(SPORTS[3]), w.get(SPORTS[4])],
    count: [w.get('count=1'), w.get('count=2'), w.get('count=3+')],
    orgNext: w.get('org-next'),
    nextNumber: w.get('next-number'),
    sportsNextNumber: w.get('sports-next-number'),
    role: w.get('role'),
    honorific: w.get('honorific'),
    sentenceStart: w.get('sentence-start'),
    inTitle: w.get('in-title'),
    orgContextInStory: w.get('org-context-in-story'),
    sportsPlural: w.get('sports-plural'),
    orgBefore: w.get('org-before'),
  };
  const pair = (m: Map<string, Map<string, readonly number[]>>, rest: string, v: readonly number[]) => {
    const bar = rest.indexOf('|', 1);
    const a = rest.slice(0, bar);
    let inner = m.get(a);
    if (!inner) {
      inner = new Map();
      m.set(a, inner);
    }
    inner.set(rest.slice(bar + 1), v);
  };
  for (const [f, v] of w) {
    if (f.startsWith('prev=')) cw.prev.set(f.slice(5), v);
    else if (f.startsWith('next=')) cw.next.set(f.slice(5), v);
    else if (f.startsWith('prev2=')) pair(cw.prev2, f.slice(6), v);
    else if (f.startsWith('next2=')) pair(cw.next2, f.slice(6), v);
    else if (f.startsWith('sports-place:')) cw.sportsPlace.set(f.slice(13), v);

  }
  return cw;
}

const addTo = (acc: number[], v: readonly number[] | undefined) => {
  if (v) {
    acc[0] += v[0];
    acc[1] += v[1];
    acc[2] += v[2];
    acc[3] += v[3];
  }
};

/** Add the scores of storyFeatures() of the story's name `name` to `acc`: the same features in the same order, their weights looked up once per model. */
export function scoreStory(name: StoryName, ctx: StoryContext, cw: ContextWeights, acc: number[]): void {
  const n = name.words.length;
  const kind = ctx.sports ? PLACE_LOOKUP.get(name.text) : undefined;
  if (kind) addTo(acc, cw.sportsPlace.get(kind));
  if (name.introduced) addTo(acc, cw.introducedInStory);
  if (n === 1 && ctx.surnames.has(name.words[0])) addTo(acc, cw.surnameOfPerson);
  if (ctx.sports) addTo(acc, cw.sportsLen[n >= 4 ? 4 : n]);
  const count = name.count;
  addTo(acc, cw.count[count >= 3 ? 2 : count === 2 ? 1 : 0]);
  if (name.orgContext) addTo(acc, cw.orgContextInStory);
  if (ctx.sports && isTeamPlural(name.words[n - 1])) addTo(acc, cw.sportsPlural);
}

/** Add the scores of mentionFeatures() to `acc`: the same features, looked up by word. */
export function scoreMention(c: Candidate, ctx: StoryContext, cw: ContextWeights, acc: number[]): void {
  const toks = c.sentence.tokens;
  const prev = lowerOrCap(toks[c.start - 1]);
  const prev2 = lowerOrCap(toks[c.start - 2]);
  const next = lowerOrCap(toks[c.end]);
  const next2 = lowerOrCap(toks[c.end + 1]);
  addTo(acc, cw.prev.get(prev));
  addTo(acc, cw.next.get(next));
  addTo(acc, cw.prev2.get(prev2)?.get(prev));
  addTo(acc, cw.next2.get(next)?.get(next2));
  if (ORG_NEXT_WORDS.has(next) || (next === "'s" && ORG_NEXT_WORDS.has(next2))) addTo(acc, cw.orgNext);
  if (ORG_BEFORE_NOUNS.has(prev)) addTo(acc, cw.orgBefore);
  const d = next.charCodeAt(0);
  if (d >= 48 && d <= 57) addTo(acc, ctx.sports ? cw.sportsNextNumber : cw.nextNumber);
  if (c.rolePrefix) addTo(acc, cw.role);
  if (c.honorific) addTo(acc, cw.honorific);
  if (c.start === 0) addTo(acc, cw.sentenceStart);
  if (c.sentence.paragraph === -1) addTo(acc, cw.inTitle);
}

/** The feature strings of one candidate (for training). */
export function featuresOf(c: Candidate, ctx: StoryContext): string[] {
  const out: string[] = [];
  const sink = (x: string) => {
    out.push(x);
  };
  nameFeatures(c.words, c.text, sink);
  storyFeatures(c.words, c.text, ctx, sink);
  mentionFeatures(c, ctx, sink);
  return out;
}
