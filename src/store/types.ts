/**
 * The store interface. Each concern is its own small repository so that a PostgreSQL store
 * can implement the same interface later; nothing here may rely on SQLite alone.
 */
import type { Article } from '../core/types.ts';
import type { SignatureStore } from '../core/digest/signature-store.ts';
import type { ArticleRow } from './article-row.ts';
import type { AlertStore } from './alert-types.ts';

export type { AlertRecord, AlertStore, Follow, LiveSource, NewAlert, NewFollow, NewLiveSource } from './alert-types.ts';

/** Which article a conversation (channel, thread, console) is about. */
export interface ConversationStore {
  /** `key` is `${platform}:${channelId}:${threadId ?? ''}`. */
  getContext(key: string): Promise<string | null>;
  setContext(key: string, articleId: string): Promise<void>;
}

/** A feed a server/workspace follows (see src/sources/poller.ts). */
export interface FeedRecord {
  id: string;
  /** Who follows it: `feedScope(platform, guildId, channelId)`. */
  scope: string;
  platform: string;
  /** Server (Discord guild) or workspace (Slack team); null on the console and in DMs. */
  guildId: string | null;
  /** The channel it was added from: notices about the feed are posted there. */
  channelId: string;
  /** The URL as added (what /sources list shows and /sources remove takes). */
  url: string;
  /** Where it is polled now: differs from `url` after a permanent redirect (301/308). */
  fetchUrl: string;
  title: string | null;
  addedBy: string | null;
  /** ISO date-times. */
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failed polls; 0 after a success. */
  failures: number;
  lastError: string | null;
  disabledAt: string | null;
  nextPollAt: string;
  lastPolledAt: string | null;
}

export type NewFeed = Pick<FeedRecord, 'scope' | 'platform' | 'guildId' | 'channelId' | 'url' | 'title' | 'addedBy' | 'nextPollAt'> &
  Partial<Pick<FeedRecord, 'fetchUrl' | 'etag' | 'lastModified'>>;

export type FeedPatch = Partial<Omit<FeedRecord, 'id' | 'scope' | 'platform' | 'guildId' | 'url' | 'addedAt'>>;

/** Feeds and the items already seen from each. */
export interface FeedStore {
  /** Add a feed (addedAt = now, failures 0). Adding the same url to the same scope again returns the existing one. */
  addFeed(feed: NewFeed, now: Date): Promise<FeedRecord>;
  getFeed(id: string): Promise<FeedRecord | null>;
  /** The feed of a scope whose `url` or `fetchUrl` is this URL. */
  findFeed(scope: string, url: string): Promise<FeedRecord | null>;
  listFeeds(scope: string): Promise<FeedRecord[]>;
  /** Enabled feeds whose nextPollAt is at or before `now`, soonest first. */
  dueFeeds(now: Date): Promise<FeedRecord[]>;
  /**
   * Lease up to `limit` due feeds to `owner` for `leaseMs`, soonest first: feeds leased to
   * another process and not yet expired are skipped, so with several processes on one database
   * each feed is polled by one of them per interval; a dead process's leases are taken over once
   * they expire. A patch that sets `nextPollAt` (the poll's outcome) ends the lease.
   */
  claimDueFeeds(owner: string, now: Date, leaseMs: number, limit: number): Promise<FeedRecord[]>;
  updateFeed(id: string, patch: FeedPatch): Promise<void>;
  /** Remove a feed and what was seen from it; false if there was none. */
  removeFeed(id: string): Promise<boolean>;
  /** True when an item with this key, or with this content hash, was seen from the feed before. */
  isSeen(feedId: string, key: string, contentHash: string): Promise<boolean>;
  /**
   * isSeen for a poll's items at once (one query instead of one per item): `result[i]` is
   * isSeen(feedId, items[i].key, items[i].contentHash). Optional: the poller falls back to isSeen.
   */
  seenAmong?(feedId: string, items: readonly { key: string; contentHash: string }[]): Promise<boolean[]>;
  /**
   * Record an item as seen; false when it already was (an insert under a unique key: safe to race).
   * With `alertPending`, a newly seen item's story is also recorded as waiting for its live-alert
   * decisions, in the same transaction (see pendingAlerts).
   */
  markSeen(feedId: string, item: SeenItem, now: Date): Promise<boolean>;
  /** markSeen for the new items of one or more polls at once (one transaction): optional, the poller falls back to markSeen. */
  markSeenMany?(items: readonly (SeenItem & { feedId: string })[], now: Date): Promise<void>;
  /**
   * Stories stored with `alertPending` whose alert decisions are not recorded yet (a process
   * killed between storing a poll and deciding its alerts leaves them), stored before `before`,
   * oldest first, at most `limit`. Optional: without it such stories are not alerted.
   */
  pendingAlerts?(before: Date, limit: number): Promise<PendingAlert[]>;
  /** The alert decisions of these stories are recorded: forget them. */
  clearPendingAlerts?(items: readonly { feedId: string; articleId: string }[]): Promise<void>;
}

