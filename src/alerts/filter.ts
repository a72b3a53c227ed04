/**
 * Story filters, the same syntax for live feeds (`/sources add <url> live include:... exclude:...`)
 * and digests (`/subscribe ... include:... exclude:...`): words or phrases separated by commas,
 * matched case-insensitively on whole words of the headline and the lead, so `include:rate cut`
 * keeps "Bank of England announces rate cut" and `exclude:opinion` drops "Opinion: ...", while
 * `exclude:art` does not drop a story about "artificial intelligence".
 */
import { UserError } from '../core/errors.ts';

/** Which stories pass: none of `exclude`, and one of `include` when it lists any. */
export interface StoryFilter {
  include: string[];
  exclude: string[];
}

/** The most words or phrases one list may hold, and the longest one. */
export const MAX_FILTER_TERMS = 20;
export const MAX_FILTER_TERM_CHARS = 60;

/** An empty filter: every story passes. */
export const NO_FILTER: StoryFilter = { include: [], exclude: [] };

const fold = (s: string): string =>
  ` ${s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * A list as typed (`rate cut, "Bank of England", inflation`) -> its words or phrases, without
 * quotes, duplicates or empty ones. Throws a UserError naming the problem.
 */
export function parseFilterList(input: string, what: 'include' | 'exclude'): string[] {
  const terms: string[] = [];
  for (const raw of input.split(',')) {
    const t = raw.trim().replace(/^["“'‘]+|["”'’]+$/g, '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (fold(t).trim() === '') throw new UserError(`${what}: "${t}" has no letters or digits to match.`, 'bad_filter');
    if (t.length > MAX_FILTER_TERM_CHARS) throw new UserError(`${what}: "${t.slice(0, 20)}…" is longer than ${MAX_FILTER_TERM_CHARS} characters.`, 'bad_filter');
    if (!terms.some((x) => fold(x) === fold(t))) terms.push(t);
  }
  // "include:" with nothing after it was dropped without a word: the digest came unfiltered.
  if (!terms.length) throw new UserError(`${what}: needs words or phrases after it, like ${what === 'include' ? 'include:rate cut, inflation' : 'exclude:opinion, sport'}`, 'bad_filter');
  if (terms.length > MAX_FILTER_TERMS) throw new UserError(`${what}: at most ${MAX_FILTER_TERMS} words or phrases, not ${terms.length}.`, 'bad_filter');
  return terms;
}

/**
 * Take `include:...` and `exclude:...` out of a line of text (each runs to the next of them or
 * the end): `include:rate cut, inflation exclude:opinion`. Returns the filter and the rest of the line.
 */
export function splitFilter(text: string): { filter: StoryFilter; rest: string } {
  const re = /\b(include|exclude):/gi;
  const marks = [...text.matchAll(re)];
  if (!marks.length) return { filter: { include: [], exclude: [] }, rest: text.trim() };
  const filter: StoryFilter = { include: [], exclude: [] };
  for (const [i, m] of marks.entries()) {
    const end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    const kind = m[1].toLowerCase() as 'include' | 'exclude';
    filter[kind].push(...parseFilterList(text.slice(m.index + m[0].length, end), kind));
  }
  return { filter, rest: text.slice(0, marks[0].index).trim() };
}

/** Does a story (headline and lead) pass the filter? */
export function passesFilter(filter: StoryFilter, story: { title: string; lead: string }): boolean {
  const text = fold(`${story.title} \n ${story.lead}`);
  const has = (term: string) => text.includes(fold(term));
  if (filter.exclude.some(has)) return false;
  return filter.include.length === 0 || filter.include.some(has);
}

/** True when the filter lets every story through. */
export function isEmptyFilter(filter: StoryFilter): boolean {
  return filter.include.length === 0 && filter.exclude.length === 0;
}

/** `only stories mentioning "rate cut" or "inflation", none mentioning "opinion"` (empty: ''). */
export function describeFilter(filter: StoryFilter): string {
  const q = (ts: string[]) => ts.map((t) => `"${t}"`).join(' or ');
  const parts: string[] = [];
  if (filter.include.length) parts.push(`only stories mentioning ${q(filter.include)}`);
  if (filter.exclude.length) parts.push(`${filter.include.length ? 'none' : 'no stories'} mentioning ${q(filter.exclude)}`);
  return parts.join(', ');
}

/**
 * A digest planner's `keep` predicate for a subscription's filter (headline and TL;DR, the
 * briefing's lead): undefined when every story passes.
 */
export function keepBriefing(filter: StoryFilter | null | undefined): ((b: { title: string; tldr: string }) => boolean) | undefined {
  if (!filter || isEmptyFilter(filter)) return undefined;
  return (b) => passesFilter(filter, { title: b.title, lead: b.tldr });
}
