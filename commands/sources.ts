/**
 * /sources add|list|remove [url]: the RSS/Atom feeds a server (Discord guild, Slack workspace)
 * follows. Adding fetches and parses the feed once, so a wrong URL is refused at once with the
 * reason; the poller (src/sources/poller.ts) then brings its new items into the library.
 */
import { UserError } from '../src/core/errors.ts';
import type { Message, MessageSection } from '../src/core/message/message.ts';
import { parseFeed } from '../src/sources/feed.ts';
import { FEED_ACCEPT } from '../src/sources/poller.ts';
import { parseHttpUrl, safeFetch } from '../src/sources/safe-fetch.ts';
import { fetchOptions } from '../src/sources/url.ts';
import { feedScope, type FeedRecord, type FeedStore } from '../src/store/types.ts';
import type { Command, CommandContext } from './types.ts';

/** Feeds one server/workspace may follow by default (NEWSBRIEF_MAX_FEEDS changes it). */
export const MAX_FEEDS_PER_SCOPE = 50;

function feedStore(ctx: CommandContext): FeedStore {
  const feeds = ctx.services.store.feeds;
  if (!feeds) throw new UserError('Feeds are not available with this store.', 'unavailable');
  return feeds;
}

function where(ctx: CommandContext): string {
  if (!ctx.guildId) return 'This channel';
  if (ctx.platform === 'console') return 'This bot';
  return ctx.platform === 'slack' ? 'This workspace' : 'This server';
}

function needUrl(args: Record<string, unknown>, action: string): URL {
  const raw = typeof args.url === 'string' ? args.url.trim() : '';
  if (!raw) throw new UserError(`/sources ${action} needs a feed URL, like /sources ${action} https://example.com/feed.xml`);
  return parseHttpUrl(raw);
}

function mayManage(ctx: CommandContext, action: string): void {
  if (!ctx.canManageChannel) {
    throw new UserError(`Only members who can manage this channel may ${action} feeds.`, 'forbidden');
  }
}

async function add(ctx: CommandContext, url: URL): Promise<Message> {
  mayManage(ctx, 'add');
  const feeds = feedStore(ctx);
  const { config, now } = ctx.services;
  const scope = feedScope(ctx.platform, ctx.guildId, ctx.channelId);
  const existing = await feeds.findFeed(scope, url.href);
  if (existing && !existing.disabledAt) {
    throw new UserError(`${where(ctx)} already follows ${existing.url}.`, 'duplicate');
  }
  const cap = config.maxFeedsPerScope ?? MAX_FEEDS_PER_SCOPE;
  if (!existing && (await feeds.listFeeds(scope)).length >= cap) {
    throw new UserError(`${where(ctx)} already follows ${cap} feeds: remove one with /sources remove first.`, 'limit');
  }
  // Fetch and parse once before saving: a page that is not a feed is refused with the reason.
  const res = await safeFetch(url, { ...fetchOptions(config), accept: FEED_ACCEPT });
  const parsed = await parseFeed(res.text, res.url);
  const due = now().toISOString();
  let feed: FeedRecord;
  if (existing) {
    await feeds.updateFeed(existing.id, {
      disabledAt: null,
      failures: 0,
      lastError: null,
      nextPollAt: due,
      channelId: ctx.channelId,
      fetchUrl: res.movedTo ?? existing.fetchUrl,
    });
    feed = { ...existing, title: existing.title ?? parsed.title };
  } else {
    feed = await feeds.addFeed(
      {
        scope,
        platform: ctx.platform,
        guildId: ctx.guildId,
        channelId: ctx.channelId,
        url: url.href,
        fetchUrl: res.movedTo ?? url.href,
        title: parsed.title,
        addedBy: ctx.user.id,
        nextPollAt: due, // the poller's next round brings the items in
      },
      now(),
    );
  }
  // Take the items just fetched into the library now: /digest and /brief find them at once,
  // and the next poll, a conditional GET, only brings what is new after this.
  const added = ctx.services.ingestFeedItems ? await ctx.services.ingestFeedItems(feed, parsed.items, feed.title ?? parsed.title) : [];
  if (ctx.services.ingestFeedItems) {
    await feeds.updateFeed(feed.id, {
      etag: res.etag,
      lastModified: res.lastModified,
      lastPolledAt: now().toISOString(),
      nextPollAt: new Date(now().getTime() + config.pollMinutes * 60_000).toISOString(),
    });
  }
  const name = feed.title ? `"${feed.title}"` : feed.url;
  const n = parsed.items.length;
  const items = n === 0 ? 'it has no stories yet' : `${n === 1 ? '1 item' : `${n} items`} in it`;
  const inLibrary = ctx.services.ingestFeedItems
    ? `${added.length === 1 ? '1 new story is' : `${added.length} new stories are`} in the library now: /digest shows them`
    : 'new stories appear in /digest after the first check';
  return {
    kind: 'info',
    title: existing ? 'Feed enabled again' : 'Feed added',
    url: feed.url,
    text:
      `${existing ? 'Following again' : 'Now following'} ${name} (${items}). ${inLibrary}. ` +
      `It is checked ${everyMinutes(config.pollMinutes)}.`,
  };
}

