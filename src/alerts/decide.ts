/**
 * Deciding what a new story becomes in each channel, and recording it in the alert log before
 * anything is posted: an alert (claimed under the story's key and a free cap slot of the
 * channel's hour), an update in the thread of an earlier alert of the same story, or an entry
 * held for a roll-up (over the hourly cap, or in quiet hours). Every decision is an insert
 * under a unique key, so two processes deciding the same story agree and a crash after the
 * insert leaves the post to be made, not decided again.
 */
import type { Briefing } from '../core/types.ts';
import { matchTopics, type TopicStory } from '../core/topics/match.ts';
import { sameStorySignature, termWeights, type StorySignature } from '../core/digest/story-signature.ts';
import type { AlertRecord, AlertStore, FeedRecord, Follow, LiveSource, NewAlert } from '../store/types.ts';
import { passesFilter } from './filter.ts';
import { alertKey, capSlot, hourEnd, hourOf } from './keys.ts';
import { quietUntil } from './quiet-hours.ts';

/** How far back an earlier alert of the same story is looked for (the digest grouping's window). */
export const SAME_STORY_HOURS = 72;
/** Earlier alerts of a channel compared with a new story. */
const RECENT_ALERTS = 50;

/** A story as the decision reads it: its briefing, and what topic matching reads (headline, lead, prominent entities). */
export interface NewStory {
  briefing: Briefing;
  topic: TopicStory;
}

export interface DecideContext {
  alerts: AlertStore;
  owner: string;
  now: Date;
  leaseMs: number;
  /** Alerts per channel per clock hour (NEWSBRIEF_ALERTS_PER_HOUR). */
  perHour: number;
  /** The channel's time zone (its digest subscription's, else NEWSBRIEF_TZ). */
  timeZoneOf(platform: string, channelId: string): Promise<string>;
  /** The briefing of an earlier alert's article (cached), null when it is gone. */
  briefingOf(articleId: string): Promise<Briefing | null>;
  /** A briefing's story signature (cached). */
  signatureOf(b: Briefing): StorySignature;
  /** Signatures of the stories seen lately, to weigh terms by how rare they are. */
  corpus(): Promise<StorySignature[]>;
}

/** One channel's reasons to post a story. */
interface ChannelMatch {
  platform: string;
  channelId: string;
  follows: Follow[];
  topics: string[];
  live: LiveSource | null;
  /** Every follow of the channel (quiet hours are the channel's). */
  channelFollows: Follow[];
}

const chanKey = (platform: string, channelId: string) => `${platform}\u0000${channelId}`;

/** The channels a story goes to: each with the topics it matched there, or its live feed. */
export function channelsFor(story: NewStory, follows: readonly Follow[], live: readonly LiveSource[]): ChannelMatch[] {
  const out = new Map<string, ChannelMatch>();
  const entry = (platform: string, channelId: string): ChannelMatch => {
    const k = chanKey(platform, channelId);
    let m = out.get(k);
    if (!m) out.set(k, (m = { platform, channelId, follows: [], topics: [], live: null, channelFollows: [] }));
    return m;
  };
  const topicStory = story.topic;
  const byChannel = new Map<string, Follow[]>();
  for (const f of follows) byChannel.set(chanKey(f.platform, f.channelId), [...(byChannel.get(chanKey(f.platform, f.channelId)) ?? []), f]);
  for (const fs of byChannel.values()) {
    const matched = new Set(matchTopics(topicStory, fs.map((f) => f.topic)).map((m) => m.topic));
    const hits = fs.filter((f) => matched.has(f.topic));
    if (!hits.length) continue;
    const m = entry(fs[0].platform, fs[0].channelId);
    m.follows = hits;
    m.topics = hits.map((f) => f.topic);
  }
  for (const l of live) {
    if (passesFilter(l, { title: topicStory.title, lead: topicStory.lead })) entry(l.platform, l.channelId).live = l;
  }
  for (const m of out.values()) m.channelFollows = byChannel.get(chanKey(m.platform, m.channelId)) ?? [];
  return [...out.values()].filter((m) => m.topics.length > 0 || m.live);
}

