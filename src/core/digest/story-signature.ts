/**
 * What a story is about, computed once per briefing: its link, title, time, words, the names
 * it mentions and the figures it quotes. Two wires report the same ECB decision in different
 * words but with the same names (Lagarde, ECB, Frankfurt) and the same figures (25 basis
 * points, 3.75%), so grouping compares these, not only the wording of title and TL;DR.
 */
import { stemmer } from 'stemmer';
import { contentWords, STOPWORDS } from '../text/text.ts';
import type { Article, Briefing } from '../types.ts';

export interface StorySignature {
  url: string | null;
  /** Lowercased title, spacing collapsed. */
  title: string;
  /** Published time in ms, or null. */
  time: number | null;
  /** Content words of title and TL;DR (the original same-story rule). */
  words: Set<string>;
  /** Stemmed content words: the title's and the text's most frequent. */
  terms: Set<string>;
  /** Lowercased proper names (people, organisations, places), the most frequent. */
  names: Set<string>;
  /** Figures quoted, normalised ("1,200" -> "1200"), years left out. */
  numbers: Set<string>;
}

const MONTHS_AND_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** Names kept per report, and salient terms: the most frequent ones. */
const TOP_NAMES = 15;
const TOP_TERMS = 24;

/** The `n` keys seen most often (ties: first seen first). */
function top(counts: Map<string, number>, n: number): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);
}

/**
 * Proper names: capitalised words that do not start a sentence (or that run with another
 * capitalised word), lowercased, most frequent first; plus the people and organisations the
 * briefing found. Places and names alike: "Lagarde", "ECB", "Frankfurt".
 */
function names(text: string, b: Briefing): Set<string> {
  const counts = new Map<string, number>();
  const add = (w: string, k = 1) => counts.set(w, (counts.get(w) ?? 0) + k);
  for (const sentence of text.split(/(?<=[.!?]["')\]]?)\s+|\n+/)) {
    const toks = sentence.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '');
      if (!/^\p{Lu}/u.test(t) || t.length < 2) continue;
      const runs = (i > 0 && /^\p{Lu}/u.test(toks[i - 1])) || (i + 1 < toks.length && /^\p{Lu}/u.test(toks[i + 1]));
      if (i === 0 && !runs) continue;
      const w = t.toLowerCase();
      if (STOPWORDS.has(w) || MONTHS_AND_DAYS.has(w)) continue;
      add(w);
    }
  }
  for (const p of b.entities.people) for (const w of p.name.toLowerCase().split(/\s+/)) add(w, 2);
  for (const o of b.entities.organizations) add(o.toLowerCase(), 2);
  return new Set(top(counts, TOP_NAMES));
}

/** Figures worth matching: at least two digits or a decimal (not "one of 3"), years left out (too common). */
function numbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = m[0].replace(/,(?=\d{3}\b)/g, '').replace(/[.,]+$/, '');
    if (/^(19|20)\d\d$/.test(n)) continue;
    if (n.replace(/\D/g, '').length >= 2 || n.includes('.')) out.add(n);
  }
  return out;
}

/** The most frequent content stems of the text, and every one of the title. */
function terms(title: string, text: string): Set<string> {
  const keep = (w: string) => w.length > 2 && !/^\d/.test(w);
  const counts = new Map<string, number>();
  for (const w of contentWords(text)) if (keep(w)) counts.set(stemmer(w), (counts.get(stemmer(w)) ?? 0) + 1);
  const out = new Set(top(counts, TOP_TERMS));
  for (const w of contentWords(title)) if (keep(w)) out.add(stemmer(w));
  return out;
}

/**
 * The signature of one briefing (pure; callers cache it with the briefing). With the article,
 * names, figures and terms come from its whole text; without, from the briefing's.
 */
export function storySignature(b: Briefing, article?: Pick<Article, 'text'>): StorySignature {
  const head = `${b.title} ${b.tldr}`;
  const body = article?.text ?? `${b.tldr}\n${b.keyPoints.join('\n')}`;
  const t = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  return {
    url: b.url,
    title: b.title.trim().toLowerCase().replace(/\s+/g, ' '),
    time: Number.isNaN(t) ? null : t,
    words: new Set(contentWords(head).filter((w) => w.length > 2)),
    terms: terms(b.title, body),
    names: names(`${b.title}\n${body}`, b),
    numbers: numbers(`${b.title} ${body}`),
  };
}