/** An item as markSeen records it. */
export interface SeenItem {
  key: string;
  contentHash: string;
  articleId: string;
  /** The story waits for live-alert decisions (a poll of a bot that runs alerts; not `/sources add`). */
  alertPending?: boolean;
}

/** A story stored from a feed whose live-alert decisions are not recorded yet. */
export interface PendingAlert {
  feedId: string;
  articleId: string;
  /** When it was stored (ISO time). */
  storedAt: string;
}

/** Who follows a feed: a server/workspace, or the channel itself where there is none (console, DMs). */
export function feedScope(platform: string, guildId: string | null, channelId: string): string {
  return guildId ? `${platform}:${guildId}` : `${platform}:dm:${channelId}`;
}

/** Articles from every source, deduplicated by content hash. */
export interface ArticleStore {
  /**
   * Add or update an article. An article whose content is already stored under another id is
   * a duplicate: nothing is added and the stored id is returned (`added: false`). The same id
   * with new content is updated in place.
   */
  put(article: Article, now: Date): Promise<{ id: string; added: boolean }>;
  /**
   * put for several articles in one transaction (a feed's new items): optional, callers fall back
   * to put. `prepared[i]`, when given, is articles[i]'s row computed already in a parse worker
   * (content hash, JSON, date, title words: article-row.ts); a store may use it instead of
   * computing them again.
   */
  putMany?(articles: readonly Article[], now: Date, prepared?: readonly (ArticleRow | undefined)[]): Promise<{ id: string; added: boolean }[]>;
  get(id: string): Promise<Article | null>;
  /**
   * Every article, newest first (published time, then first seen). Loads the whole library:
   * commands use `newest`, `search` and `unsent`, which stay fast however large it grows.
   */
  list(): Promise<Article[]>;
  /** Articles not yet sent to a channel (`channelKey(platform, channelId)`), newest first, at most `limit`. */
  unsent(channelKey: string, limit: number): Promise<{ articles: Article[]; total: number }>;
  /** The newest `limit` articles (the order of `list`). */
  newest(limit: number): Promise<Article[]>;
  /**
   * Articles whose id starts with `query` (case-insensitive), or whose title has, for each word of
   * `query`, a word beginning with it (src/store/title-words.ts); newest first, at most `limit`.
   */
  search(query: string, limit: number): Promise<Article[]>;
  /** Stories published (undated ones: first seen) at or after `time`, newest first, at most `limit`. */
  since(time: Date, limit: number): Promise<Article[]>;
  /** How many articles the library holds. */
  count(): Promise<number>;
  /**
   * Retention: remove articles that came from feeds and were first seen before `olderThan`,
   * except those a conversation follows or an unfinished digest carries. Files from briefings/
   * and fetched URLs are never removed. Returns how many were removed.
   */
  prune(olderThan: Date): Promise<number>;
  /**
   * The newest `limit` articles (not yet sent to `unsentTo` when given), newest first, as id and
   * content hash only, and how many there are in all: what a digest planner with a briefing
   * cache needs without reading every article. Must be served by an index (no full scan/sort).
   */
  newestKeys(limit: number, unsentTo?: string): Promise<{ keys: ArticleKey[]; total: number }>;
}

/** An article's id and the content hash of its stored version (changes when the article does). */
export interface ArticleKey {
  id: string;
  contentHash: string;
}

/** What is known of one file of the briefings folder, to read only new or changed files at start-up. */
export interface BriefingFile {
  /** The folder, as an absolute path: files of another folder are no longer the library. */
  dir: string;
  /** The file name inside it. */
  name: string;
  size: number;
  mtimeMs: number;
  /** The article the file gave (null: the file is not an article, or its text is already stored under another id). */
  articleId: string | null;
}

