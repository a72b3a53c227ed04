/**
 * What the classifier knows about a candidate name: its own shape (length, capitals, first
 * names, gazetteer kind, telling last word), the words around it ("said", "shares", "in"), the
 * role that introduces it, and the story around it (a sports story, how often the name comes
 * back, whether it is the surname of a person named in full). Features are strings; no feature
 * holds a whole name, so nothing learnt is a memorised entity.
 */
import { DEMONYMS, KNOWN_ORGS, MONTH_AND_DAY_NAMES, ORG_HEADS } from './gazetteer.ts';
import type { Candidate } from './entity-candidates.ts';
import { isCapitalised, isCommonWord, isProperWord } from './entity-tokens.ts';
import { COMPANY_SUFFIXES, FIRST_NAMES, ORG_NEXT_WORDS, PLACE_LOOKUP, SPORTS_WORDS } from './entity-lexicon.ts';

/** What the whole story says about its candidates. */
export interface StoryContext {
  sports: boolean;
  counts: Map<string, number>;
  /** Last words of names that look like a person's full name (first name, or a role before them). */
  surnames: Set<string>;
  /** Names that a role or honorific introduces somewhere in the story. */
  introduced: Set<string>;
}

/** The story-level facts, from all its candidates. */
export function storyContext(cands: readonly Candidate[], title: string): StoryContext {
  const counts = new Map<string, number>();
  const surnames = new Set<string>();
  const introduced = new Set<string>();
  let sportsHits = 0;
  for (const c of cands) {
    counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
    if (c.words.length >= 2 && (FIRST_NAMES.has(c.words[0]) || c.rolePrefix || c.honorific) && !ORG_HEADS.has(c.words[c.words.length - 1])) {
      surnames.add(c.words[c.words.length - 1]);
    }
    if (c.rolePrefix || c.honorific) introduced.add(c.text);
  }
  const head = /^([A-Za-z ]+) - /.exec(title);
  if (head && head[1].toLowerCase().split(' ').some((w) => SPORTS_WORDS.has(w))) sportsHits += 10;
  return { sports: sportsHits >= 10, counts, surnames, introduced };
}

const lowerOrCap = (t: string | undefined): string => (t === undefined ? '<none>' : isCapitalised(t) ? (/^\p{Lu}[\p{Lu}.]+$/u.test(t) ? 'ACR' : 'CAP') : t.toLowerCase());

/** The feature strings of one candidate. */
export function featuresOf(c: Candidate, ctx: StoryContext): string[] {
  const f: string[] = ['bias'];
  const { words } = c;
  const n = words.length;
  const first = words[0];
  const last = words[n - 1];
  const len = n >= 4 ? '4' : String(n);
  f.push(`len=${len}`);
  if (n === 1 && /^\p{Lu}[\p{Lu}.&-]+$/u.test(first)) f.push('acronym');
  if (/^\p{Lu}[\p{Lu}]+$/u.test(c.text.replace(/[^\p{L}]/gu, '')) && n > 1) f.push('allcaps');
  if (FIRST_NAMES.has(first)) f.push(`first-name:${len}`);
  if (n > 1 && FIRST_NAMES.has(last)) f.push('last-first-name');
  const kind = PLACE_LOOKUP.get(c.text);
  if (kind) f.push(`place:${kind}`);
  else if (words.some((w) => PLACE_LOOKUP.has(w))) f.push('has-place-word');
  if (kind && ctx.sports) f.push(`sports-place:${kind}`);
  if (KNOWN_ORGS.has(c.text)) f.push('known-org');
  if (ORG_HEADS.has(last)) f.push('org-head');
  if (COMPANY_SUFFIXES.has(last)) f.push('company-suffix');
  if (n > 1 && ORG_HEADS.has(first)) f.push('org-head-first');
  if (words.includes('of')) f.push('has-of');
  if (words.includes('and') || words.includes('&')) f.push('has-and');
  if (DEMONYMS[c.text] !== undefined) f.push('demonym');
  if (MONTH_AND_DAY_NAMES.has(c.text)) f.push('date-word');
  let common = 0;
  let proper = 0;
  for (const w of words) {
    if (isCommonWord(w)) common++;
    if (isProperWord(w)) proper++;
  }
  if (isCommonWord(last)) f.push('last-common');
  if (common === 0) f.push('no-common');
  if (common === n) f.push('all-common');
  if (proper === n) f.push('all-proper');
  if (proper === 0 && common === 0) f.push('unknown-words');
  const suffix = last.toLowerCase().replace(/[^a-z]/g, '');
  if (suffix.length > 3) f.push(`suf=${suffix.slice(-3)}`, `suf2=${suffix.slice(-2)}`);
  const toks = c.sentence.tokens;
  const prev = lowerOrCap(toks[c.start - 1]);
  const prev2 = lowerOrCap(toks[c.start - 2]);
  const next = lowerOrCap(toks[c.end]);
  const next2 = lowerOrCap(toks[c.end + 1]);
  f.push(`prev=${prev}`, `next=${next}`, `prev2=${prev2}|${prev}`, `next2=${next}|${next2}`);
  if (ORG_NEXT_WORDS.has(next) || (next === "'s" && ORG_NEXT_WORDS.has(next2))) f.push('org-next');
  if (/^\d/.test(next)) f.push(ctx.sports ? 'sports-next-number' : 'next-number');
  if (c.rolePrefix) f.push('role');
  if (c.honorific) f.push('honorific');
  if (ctx.introduced.has(c.text)) f.push('introduced-in-story');
  if (n === 1 && ctx.surnames.has(first)) f.push('surname-of-person');
  if (c.start === 0) f.push('sentence-start');
  if (c.sentence.paragraph === -1) f.push('in-title');
  if (ctx.sports) f.push(`sports:${len}`);
  const count = ctx.counts.get(c.text) ?? 1;
  f.push(`count=${count >= 3 ? '3+' : count}`);
  return f;
}