export type Decision = 'alert' | 'update' | 'held' | 'known' | 'skipped';

/**
 * Record what a story becomes in one channel. Returns what was decided (`known`: an entry for
 * it was already there, decided by another poll or process; `skipped`: the story is already in
 * a held roll-up under another source).
 */
export async function decide(ctx: DecideContext, feed: FeedRecord, story: NewStory, m: ChannelMatch): Promise<Decision> {
  const { alerts, now } = ctx;
  const b = story.briefing;
  const key = alertKey(m.platform, m.channelId, b.id);
  if (await alerts.get(key)) return 'known';
  const base: NewAlert = {
    key,
    platform: m.platform,
    channelId: m.channelId,
    kind: 'alert',
    status: 'claimed',
    articleId: b.id,
    articleIds: [],
    topics: m.topics,
    feedId: m.topics.length ? null : feed.id,
    ping: m.follows.find((f) => f.ping)?.ping ?? null,
    rootKey: null,
    reason: null,
    capSlot: null,
    releaseAt: null,
    owner: ctx.owner,
    leaseUntil: new Date(now.getTime() + ctx.leaseMs).toISOString(),
  };
  const quiet = m.channelFollows.find((f) => f.quiet)?.quiet ?? null;
  const quietEnd = quiet ? quietUntil(quiet, now, await ctx.timeZoneOf(m.platform, m.channelId)) : null;
  const held = (reason: 'storm' | 'quiet', until: Date): NewAlert => ({ ...base, status: 'held', reason, releaseAt: until.toISOString(), ping: null });

  // The same story from another source, alerted here before: an update in that alert's thread.
  const root = await earlierAlertOf(ctx, m, b);
  if (root) {
    if (root.status === 'held' || root.status === 'rolled') return 'skipped';
    const update: NewAlert = { ...base, kind: 'update', rootKey: root.key, ping: null };
    const ok = await alerts.claim(quietEnd ? { ...held('quiet', quietEnd), kind: 'update', rootKey: root.key } : update, now);
    return ok ? (quietEnd ? 'held' : 'update') : 'known';
  }
  if (quietEnd) return (await alerts.claim(held('quiet', quietEnd), now)) ? 'held' : 'known';
  // Storm control: the n-th alert of the channel's hour takes cap slot n; past the cap it is held.
  const hour = hourOf(now);
  for (let n = 1; n <= ctx.perHour; n++) {
    if (await alerts.claim({ ...base, capSlot: capSlot(m.platform, m.channelId, hour, n) }, now)) return 'alert';
    if (await alerts.get(key)) return 'known';
  }
  return (await alerts.claim(held('storm', hourEnd(now)), now)) ? 'held' : 'known';
}

/**
 * The channel's recent alert of the same story (another article), if any: the digest grouping's
 * rule, with terms weighted by how rare they are among the channel's recent alerts (as a digest
 * weighs them among its candidates), so one shared place name does not make two stories one.
 */
async function earlierAlertOf(ctx: DecideContext, m: ChannelMatch, b: Briefing) {
  const since = new Date(ctx.now.getTime() - SAME_STORY_HOURS * 3_600_000);
  const earlier: { record: AlertRecord; sig: StorySignature }[] = [];
  for (const r of await ctx.alerts.recent(m.platform, m.channelId, since, RECENT_ALERTS)) {
    if (!r.articleId || r.articleId === b.id) continue;
    const other = await ctx.briefingOf(r.articleId);
    if (other) earlier.push({ record: r, sig: ctx.signatureOf(other) });
  }
  if (!earlier.length) return null;
  const sig = ctx.signatureOf(b);
  const weight = termWeights(new Set([sig, ...earlier.map((e) => e.sig), ...(await ctx.corpus())]));
  return earlier.find((e) => sameStorySignature(e.sig, sig, weight))?.record ?? null;
}
