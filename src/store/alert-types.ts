/**
 * The alert side of the store interface (src/alerts): follows, live feeds and the alert log.
 * Re-exported by types.ts, where the Store that holds an AlertStore is declared.
 */

/** A channel's followed topic (`/follow <topic>`): stories about it from the server's feeds are posted there. */
export interface Follow {
  id: number;
  platform: string;
  channelId: string;
  /** Server (Discord guild) or workspace (Slack team); null on the console and in DMs. */
  guildId: string | null;
  /** Whose feeds are matched: `feedScope(platform, guildId, channelId)`. */
  scope: string;
  /** The topic as typed ("Bank of England"); unique per channel, case-insensitively. */
  topic: string;
  /** Role (Discord) or user group (Slack) pinged with each alert; null: nobody. */
  ping: string | null;
  /** Quiet hours `HH:MM-HH:MM` in the channel's time zone; null: none. */
  quiet: string | null;
  createdBy: string;
  /** ISO date-times. */
  createdAt: string;
  lastMatchedAt: string | null;
}

export type NewFollow = Pick<Follow, 'platform' | 'channelId' | 'guildId' | 'topic' | 'ping' | 'quiet' | 'createdBy'>;

/** A feed posted live to a channel (`/sources add <url> live`), with its filters. */
export interface LiveSource {
  feedId: string;
  platform: string;
  channelId: string;
  /** Words or phrases: a story must contain one (none: every story). */
  include: string[];
  /** Words or phrases: a story containing one is left out. */
  exclude: string[];
  createdBy: string;
  createdAt: string;
}

export type NewLiveSource = Omit<LiveSource, 'createdAt'>;

/**
 * One entry of the alert log: a story posted to a channel (`alert`), a later report of the same
 * story posted in the first alert's thread (`update`), a story held back by storm control or
 * quiet hours (`held`, then `rolled` into a roll-up), or a roll-up itself. Unique by `key`
 * (one per channel and story) and by `capSlot` (the n-th alert of a channel's hour).
 */
export interface AlertRecord {
  key: string;
  platform: string;
  channelId: string;
  kind: 'alert' | 'update' | 'rollup';
  status: 'claimed' | 'posted' | 'held' | 'rolled' | 'failed';
  /** The story's article (null for a roll-up). */
  articleId: string | null;
  /** Articles a roll-up carries, fixed when it is claimed. */
  articleIds: string[];
  /** The follows' topics the story matched (empty for a live feed's story). */
  topics: string[];
  /** The live feed the story came from, when it is posted as a live feed's story. */
  feedId: string | null;
  ping: string | null;
  /** An update: the alert whose thread it goes in; a rolled entry: its roll-up. */
  rootKey: string | null;
  /** Why an entry is held: over the hourly cap (`storm`) or in quiet hours (`quiet`). */
  reason: 'storm' | 'quiet' | null;
  capSlot: string | null;
  /** Held entries: when their roll-up is due. */
  releaseAt: string | null;
  owner: string;
  leaseUntil: string;
  attempts: number;
  createdAt: string;
  finishedAt: string | null;
  messageIds: string[];
  error: string | null;
}

export type NewAlert = Pick<
  AlertRecord,
  'key' | 'platform' | 'channelId' | 'kind' | 'articleId' | 'articleIds' | 'topics' | 'feedId' | 'ping' | 'rootKey' | 'reason' | 'capSlot' | 'releaseAt' | 'owner' | 'leaseUntil'
> & { status: 'claimed' | 'held' };

/** Follows, live feeds and the alert log (src/alerts). Claims work as the digest run log's do. */
export interface AlertStore {
  /** Follow a topic in a channel, or update the follow of the same topic (case-insensitive). */
  follow(f: NewFollow, now: Date): Promise<{ follow: Follow; created: boolean }>;
  /** Stop following a topic (case-insensitive); the removed follow, or null. */
  unfollow(platform: string, channelId: string, topic: string): Promise<Follow | null>;
  /** A channel's follows, oldest first. */
  follows(platform: string, channelId: string): Promise<Follow[]>;
  /** Every follow in a scope (the server/workspace whose feeds a story came from). */
  followsInScope(scope: string): Promise<Follow[]>;
  /** Set (or clear) the quiet hours of every follow of a channel. */
  setQuiet(platform: string, channelId: string, quiet: string | null): Promise<void>;
  /** Record that these follows matched a story at `now`. */
  matched(followIds: number[], now: Date): Promise<void>;
  /** Post a feed live to a channel (or change its filters). */
  setLive(l: NewLiveSource, now: Date): Promise<void>;
  /** Stop posting a feed live to a channel; false when it was not. */
  removeLive(feedId: string, platform: string, channelId: string): Promise<boolean>;
  /** The channels a feed is posted live to. */
  liveFor(feedId: string): Promise<LiveSource[]>;
  /** Record an alert (claimed or held); false when its key or its cap slot is already taken. */
  claim(a: NewAlert, now: Date): Promise<boolean>;
  get(key: string): Promise<AlertRecord | null>;
  /** A channel's alerts (kind `alert`, any status but failed) created at or after `since`, newest first. */
  recent(platform: string, channelId: string, since: Date, limit: number): Promise<AlertRecord[]>;
  /** Entries claimed and not finished (crash-left or in flight), oldest first. */
  unfinished(): Promise<AlertRecord[]>;
  /** Held entries whose release time has come, oldest first. */
  dueHeld(now: Date): Promise<AlertRecord[]>;
  /** Claim a roll-up and mark the held entries it carries `rolled`, in one transaction; false when it was claimed already. */
  claimRollup(a: NewAlert, heldKeys: string[], now: Date): Promise<boolean>;
  /** Take over a claim as seen in `a` (same owner and lease, still claimed); counts an attempt. */
  takeOver(a: AlertRecord, owner: string, leaseUntil: string): Promise<boolean>;
  /** Extend (or end, with a past time) the lease of a claim this owner holds. */
  renew(key: string, owner: string, leaseUntil: string): Promise<boolean>;
  /** The post went out: mark it posted with its message ids. False when the owner lost the claim. */
  complete(key: string, owner: string, messageIds: string[], now: Date): Promise<boolean>;
  /** Give up on a claim (`failed`, with the reason). */
  fail(key: string, owner: string, error: string, now: Date): Promise<boolean>;
}
