/**
 * In-memory articles, subscriptions, run log and sent record: the same behaviour as the
 * SQLite repositories (unique claims, conditional takeovers), for unit tests and the console.
 * Objects are copied in and out so callers cannot change what is stored.
 */
import type { Article } from '../core/types.ts';
import { articleContentHash, publishedMs } from './content-hash.ts';
import { idKey, queryWords, titleMatches } from './title-words.ts';
import type {
  ArticleKey,
  ArticleStore,
  DigestRun,
  NewClaim,
  NewSubscription,
  RunStore,
  SentStore,
  Subscription,
  SubscriptionStore,
} from './types.ts';
import { claimedRun } from './types.ts';

const copy = <T>(v: T): T => structuredClone(v);

interface Entry {
  article: Article;
  hash: string;
  published: number | null;
  firstSeen: string;
}

function newestFirst(a: Entry, b: Entry): number {
  if ((a.published === null) !== (b.published === null)) return a.published === null ? 1 : -1;
  return (b.published ?? 0) - (a.published ?? 0) || b.firstSeen.localeCompare(a.firstSeen) || a.article.id.localeCompare(b.article.id);
}

export class MemorySent implements SentStore {
  readonly byChannel = new Map<string, Map<string, string>>();
  async wasSent(channelKey: string, articleId: string): Promise<boolean> {
    return this.byChannel.get(channelKey)?.has(articleId) ?? false;
  }
  async markSent(channelKey: string, articleIds: string[], now: Date): Promise<void> {
    let m = this.byChannel.get(channelKey);
    if (!m) this.byChannel.set(channelKey, (m = new Map()));
    for (const id of articleIds) if (!m.has(id)) m.set(id, now.toISOString());
  }
  async count(channelKey: string): Promise<number> {
    return this.byChannel.get(channelKey)?.size ?? 0;
  }
}

/** What retention needs to know from the rest of the store: which ids came from feeds, which are still in use. */
export interface RetentionRefs {
  feedArticleIds(): Promise<Set<string>>;
  keptArticleIds(): Promise<Set<string>>;
}

export class MemoryArticles implements ArticleStore {
  private readonly byId = new Map<string, Entry>();
  private readonly byHash = new Map<string, string>();
  constructor(
    private readonly sent: MemorySent,
    private readonly refs?: RetentionRefs,
  ) {}

  private sorted(filter: (e: Entry) => boolean = () => true): Entry[] {
    return [...this.byId.values()].filter(filter).sort(newestFirst);
  }

  async newest(limit: number): Promise<Article[]> {
    return this.sorted().slice(0, limit).map((e) => copy(e.article));
  }

  async search(query: string, limit: number): Promise<Article[]> {
    const prefix = idKey(query);
    if (!prefix) return [];
    const words = queryWords(query);
    return this.sorted((e) => e.article.id.toLowerCase().startsWith(prefix) || titleMatches(e.article.title, words))
      .slice(0, limit)
      .map((e) => copy(e.article));
  }

  async since(time: Date, limit: number): Promise<Article[]> {
    const t = time.getTime();
    return this.sorted((e) => (e.published !== null ? e.published >= t : Date.parse(e.firstSeen) >= t))
      .slice(0, limit)
      .map((e) => copy(e.article));
  }

  async count(): Promise<number> {
    return this.byId.size;
  }

  async prune(olderThan: Date): Promise<number> {
    if (!this.refs) return 0;
    const feed = await this.refs.feedArticleIds();
    const keep = await this.refs.keptArticleIds();
    let n = 0;
    for (const [id, e] of this.byId) {
      if (Date.parse(e.firstSeen) >= olderThan.getTime() || !feed.has(id) || keep.has(id)) continue;
      this.byId.delete(id);
      this.byHash.delete(e.hash);
      for (const m of this.sent.byChannel.values()) m.delete(id);
      n++;
    }
    return n;
  }

  async put(article: Article, now: Date): Promise<{ id: string; added: boolean }> {
    const hash = articleContentHash(article);
    const other = this.byHash.get(hash);
    if (other !== undefined && other !== article.id) return { id: other, added: false };
    const existing = this.byId.get(article.id);
    if (existing) this.byHash.delete(existing.hash);
    this.byId.set(article.id, {
      article: copy(article),
      hash,
      published: publishedMs(article),
      firstSeen: existing?.firstSeen ?? now.toISOString(),
    });
    this.byHash.set(hash, article.id);
    return { id: article.id, added: !existing };
  }

  async get(id: string): Promise<Article | null> {
    const e = this.byId.get(id);
    return e ? copy(e.article) : null;
  }

  async list(): Promise<Article[]> {
    return [...this.byId.values()].sort(newestFirst).map((e) => copy(e.article));
  }

  async unsent(channelKey: string, limit: number): Promise<{ articles: Article[]; total: number }> {
    const sent = this.sent.byChannel.get(channelKey);
    const all = [...this.byId.values()].filter((e) => !sent?.has(e.article.id)).sort(newestFirst);
    return { articles: all.slice(0, limit).map((e) => copy(e.article)), total: all.length };
  }

