/**
 * Live alerts (#16): when the feed poller stores new stories, each story about a topic a
 * channel follows, or from a feed a channel gets live, is posted to that channel as a short
 * briefing, once: decided in the alert log first (src/alerts/decide.ts), then posted through the
 * delivery router with the entry's dedupe key and marked posted. Held stories (storm control,
 * quiet hours) go out as one roll-up when their time comes; a minute timer posts those and
 * resumes any entry a crash left claimed (the adapter's dedupe key keeps a post that did reach
 * the platform from being sent twice).
 */
import type { Logger } from 'pino';
import { summarizeForChat } from '../core/brief/summarize.ts';
import { storySignature, type StorySignature } from '../core/digest/story-signature.ts';
import { PostError, userFacingMessage } from '../core/errors.ts';
import type { Message } from '../core/message/message.ts';
import type { Article, Briefing } from '../core/types.ts';
import { conversationsOf } from '../conversation/conversations.ts';
import type { PostOptions, PostResult } from '../delivery/types.ts';
import type { AlertRecord, AlertStore, FeedRecord, Store } from '../store/types.ts';
import { MemoryAlertStore } from '../store/memory-alerts.ts';
import { channelsFor, decide, type DecideContext, type Decision, type NewStory } from './decide.ts';
import { alertKey, postKey, rollupKey } from './keys.ts';
import { topicStoryOf } from '../core/topics/match.ts';
import { alertMessage, rollupMessage, updateMessage, type RollupStory } from './messages.ts';
import { leftPending, pendingKey } from './pending.ts';

/** Alerts per channel per clock hour when NEWSBRIEF_ALERTS_PER_HOUR is not set. */
export const DEFAULT_ALERTS_PER_HOUR = 10;
/** Library stories briefed at first to weigh terms by; stories weighed by at most. */
const CORPUS_SEED = 40;
const CORPUS_MAX = 400;
/** Posting attempts per entry (the first included) before it is given up as failed. */
export const MAX_ATTEMPTS = 5;

export interface AlertEngineOptions {
  store: Store;
  /** Post through the delivery router (router.post). Throws PostError. */
  post(platform: string, channelId: string, message: Message, options: PostOptions): Promise<PostResult>;
  /** True when a platform's adapter runs in this process (router.has). */
  canPost(platform: string): boolean;
  now: () => Date;
  log: Logger;
  /** This process's name in claims (the store's instance id when several processes share it). */
  owner?: string;
  /** Alerts per channel per clock hour (default DEFAULT_ALERTS_PER_HOUR). */
  perHour?: number;
  /** Time zone of channels without a digest subscription (NEWSBRIEF_TZ). */
  timeZone: string;
  /** How long a claim is leased to this process (default 5 minutes). */
  leaseMs?: number;
}

export class AlertEngine {
  readonly alerts: AlertStore;
  private readonly owner: string;
  private readonly perHour: number;
  private readonly leaseMs: number;
  /** One delivery round at a time in this process, in arrival order. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Recording decisions, in arrival order: apart from `queue` so they never wait for posts. */
  private decisions: Promise<unknown> = Promise.resolve();
  /** Entries this process claimed and has not tried yet (posted with `retry: false`). */
  private readonly fresh = new Set<string>();
  private readonly briefings = new Map<string, Briefing | null>();
  private readonly signatures = new WeakMap<Briefing, StorySignature>();
  private timer: NodeJS.Timeout | null = null;
  private seeded = false;
  /** When this engine was made: on a store used by one process, stories left pending before it are a dead process's. */
  private readonly startedAt: Date;
  /** Stories handed to onNewStories whose decisions are not recorded yet (`feed\u0000article`). */
  private readonly inFlight = new Set<string>();

  constructor(private readonly opts: AlertEngineOptions) {
    // A store that keeps no alerts (a custom one): alerts work but are forgotten at exit.
    this.alerts = opts.store.alerts ?? (opts.store.alerts = new MemoryAlertStore());
    this.owner = opts.owner ?? opts.store.instanceId ?? 'newsbrief';
    this.perHour = opts.perHour ?? DEFAULT_ALERTS_PER_HOUR;
    this.leaseMs = opts.leaseMs ?? 5 * 60_000;
    this.startedAt = opts.now();
  }