/** `every minute`, `every 15 minutes`. */
export function everyMinutes(n: number): string {
  return n === 1 ? 'every minute' : `every ${n} minutes`;
}

async function list(ctx: CommandContext): Promise<Message> {
  const feeds = await feedStore(ctx).listFeeds(feedScope(ctx.platform, ctx.guildId, ctx.channelId));
  if (!feeds.length) {
    return { kind: 'info', title: 'Feeds', text: `${where(ctx)} follows no feeds yet: add one with /sources add <url>.` };
  }
  const sections: MessageSection[] = feeds.map((f) => ({
    heading: f.title ?? f.url,
    url: f.url,
    text: f.url,
    note: status(f),
  }));
  return {
    kind: 'info',
    title: 'Feeds',
    text: `${where(ctx)} follows ${feeds.length === 1 ? '1 feed' : `${feeds.length} feeds`}.`,
    sections,
  };
}

function status(f: FeedRecord): string {
  const parts: string[] = [];
  if (f.fetchUrl !== f.url) parts.push(`moved to ${f.fetchUrl}`);
  if (f.disabledAt) parts.push(`disabled on ${f.disabledAt.slice(0, 10)} after ${f.failures} failures (${f.lastError ?? 'unknown error'})`);
  else if (f.failures > 0) parts.push(`failing: ${f.failures} in a row (${f.lastError ?? 'unknown error'})`);
  else if (f.lastPolledAt) parts.push(`checked ${f.lastPolledAt.slice(0, 16).replace('T', ' ')} UTC`);
  else parts.push('not checked yet');
  return parts.join('; ');
}

async function remove(ctx: CommandContext, url: URL): Promise<Message> {
  mayManage(ctx, 'remove');
  const feeds = feedStore(ctx);
  const feed = await feeds.findFeed(feedScope(ctx.platform, ctx.guildId, ctx.channelId), url.href);
  if (!feed) throw new UserError(`${where(ctx)} does not follow ${url.href}: see /sources list.`, 'not_found');
  await feeds.removeFeed(feed.id);
  return {
    kind: 'info',
    title: 'Feed removed',
    text: `Stopped following ${feed.title ? `"${feed.title}" (${feed.url})` : feed.url}. Stories already fetched stay in the library.`,
  };
}

export const sources = {
  name: 'sources',
  description: 'Follow RSS/Atom news feeds here: add, list or remove',
  options: [
    { name: 'action', description: 'add, list or remove (default: list)', type: 'string', choices: ['add', 'list', 'remove'] },
    { name: 'url', description: 'The feed URL (for add and remove)', type: 'string' },
  ],
  slow: true,
  async run(ctx, args) {
    const action = typeof args.action === 'string' && args.action ? args.action.toLowerCase() : 'list';
    if (action === 'add') return add(ctx, needUrl(args, 'add'));
    if (action === 'remove') return remove(ctx, needUrl(args, 'remove'));
    if (action === 'list') return list(ctx);
    throw new UserError(`"${action}" is not a /sources action: use add, list or remove.`);
  },
} satisfies Command;
