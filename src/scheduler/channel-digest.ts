/**
 * A channel's digest: the articles it has not been sent yet, newest first, the same story from
 * several sources grouped (src/core/digest.ts), the top N shown. The choice is made once, when
 * the slot is claimed, and stored with the claim, so a retry after a crash posts the same digest.
 */
import { buildDigest, type Digest } from '../core/digest.ts';
import type { Message } from '../core/message.ts';
import { digestMessage } from '../core/messages.ts';
import { summarize } from '../core/summarize.ts';
import type { Article, Briefing } from '../core/types.ts';
import { articleContentHash } from '../store/content-hash.ts';
import type { ArticleStore } from '../store/types.ts';

/** Newest unsent articles considered for one digest (enough to fill and group the top N). */
export const CANDIDATES = 40;

export interface DigestPlan {
  /** Articles shown (each story's lead and the other sources grouped with it), in digest order. */
  articleIds: string[];
  /** Stories (or, beyond the candidates, articles) left out: "and K more". */
  more: number;
}

/** Summaries are the costly part; many channels share the same articles, so keep them. */
export class BriefingCache {
  private readonly map = new Map<string, Briefing | null>();
  constructor(private readonly max = 2000) {}

  /** The article's briefing, or null when it cannot be summarized (it is then left out, not fatal). */
  get(article: Article): Briefing | null {
    const key = `${article.id}\u0000${articleContentHash(article)}`;
    let b = this.map.get(key);
    if (b === undefined) {
      try {
        b = summarize(article, { points: 3 });
      } catch {
        b = null;
      }
      if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
      this.map.set(key, b);
    }
    return b;
  }

  /** Briefings of the articles that could be summarized. */
  all(articles: Article[]): Briefing[] {
    return articles.map((a) => this.get(a)).filter((b): b is Briefing => b !== null);
  }
}

/** Choose what a channel's next digest carries. Empty `articleIds`: nothing new to send. */
export async function planDigest(
  articles: ArticleStore,
  channelKey: string,
  size: number,
  cache: BriefingCache,
): Promise<DigestPlan> {
  const { articles: candidates, total } = await articles.unsent(channelKey, CANDIDATES);
  const d = buildDigest(cache.all(candidates), size);
  const articleIds = d.items.flatMap((it) => [it.lead.id, ...it.also.map((b) => b.id)]);
  return { articleIds, more: d.more + Math.max(0, total - candidates.length) };
}

/** The message for a planned digest (articles deleted since the claim are left out). */
export async function digestForPlan(
  articles: ArticleStore,
  plan: DigestPlan,
  opts: { late: boolean; cache: BriefingCache },
): Promise<Message> {
  const found = (await Promise.all(plan.articleIds.map((id) => articles.get(id)))).filter((a): a is Article => a !== null);
  const briefings = opts.cache.all(found);
  const grouped = buildDigest(briefings, Number.MAX_SAFE_INTEGER);
  const d: Digest = { items: grouped.items, more: plan.more, articleIds: plan.articleIds };
  return digestMessage(d, { late: opts.late });
}
