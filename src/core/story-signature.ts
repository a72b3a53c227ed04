/**
 * What a story is about, computed once per briefing: its link, title, time, words, the names
 * it mentions and the figures it quotes. Two wires report the same ECB decision in different
 * words but with the same names (Lagarde, ECB, Frankfurt) and the same figures (25 basis
 * points, 3.75%), so grouping compares these, not only the wording of title and TL;DR.
 */
import { stemmer } from 'stemmer';
import { contentWords } from './text.ts';
import type { Briefing } from './types.ts';

export interface StorySignature {
  url: string | null;
  /** Lowercased title, spacing collapsed. */
  title: string;
  /** Published time in ms, or null. */
  time: number | null;
  /** Content words of title and TL;DR (the original same-story rule). */
  words: Set<string>;
  /** Stemmed content words of title, TL;DR and key points. */
  terms: Set<string>;
  /** Lowercased names: people (and their surnames), organisations, places. */
  names: Set<string>;
  /** Figures quoted in title, TL;DR and key points, normalised ("1,200" -> "1200"). */
  numbers: Set<string>;
}

/** Places say little on their own ("London" is in many stories): only people and organisations count as names. */
function names(b: Briefing): Set<string> {
  const out = new Set<string>();
  for (const p of b.entities.people) {
    const n = p.name.toLowerCase();
    out.add(n);
    const parts = n.split(/\s+/);
    if (parts.length > 1) out.add(parts[parts.length - 1]);
  }
  for (const o of b.entities.organizations) out.add(o.toLowerCase());
  return out;
}

/** Figures worth matching: at least two digits or a decimal (not "one of 3"), years included. */
function numbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const n = m[0].replace(/,(?=\d{3}\b)/g, '').replace(/[.,]+$/, '');
    if (n.replace(/\D/g, '').length >= 2 || n.includes('.')) out.add(n);
  }
  return out;
}

/** The signature of one briefing (pure; callers cache it with the briefing). */
export function storySignature(b: Briefing): StorySignature {
  const head = `${b.title} ${b.tldr}`;
  const all = `${head} ${b.keyPoints.join(' ')}`;
  const t = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  return {
    url: b.url,
    title: b.title.trim().toLowerCase().replace(/\s+/g, ' '),
    time: Number.isNaN(t) ? null : t,
    words: new Set(contentWords(head).filter((w) => w.length > 2)),
    terms: new Set(contentWords(all).filter((w) => w.length > 2 && !/^\d/.test(w)).map((w) => stemmer(w))),
    names: names(b),
    numbers: numbers(all),
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

/** Reports further apart than this are not the same story, whatever they share. */
export const SAME_STORY_WINDOW_MS = 3 * 24 * 3_600_000;

/** Tuned on pairs built from the development stories (npm run eval -- grouping). */
export const GROUPING = { words: 0.45, terms: 0.6, termsWithNames: 0.12, names: 2, namesWithFigure: 1 };

/**
 * Are two signatures the same story? The same link or title; otherwise, within a few days of
 * each other, alike in wording, or naming the same people/organisations and quoting the same
 * figures or talking about the same things.
 */
export function sameStorySignature(a: StorySignature, b: StorySignature, g = GROUPING): boolean {
  if (a.url && b.url && a.url === b.url) return true;
  if (a.title && a.title === b.title) return true;
  if (a.time !== null && b.time !== null && Math.abs(a.time - b.time) > SAME_STORY_WINDOW_MS) return false;
  if (jaccard(a.words, b.words) >= g.words) return true;
  const terms = jaccard(a.terms, b.terms);
  if (terms >= g.terms) return true;
  const n = shared(a.names, b.names);
  const figures = shared(a.numbers, b.numbers);
  if (n >= g.names && terms >= g.termsWithNames) return true;
  return n >= g.namesWithFigure && figures >= 1 && terms >= g.termsWithNames;
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