/** Size of the intersection of two sets. */
function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (big.has(w)) n++;
  return n;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = shared(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** How much a shared term says (rare terms more than common ones). */
export type TermWeight = (term: string) => number;

/** Jaccard with each term weighted. */
function weightedJaccard(a: Set<string>, b: Set<string>, weight: TermWeight): number {
  let inter = 0;
  let union = 0;
  for (const w of a) {
    const x = weight(w);
    union += x;
    if (b.has(w)) inter += x;
  }
  for (const w of b) if (!a.has(w)) union += weight(w);
  return union === 0 ? 0 : inter / union;
}

/** Background documents assumed in the weights, so a handful of reports is not over-read. */
const PRIOR_DOCS = 20;

/**
 * Term weights from the reports being grouped: a smoothed inverse document frequency, so words
 * that most of the batch uses (a template, "council", "shares") count little and the rare words
 * two reports of one story share count most.
 */
export function termWeights(signatures: Iterable<StorySignature>): TermWeight {
  const df = new Map<string, number>();
  let n = 0;
  for (const s of signatures) {
    n++;
    for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return (t) => Math.log((n + PRIOR_DOCS) / ((df.get(t) ?? 0) + 0.5));
}

/** Reports further apart than this are not the same story, whatever they share. */
export const SAME_STORY_WINDOW_MS = 3 * 24 * 3_600_000;

/** Thresholds of the same-story rule; tuned on pairs built from the development stories (npm run eval -- grouping). */
export interface GroupingRule {
  /** Jaccard of title + TL;DR words alone that makes two reports one story (the original rule). */
  words: number;
  /** Jaccard of (weighted) stemmed terms that, with `namesWithTerms` shared names, makes them one story. */
  terms: number;
  /** Shared names the `terms` rule needs too (1: wording alone never groups two reports naming no one in common). */
  namesWithTerms: number;
  /** Least term overlap when they also share names (and figures). */
  termsWithNames: number;
  /** Shared names that, with `termsWithNames`, make them one story. */
  names: number;
  /** Shared names that, with a shared figure and `termsWithNames`, make them one story. */
  namesWithFigure: number;
}

export const GROUPING: GroupingRule = { words: 0.45, terms: 0.12, namesWithTerms: 1, termsWithNames: 0.1, names: 4, namesWithFigure: 2 };

/** What two reports have in common. */
export interface PairFeatures {
  /** Same link or same title. */
  identical: boolean;
  /** Both dated, and further apart than SAME_STORY_WINDOW_MS. */
  apart: boolean;
  words: number;
  terms: number;
  names: number;
  figures: number;
}

/** What two reports share; `weight` weighs terms (see termWeights), else all count alike. */
export function pairFeatures(a: StorySignature, b: StorySignature, weight?: TermWeight): PairFeatures {
  return {
    identical: Boolean((a.url && b.url && a.url === b.url) || (a.title && a.title === b.title)),
    apart: a.time !== null && b.time !== null && Math.abs(a.time - b.time) > SAME_STORY_WINDOW_MS,
    words: jaccard(a.words, b.words),
    terms: weight ? weightedJaccard(a.terms, b.terms, weight) : jaccard(a.terms, b.terms),
    names: shared(a.names, b.names),
    figures: shared(a.numbers, b.numbers),
  };
}

/** The same-story rule on what two reports have in common. */
export function sameStoryFeatures(f: PairFeatures, g: GroupingRule = GROUPING): boolean {
  if (f.identical) return true;
  if (f.apart) return false;
  if (f.words >= g.words || (f.terms >= g.terms && f.names >= g.namesWithTerms)) return true;
  if (f.names >= g.names && f.terms >= g.termsWithNames) return true;
  return f.names >= g.namesWithFigure && f.figures >= 1 && f.terms >= g.termsWithNames;
}

/**
 * Are two signatures the same story? The same link or title; otherwise, within a few days of
 * each other, alike in wording, or naming the same people/organisations and quoting the same
 * figures or talking about the same things.
 */
export function sameStorySignature(a: StorySignature, b: StorySignature, weight?: TermWeight, g: GroupingRule = GROUPING): boolean {
  return sameStoryFeatures(pairFeatures(a, b, weight), g);
}

/**
 * The keys under which a signature is indexed for grouping: its link, title, names, figures
 * and terms. Two signatures that share none can only match on wording of title and TL;DR,
 * whose words are among the terms, so a candidate search over these keys misses no match.
 */
export function indexKeys(s: StorySignature): string[] {
  const keys: string[] = [];
  if (s.url) keys.push(`u:${s.url}`);
  keys.push(`t:${s.title}`);
  for (const n of s.names) keys.push(`n:${n}`);
  for (const n of s.numbers) keys.push(`#:${n}`);
  for (const w of s.terms) keys.push(`w:${w}`);
  for (const w of s.words) keys.push(`v:${w}`);
  return keys;
}

/**
 * Version of the signature format and of the rules that compute it: stored signatures of
 * another version are computed again (bump it whenever storySignature changes what it returns).
 */
export const SIGNATURE_VERSION = 1;

/** A signature as plain JSON (sets as arrays), to store it with its article. */
export function signatureToJson(s: StorySignature): string {
  return JSON.stringify({ url: s.url, title: s.title, time: s.time, words: [...s.words], terms: [...s.terms], names: [...s.names], numbers: [...s.numbers] });
}

/** A signature back from signatureToJson; null when the text is not one (a damaged row is recomputed). */
export function signatureFromJson(json: string): StorySignature | null {
  try {
    const o = JSON.parse(json) as Record<string, unknown>;
    const set = (v: unknown): Set<string> | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? new Set(v as string[]) : null);
    const [words, terms, names, numbers] = [set(o.words), set(o.terms), set(o.names), set(o.numbers)];
    if (!words || !terms || !names || !numbers || typeof o.title !== 'string') return null;
    const url = typeof o.url === 'string' ? o.url : null;
    const time = typeof o.time === 'number' && Number.isFinite(o.time) ? o.time : null;
    return { url, title: o.title, time, words, terms, names, numbers };
  } catch {
    return null;
  }
}