  async newestKeys(limit: number, unsentTo?: string): Promise<{ keys: ArticleKey[]; total: number }> {
    const sent = unsentTo === undefined ? undefined : this.sent.byChannel.get(unsentTo);
    const all = [...this.byId.values()].filter((e) => !sent?.has(e.article.id)).sort(newestFirst);
    return { keys: all.slice(0, limit).map((e) => ({ id: e.article.id, contentHash: e.hash })), total: all.length };
  }
}

export class MemorySubscriptions implements SubscriptionStore {
  private readonly rows = new Map<number, Subscription>();
  private nextId = 1;

  private find(platform: string, channelId: string): Subscription | undefined {
    return [...this.rows.values()].find((s) => s.platform === platform && s.channelId === channelId);
  }

  async upsert(sub: NewSubscription, now: Date): Promise<{ subscription: Subscription; previous: Subscription | null }> {
    const at = now.toISOString();
    const previous = this.find(sub.platform, sub.channelId);
    const filter = sub.filter && (sub.filter.include.length || sub.filter.exclude.length) ? { include: [...sub.filter.include], exclude: [...sub.filter.exclude] } : null;
    const next: Subscription = previous
      ? { ...previous, ...sub, filter, since: at }
      : { ...sub, filter, id: this.nextId++, since: at, createdAt: at };
    this.rows.set(next.id, next);
    return { subscription: copy(next), previous: previous ? copy(previous) : null };
  }

  async restore(sub: Subscription): Promise<void> {
    const clash = this.find(sub.platform, sub.channelId);
    if (clash) this.rows.delete(clash.id);
    this.rows.set(sub.id, { ...copy(sub), filter: copy(sub.filter ?? null) });
    this.nextId = Math.max(this.nextId, sub.id + 1);
  }

  async get(platform: string, channelId: string): Promise<Subscription | null> {
    const s = this.find(platform, channelId);
    return s ? copy(s) : null;
  }

  async getById(id: number): Promise<Subscription | null> {
    const s = this.rows.get(id);
    return s ? copy(s) : null;
  }

  async list(): Promise<Subscription[]> {
    return [...this.rows.values()].sort((a, b) => a.id - b.id).map(copy);
  }

  async remove(platform: string, channelId: string): Promise<Subscription | null> {
    const s = this.find(platform, channelId);
    if (!s) return null;
    this.rows.delete(s.id);
    return copy(s);
  }
}

export class MemoryRuns implements RunStore {
  private readonly rows = new Map<string, DigestRun>();
  constructor(private readonly sent: MemorySent) {}

  private static key(subscriptionId: number, slot: string): string {
    return `${subscriptionId}|${slot}`;
  }

  /** The run if `owner` holds its unfinished claim. */
  private held(subscriptionId: number, slot: string, owner: string): DigestRun | undefined {
    const r = this.rows.get(MemoryRuns.key(subscriptionId, slot));
    return r && r.status === 'claimed' && r.owner === owner ? r : undefined;
  }

  async claim(c: NewClaim, now: Date): Promise<boolean> {
    const key = MemoryRuns.key(c.subscriptionId, c.slot);
    if (this.rows.has(key)) return false;
    this.rows.set(key, claimedRun(copy(c), now));
    return true;
  }

  async get(subscriptionId: number, slot: string): Promise<DigestRun | null> {
    const r = this.rows.get(MemoryRuns.key(subscriptionId, slot));
    return r ? copy(r) : null;
  }

  async recent(subscriptionId: number, limit: number): Promise<DigestRun[]> {
    return [...this.rows.values()]
      .filter((r) => r.subscriptionId === subscriptionId)
      .sort((a, b) => b.slot.localeCompare(a.slot))
      .slice(0, limit)
      .map(copy);
  }

  async unfinished(): Promise<DigestRun[]> {
    return [...this.rows.values()].filter((r) => r.status === 'claimed').sort((a, b) => a.slot.localeCompare(b.slot)).map(copy);
  }

  async takeOver(run: DigestRun, owner: string, leaseUntil: string): Promise<boolean> {
    const r = this.held(run.subscriptionId, run.slot, run.owner);
    if (!r || r.leaseUntil !== run.leaseUntil) return false;
    r.owner = owner;
    r.leaseUntil = leaseUntil;
    r.attempts += 1;
    return true;
  }

  async renew(subscriptionId: number, slot: string, owner: string, leaseUntil: string): Promise<boolean> {
    const r = this.held(subscriptionId, slot, owner);
    if (r) r.leaseUntil = leaseUntil;
    return Boolean(r);
  }

  async complete(
    subscriptionId: number,
    slot: string,
    owner: string,
    done: { channelKey: string; articleIds: string[]; messageIds: string[] },
    now: Date,
  ): Promise<boolean> {
    const r = this.held(subscriptionId, slot, owner);
    if (!r) return false;
    r.status = 'posted';
    r.finishedAt = now.toISOString();
    r.messageIds = [...done.messageIds];
    r.error = null;
    await this.sent.markSent(done.channelKey, done.articleIds, now);
    return true;
  }

  async finish(
    subscriptionId: number,
    slot: string,
    owner: string,
    status: 'failed' | 'skipped',
    error: string | null,
    now: Date,
  ): Promise<boolean> {
    const r = this.held(subscriptionId, slot, owner);
    if (!r) return false;
    r.status = status;
    r.error = error;
    r.finishedAt = now.toISOString();
    return true;
  }
}
