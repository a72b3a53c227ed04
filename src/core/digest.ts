/**
 * Many briefings -> a digest: newest first, the same story from several sources grouped as
 * one item, the top N kept and the rest counted.
 */
import { contentWords } from './text.ts';
import type { Briefing } from './types.ts';

export interface DigestItem {
  /** The briefing shown for the story (the newest of its group). */
  lead: Briefing;
  /** Other briefings of the same story (other sources), newest first. */
  also: Briefing[];
}

export interface Digest {
  items: DigestItem[];
  /** Stories left out beyond the top N. */
  more: number;
  /** Every article id the digest covers (shown or grouped), for "already sent" bookkeeping. */
  articleIds: string[];
}

function time(b: Briefing): number {
  const t = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

function signature(b: Briefing): Set<string> {
  return new Set(contentWords(`${b.title} ${b.tldr}`).filter((w) => w.length > 2));
}

/** Jaccard overlap of two word sets. */
function overlap(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Are two briefings the same story? Same URL, or titles and TL;DRs mostly alike. */
export function sameStory(a: Briefing, b: Briefing, threshold = 0.45): boolean {
  if (a.url && b.url && a.url === b.url) return true;
  if (a.title.trim().toLowerCase() === b.title.trim().toLowerCase()) return true;
  return overlap(signature(a), signature(b)) >= threshold;
}

/** Build a digest of at most `top` stories (default 5). */
export function buildDigest(briefings: Briefing[], top = 5): Digest {
  const sorted = [...briefings].sort((a, b) => time(b) - time(a));
  const groups: DigestItem[] = [];
  for (const b of sorted) {
    const g = groups.find((x) => sameStory(x.lead, b));
    if (g) g.also.push(b);
    else groups.push({ lead: b, also: [] });
  }
  return {
    items: groups.slice(0, top),
    more: Math.max(0, groups.length - top),
    articleIds: sorted.map((b) => b.id),
  };
}
