/**
 * Many briefings -> a digest: newest first, the same story from several sources grouped as
 * one item, the top N kept and the rest counted.
 *
 * Grouping is by an index, not all pairs: each story group is filed under its members' keys
 * (link, title, names, figures, terms; see story-signature.ts), and a briefing is compared only
 * with the groups that share a key with it. Keys held by very many groups (common words) are
 * skipped as candidates, so the cost grows with the stories, not with their square.
 */
import { indexKeys, sameStorySignature, storySignature, termWeights, type StorySignature } from './story-signature.ts';
import type { Briefing } from '../types.ts';

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

/** A key shared by more groups than this is too common to find candidates by. */
const COMMON_KEY = 64;

function time(b: Briefing): number {
  const t = b.publishedAt ? Date.parse(b.publishedAt) : NaN;
  return Number.isNaN(t) ? 0 : t;
}

/** Are two briefings the same story? Same URL or title, or alike in names, figures and wording. */
export function sameStory(a: Briefing, b: Briefing): boolean {
  const sa = storySignature(a);
  const sb = storySignature(b);
  return sameStorySignature(sa, sb, termWeights([sa, sb]));
}

/** The signature of a briefing: pass a cached one (the digest planner keeps them) or it is computed. */
export type SignatureOf = (b: Briefing) => StorySignature;

/**
 * Group briefings into stories, newest first. Each briefing joins the first (newest) group
 * whose lead is the same story, else leads its own (comparing with the lead only keeps one
 * loose match from chaining unrelated stories together). Terms are weighted by how rare they
 * are among the briefings grouped.
 */
export function groupStories(briefings: readonly Briefing[], signatureOf: SignatureOf = storySignature): DigestItem[] {
  const sorted = [...briefings].sort((a, b) => time(b) - time(a));
  return groupSignatures(sorted.map(signatureOf)).map(([lead, ...also]) => ({ lead: sorted[lead], also: also.map((i) => sorted[i]) }));
}

/**
 * The grouping itself, over signatures already in order (newest first): each group as the
 * positions of its members, lead first. The digest planner groups candidates by their stored
 * signatures with it, before briefing any of them.
 */
export function groupSignatures(sigs: readonly StorySignature[]): number[][] {
  const weight = termWeights(sigs);
  const groups: { members: number[]; lead: StorySignature }[] = [];
  const index = new Map<string, number[]>();
  for (const [i, sig] of sigs.entries()) {
    const keys = indexKeys(sig);
    const candidates = new Set<number>();
    for (const k of keys) {
      const posting = index.get(k);
      if (posting && posting.length <= COMMON_KEY) for (const g of posting) candidates.add(g);
    }
    let found = -1;
    for (const g of [...candidates].sort((x, y) => x - y)) {
      if (sameStorySignature(groups[g].lead, sig, weight)) {
        found = g;
        break;
      }
    }
    if (found >= 0) {
      groups[found].members.push(i);
    } else {
      found = groups.length;
      groups.push({ members: [i], lead: sig });
    }
    for (const k of keys) {
      const posting = index.get(k);
      if (!posting) index.set(k, [found]);
      else if (posting[posting.length - 1] !== found && posting.length <= COMMON_KEY) posting.push(found);
    }
  }
  return groups.map((g) => g.members);
}

/** Build a digest of at most `top` stories (default 5). */
export function buildDigest(briefings: Briefing[], top = 5, signatureOf: SignatureOf = storySignature): Digest {
  const groups = groupStories(briefings, signatureOf);
  return {
    items: groups.slice(0, top),
    more: Math.max(0, groups.length - top),
    articleIds: [...briefings].sort((a, b) => time(b) - time(a)).map((b) => b.id),
  };
}