  /** Every minute: decide stories a dead process stored but never decided, post due roll-ups and resume entries left claimed (after a crash). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), 60_000);
    this.timer.unref();
    void this.tick();
  }

  /** Stop the timer and wait for the round in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.decisions.catch(() => undefined);
    await this.queue.catch(() => undefined);
  }

  /**
   * New stories a poll of `feed` stored (the poller's call-out): decide each one for every
   * channel that follows a topic it is about or gets the feed live, then post. Never throws.
   */
  onNewStories(feed: FeedRecord, articles: readonly Article[]): Promise<void> {
    // Decisions do not wait behind posting: a process killed while posting one feed's alerts has
    // already recorded the next feed's, for the restart to post them. (Stories it had not decided
    // yet are still marked pending with their seen marks: see recoverPending.)
    for (const a of articles) this.inFlight.add(pendingKey(feed.id, a.id));
    const decided = (this.decisions = this.decisions
      .then(() => this.decideAndClear(feed, articles))
      .catch((e: unknown) => this.opts.log.error({ err: e }, 'alert decisions failed'))
      .finally(() => {
        for (const a of articles) this.inFlight.delete(pendingKey(feed.id, a.id));
      }));
    return this.serial(async () => {
      // Every decision queued by now (this one and any later), then post.
      await this.decisions;
      await decided;
      await this.deliverAll();
    });
  }

  /** Resolves when the rounds queued so far are done (tests wait on it after a poll). */
  async idle(): Promise<void> {
    await this.decisions;
    await this.queue;
  }

  /** Decide stories left pending, post due roll-ups and unfinished entries. Never throws. */
  tick(): Promise<void> {
    const recovered = (this.decisions = this.decisions.then(() => this.recoverPending()).catch((e: unknown) => this.opts.log.error({ err: e }, 'pending alert decisions failed')));
    return this.serial(async () => {
      await recovered;
      await this.rollUp();
      await this.deliverAll();
    });
  }