/**
 * The briefings folder's files and the articles they own. The folder is the truth for file
 * articles: a file removed (or a folder no longer used) removes its article.
 */
export interface BriefingFileStore {
  /** Every file recorded, from any folder. */
  listFiles(): Promise<BriefingFile[]>;
  /**
   * In one transaction: store each changed file's article (null: not an article) and record the
   * file; forget the `removed` files and delete the articles they gave. Returns what changed.
   */
  applyFileChanges(
    changes: { changed: { file: Omit<BriefingFile, 'articleId'>; article: Article | null }[]; removed: BriefingFile[] },
    now: Date,
  ): Promise<{ added: number; updated: number; removed: number }>;
  /** Delete an article (any source) and any file record pointing to it; false when there was none. */
  removeArticle(id: string): Promise<boolean>;
}

/** A channel's digest subscription (at most one per channel). */
export interface Subscription {
  id: number;
  platform: string;
  channelId: string;
  guildId: string | null;
  /** Normalized 5-field cron expression (a daily `08:00` is `0 8 * * *`). */
  schedule: string;
  /** IANA time zone the schedule is read in. */
  timeZone: string;
  createdBy: string;
  /** ISO date-time from which slots are owed (set again when the schedule changes). */
  since: string;
  createdAt: string;
  /**
   * Which stories the digest carries (`/subscribe … include:… exclude:…`, src/alerts/filter.ts):
   * null or absent, every story. Stores always return it (null when none).
   */
  filter?: SubscriptionFilter | null;
}

/** A digest's story filter: words or phrases matched on headline and lead (see src/alerts/filter.ts). */
export interface SubscriptionFilter {
  include: string[];
  exclude: string[];
}

/** A new subscription; `filter` absent or null: every story. */
export type NewSubscription = Pick<Subscription, 'platform' | 'channelId' | 'guildId' | 'schedule' | 'timeZone' | 'createdBy' | 'filter'>;

export interface SubscriptionStore {
  /**
   * Subscribe a channel, or change its schedule (the id stays, so the run log still knows
   * which slots were posted). Returns the subscription and what it replaced.
   */
  upsert(sub: NewSubscription, now: Date): Promise<{ subscription: Subscription; previous: Subscription | null }>;
  /** Put back a subscription exactly as it was (undoing an upsert). */
  restore(sub: Subscription): Promise<void>;
  get(platform: string, channelId: string): Promise<Subscription | null>;
  getById(id: number): Promise<Subscription | null>;
  list(): Promise<Subscription[]>;
  /** Remove a channel's subscription; returns it, or null when there was none. */
  remove(platform: string, channelId: string): Promise<Subscription | null>;
}

export type RunStatus = 'claimed' | 'posted' | 'failed' | 'skipped';

/** One slot of one subscription in the digest run log. Unique by (subscriptionId, slot). */
export interface DigestRun {
  subscriptionId: number;
  /** ISO date-time of the slot (UTC, whole minute). */
  slot: string;
  status: RunStatus;
  /** Which scheduler instance holds (or last held) the claim. */
  owner: string;
  /** ISO date-time after which another instance may take over an unfinished claim. */
  leaseUntil: string;
  /** Posting attempts so far (takeovers included). */
  attempts: number;
  /** The articles this slot's digest carries: fixed at claim time, so a retry posts the same digest. */
  articleIds: string[];
  /** Stories left out of the digest ("and K more"), fixed at claim time too. */
  more: number;
  /** Posted after its time (catch-up after downtime). */
  late: boolean;
  claimedAt: string;
  finishedAt: string | null;
  messageIds: string[];
  error: string | null;
}

export interface NewClaim {
  subscriptionId: number;
  slot: string;
  owner: string;
  leaseUntil: string;
  articleIds: string[];
  more: number;
  late: boolean;
}

/** The run a fresh claim records: claimed at `now`, on its first attempt, nothing posted yet. */
export function claimedRun(claim: NewClaim, now: Date): DigestRun {
  return { ...claim, articleIds: [...claim.articleIds], status: 'claimed', attempts: 1, claimedAt: now.toISOString(), finishedAt: null, messageIds: [], error: null };
}

/**
 * The digest run log. A claim is an insert under the unique (subscriptionId, slot) key, and a
 * takeover a conditional update: both work the same on any SQL database with several processes.
 */
export interface RunStore {
  /** Claim a slot; false when it was already claimed (by anyone). */
  claim(claim: NewClaim, now: Date): Promise<boolean>;
  get(subscriptionId: number, slot: string): Promise<DigestRun | null>;
  /** The newest runs of a subscription, newest slot first. */
  recent(subscriptionId: number, limit: number): Promise<DigestRun[]>;
  /** Claims not finished (status `claimed`): crash-left or in flight. */
  unfinished(): Promise<DigestRun[]>;
  /**
   * Take over an unfinished claim as seen in `run` (same owner and lease, still `claimed`);
   * counts an attempt. False when someone else changed it first.
   */
  takeOver(run: DigestRun, owner: string, leaseUntil: string): Promise<boolean>;
  /** Extend the lease of a claim this owner holds (before each attempt); false if it lost it. */
  renew(subscriptionId: number, slot: string, owner: string, leaseUntil: string): Promise<boolean>;
  /**
   * The post went out: mark the run posted and the articles sent to the channel, in one
   * transaction. False when the owner no longer holds the claim.
   */
  complete(
    subscriptionId: number,
    slot: string,
    owner: string,
    done: { channelKey: string; articleIds: string[]; messageIds: string[] },
    now: Date,
  ): Promise<boolean>;
  /** Finish a claim without a post: `failed` (with the reason) or `skipped` (nothing to send). */
  finish(subscriptionId: number, slot: string, owner: string, status: 'failed' | 'skipped', error: string | null, now: Date): Promise<boolean>;
}

/** What each channel has already been sent. */
export interface SentStore {
  wasSent(channelKey: string, articleId: string): Promise<boolean>;
  /** Record articles as sent (already-sent ones are left as they were). */
  markSent(channelKey: string, articleIds: string[], now: Date): Promise<void>;
  count(channelKey: string): Promise<number>;
}

/** The key under which a channel's deliveries are kept. */
export function channelKey(platform: string, channelId: string): string {
  return `${platform}:${channelId}`;
}

export interface Store {
  conversations: ConversationStore;
  articles: ArticleStore;
  subscriptions: SubscriptionStore;
  runs: RunStore;
  sent: SentStore;
  /** Feeds (src/sources): absent on a store that does not keep them. */
  feeds?: FeedStore;
  /** The briefings folder's files (src/sources/briefing-sync.ts): absent, every file is read at start and none is removed. */
  files?: BriefingFileStore;
  /** Follows, live feeds and the alert log (src/alerts): absent, alerts are kept in memory until exit. */
  alerts?: AlertStore;
  /** Story signatures stored with their articles, so digests do not compute them again after a restart. */
  signatures?: SignatureStore;
  /**
   * True when several processes may use this store at once (PostgreSQL). Each process then
   * claims under its own instance id and takes over only expired leases; a store used by one
   * process (SQLite, which is locked to it, or memory) may treat every unfinished claim as its own.
   */
  readonly shared?: boolean;
  /** On a shared store: this process's name in digest claims and feed leases. */
  readonly instanceId?: string;
  close(): Promise<void>;
}

/** The key under which a conversation's context is kept. */
export function conversationKey(platform: string, channelId: string, threadId: string | null): string {
  return `${platform}:${channelId}:${threadId ?? ''}`;
}

/**
 * What a conversation follows, as stored by ConversationStore: one article id, or the list of
 * articles a digest showed (`digest:id1,id2`), whose follow-ups search those articles.
 */
export type ConversationContext = { articleId: string } | { digest: string[] };

const DIGEST_PREFIX = 'digest:';

/** The context value a posted message gives its conversation, or null when it gives none. */
export function contextValueFor(message: { articleId?: string; articleIds?: string[] }): string | null {
  if (message.articleId) return message.articleId;
  if (message.articleIds?.length) return `${DIGEST_PREFIX}${message.articleIds.join(',')}`;
  return null;
}

/** Read a stored context value. */
export function parseContextValue(value: string | null): ConversationContext | null {
  if (!value) return null;
  if (value.startsWith(DIGEST_PREFIX)) {
    const ids = value.slice(DIGEST_PREFIX.length).split(',').filter(Boolean);
    return ids.length ? { digest: ids } : null;
  }
  return { articleId: value };
}

/** Every article id a stored context value names (retention keeps them). */
export function contextIds(value: string): string[] {
  const c = parseContextValue(value);
  if (!c) return [];
  return 'articleId' in c ? [c.articleId] : c.digest;
}