  private serial(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task).catch((e: unknown) => this.opts.log.error({ err: e }, 'alert round failed'));
    this.queue = run;
    return run;
  }

  private async briefingOf(article: Article): Promise<Briefing | null> {
    if (this.briefings.has(article.id)) return this.briefings.get(article.id) ?? null;
    let b: Briefing | null = null;
    try {
      b = summarizeForChat(article);
    } catch (e) {
      this.opts.log.info({ article: article.id, reason: userFacingMessage(e) }, 'story cannot be briefed; no alert');
    }
    if (this.briefings.size >= 2000) this.briefings.delete(this.briefings.keys().next().value as string);
    this.briefings.set(article.id, b);
    return b;
  }

  /**
   * Signatures of the stories briefed lately (the library's newest at first, then each new
   * one): same-story checks weigh terms by how rare they are among these, as a digest weighs
   * them among its candidates, so words every story shares do not make two stories one.
   */
  private async corpus(): Promise<StorySignature[]> {
    if (!this.seeded) {
      this.seeded = true;
      for (const a of await this.opts.store.articles.newest(CORPUS_SEED).catch(() => [])) await this.briefingOf(a);
    }
    const out: StorySignature[] = [];
    for (const b of this.briefings.values()) if (b) out.push(this.signatureOf(b));
    return out.slice(-CORPUS_MAX);
  }

  private signatureOf(b: Briefing): StorySignature {
    let s = this.signatures.get(b);
    if (!s) this.signatures.set(b, (s = storySignature(b)));
    return s;
  }

  private async briefingById(id: string): Promise<Briefing | null> {
    const cached = this.briefings.get(id);
    if (cached !== undefined) return cached;
    const a = await this.opts.store.articles.get(id);
    return a ? this.briefingOf(a) : null;
  }

  /**
   * Decide a feed's new stories, then forget their pending marks (written by the poller with
   * their seen marks); a story whose decision could not be recorded keeps its mark and is
   * decided again by a later round. Throws when nothing could be decided (marks kept).
   */
  private async decideAndClear(feed: FeedRecord, articles: readonly Article[]): Promise<void> {
    const failed = await this.decideAll(feed, articles);
    const feeds = this.opts.store.feeds;
    const done = articles.filter((a) => !failed.has(a.id)).map((a) => ({ feedId: feed.id, articleId: a.id }));
    if (done.length && feeds?.clearPendingAlerts) await feeds.clearPendingAlerts(done);
  }

  /**
   * Stories a poll stored but whose alerts were never decided (the process was killed in
   * between, or its poll was abandoned after storing): decided now. Deciding is an insert under
   * the story's unique key per channel, so a story already decided (by this process or another)
   * is found `known` and nothing is posted twice. On a store used by one process, every mark
   * older than this engine is a dead process's; on a shared one, a mark is taken up once it is
   * older than a lease (its process would have decided it within seconds).
   */
  private async recoverPending(): Promise<void> {
    const now = this.opts.now();
    const leaseAgo = now.getTime() - this.leaseMs;
    const before = new Date(this.opts.store.shared ? leaseAgo : Math.max(leaseAgo, this.startedAt.getTime()));
    for (const { feed, articles } of await leftPending(this.opts.store, before, now, this.inFlight, this.opts.log)) await this.decideAndClear(feed, articles);
  }

  /** Record what each story becomes in each channel; the ids of stories a decision could not be recorded for. */
  private async decideAll(feed: FeedRecord, articles: readonly Article[]): Promise<Set<string>> {
    const failed = new Set<string>();
    const follows = await this.alerts.followsInScope(feed.scope);
    const live = await this.alerts.liveFor(feed.id);
    if (!follows.length && !live.length) return failed;
    const ctx: DecideContext = {
      alerts: this.alerts,
      owner: this.owner,
      now: this.opts.now(),
      leaseMs: this.leaseMs,
      perHour: this.perHour,
      timeZoneOf: async (platform, channelId) => (await this.opts.store.subscriptions.get(platform, channelId))?.timeZone ?? this.opts.timeZone,
      briefingOf: (id) => this.briefingById(id),
      signatureOf: (b) => this.signatureOf(b),
      corpus: () => this.corpus(),
    };
    // Oldest first, so the first report of a story is the alert and later ones its updates.
    const ordered = [...articles].sort((a, b) => (Date.parse(a.publishedAt ?? '') || 0) - (Date.parse(b.publishedAt ?? '') || 0));
    // Briefed first, so the whole batch counts when terms are weighed.
    const briefed = new Map<string, Briefing | null>();
    for (const article of ordered) {
      briefed.set(article.id, await this.briefingOf(article));
      // Briefing is CPU work: let commands and other polls run between stories.
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const article of ordered) {
      const briefing = briefed.get(article.id);
      if (!briefing) continue;
      const story: NewStory = { briefing, topic: topicStoryOf(article, briefing) };
      for (const m of channelsFor(story, follows, live)) {
        let d: Decision;
        try {
          d = await decide(ctx, feed, story, m);
        } catch (e) {
          this.opts.log.error({ err: e, article: article.id, channel: m.channelId }, 'could not record an alert');
          failed.add(article.id);
          continue;
        }
        if (d === 'alert' || d === 'update') this.fresh.add(alertKey(m.platform, m.channelId, article.id));
        if (d !== 'known' && m.follows.length) await this.alerts.matched(m.follows.map((f) => f.id), ctx.now);
        this.opts.log.info({ article: article.id, platform: m.platform, channel: m.channelId, topics: m.topics, live: Boolean(m.live), decision: d }, 'story decided for alerts');
      }
    }
    return failed;
  }

  /** Held entries whose time has come -> one roll-up per channel, release time and reason. */
  private async rollUp(): Promise<void> {
    const now = this.opts.now();
    const groups = new Map<string, AlertRecord[]>();
    for (const h of await this.alerts.dueHeld(now)) {
      const k = rollupKey(h.platform, h.channelId, h.reason ?? 'storm', h.releaseAt ?? now.toISOString());
      groups.set(k, [...(groups.get(k) ?? []), h]);
    }
    for (const [key, held] of groups) {
      const first = held[0];
      const topics = [...new Set(held.flatMap((h) => h.topics))];
      const claimed = await this.alerts.claimRollup(
        {
          key,
          platform: first.platform,
          channelId: first.channelId,
          kind: 'rollup',
          status: 'claimed',
          articleId: null,
          articleIds: held.map((h) => h.articleId).filter((id): id is string => id !== null),
          topics,
          feedId: held.find((h) => h.feedId)?.feedId ?? null,
          ping: null,
          rootKey: null,
          reason: first.reason,
          capSlot: null,
          releaseAt: first.releaseAt,
          owner: this.owner,
          leaseUntil: new Date(now.getTime() + this.leaseMs).toISOString(),
        },
        held.map((h) => h.key),
        now,
      );
      if (claimed) this.fresh.add(key);
    }
  }

  /** Post every claimed entry this process may post: its own, or one whose lease has expired. */
  private async deliverAll(): Promise<void> {
    const now = this.opts.now();
    // Alerts and roll-ups first, then updates: an update goes in the thread of an alert posted before it.
    const entries = await this.alerts.unfinished();
    const ordered = [...entries.filter((e) => e.kind !== 'update'), ...entries.filter((e) => e.kind === 'update')];
    for (const entry of ordered) {
      if (!this.opts.canPost(entry.platform)) continue;
      let mayBeOnPlatform = true;
      if (this.fresh.delete(entry.key) && entry.owner === this.owner) {
        mayBeOnPlatform = false;
      } else {
        // A store used by one process (SQLite) resumes its own crash-left claims at once; on a
        // shared one only an expired lease is taken over.
        if (this.opts.store.shared && Date.parse(entry.leaseUntil) > now.getTime()) continue;
        if (!(await this.alerts.takeOver(entry, this.owner, new Date(now.getTime() + this.leaseMs).toISOString()))) continue;
        entry.attempts++;
      }
      await this.deliver(entry, mayBeOnPlatform);
    }
  }

  private async deliver(entry: AlertRecord, mayBeOnPlatform: boolean): Promise<void> {
    const log = this.opts.log.child({ alert: entry.key, platform: entry.platform, channel: entry.channelId, kind: entry.kind });
    const built = await this.messageOf(entry);
    if (built === 'wait') {
      // An update whose first alert is not posted yet: try again next round.
      await this.alerts.renew(entry.key, this.owner, this.opts.now().toISOString());
      return;
    }
    if (!built) {
      await this.alerts.fail(entry.key, this.owner, 'the story is no longer in the library', this.opts.now());
      log.warn('alert dropped: its story is gone');
      return;
    }
    const options: PostOptions = { dedupeKey: postKey(entry.key), retry: mayBeOnPlatform, ...built.options };
    try {
      const res = await this.opts.post(entry.platform, entry.channelId, built.message, options);
      if (!(await this.alerts.complete(entry.key, this.owner, res.messageIds, this.opts.now()))) {
        log.warn('alert posted but its claim had been taken over');
        return;
      }
      log.info({ alreadyPosted: Boolean(res.alreadyPosted), thread: Boolean(options.threadOf), ping: Boolean(options.ping) }, 'alert posted');
      // Follow-up questions in the channel are about the story just posted.
      await conversationsOf(this.opts.store)
        .followPosted({ platform: entry.platform, channelId: entry.channelId }, built.message)
        .catch((e: unknown) => log.warn({ err: userFacingMessage(e) }, 'could not record the alert as the channel context'));
    } catch (e) {
      const why = e instanceof PostError ? `${e.code}: ${e.message}` : userFacingMessage(e);
      if (e instanceof PostError && e.retryable && entry.attempts < MAX_ATTEMPTS) {
        // Released: the next round (a minute later) tries again, with the same dedupe key.
        await this.alerts.renew(entry.key, this.owner, this.opts.now().toISOString());
        log.warn({ attempt: entry.attempts, err: why }, 'alert post failed; retrying next round');
        return;
      }
      await this.alerts.fail(entry.key, this.owner, why, this.opts.now());
      log.error({ attempt: entry.attempts, err: why }, 'alert post failed');
    }
  }

  /** The message (and thread/ping) of an entry; null when its story is gone; `wait` for an update whose alert is not out yet. */
  private async messageOf(entry: AlertRecord): Promise<{ message: Message; options: PostOptions } | null | 'wait'> {
    const { store } = this.opts;
    if (entry.kind === 'rollup') {
      const stories: RollupStory[] = [];
      for (const id of entry.articleIds) {
        const a = await store.articles.get(id);
        if (a) stories.push({ id: a.id, title: a.title, url: a.url, source: a.source });
      }
      if (!stories.length) return null;
      const feed = entry.feedId ? await store.feeds?.getFeed(entry.feedId) : null;
      const feeds = feed ? [feed.title ?? feed.url] : [];
      return { message: rollupMessage(stories, { reason: entry.reason ?? 'storm', topics: entry.topics, feeds }), options: {} };
    }
    const b = entry.articleId ? await this.briefingById(entry.articleId) : null;
    if (!b) return null;
    if (entry.kind === 'update') {
      const root = entry.rootKey ? await this.alerts.get(entry.rootKey) : null;
      if (root?.status === 'claimed') return 'wait';
      const threadOf = root?.status === 'posted' ? root.messageIds[0] : undefined;
      return { message: updateMessage(b, {}), options: threadOf ? { threadOf } : {} };
    }
    const feed = entry.feedId ? await store.feeds?.getFeed(entry.feedId) : null;
    return {
      message: alertMessage(b, { topics: entry.topics, feed: feed ? (feed.title ?? feed.url) : null }),
      options: entry.ping ? { ping: { id: entry.ping } } : {},
    };
  }
}
