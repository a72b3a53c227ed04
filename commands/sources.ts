/**
 * /sources add|list|remove [url] [live] [include:...] [exclude:...]: the RSS/Atom feeds a server
 * (what the platform calls it: `wordsOf(ctx).scope`) follows. Adding fetches and parses the feed once (through
 * `services.checkFeed`), so a wrong URL is refused at once with the reason; the poller
 * (src/sources/poller.ts) then brings its new items into the library. `live` also posts every
 * new story of the feed in this channel as it arrives (src/alerts), optionally only those
 * passing `include:`/`exclude:` words or phrases (src/alerts/filter.ts).
 */
import { describeFilter, isEmptyFilter, parseFilterList, splitFilter, type StoryFilter } from '../src/alerts/filter.ts';
import { wordsOf } from '../src/conversation/platform-words.ts';
import { UserError } from '../src/core/errors.ts';
import type { Message, MessageSection } from '../src/core/message/message.ts';
import { parseHttpUrl } from '../src/sources/safe-fetch.ts';
import { feedScope, type FeedRecord, type FeedStore } from '../src/store/types.ts';
import type { Command, CommandArgs, CommandContext } from './types.ts';

/** Feeds one server (workspace) may follow by default (NEWSBRIEF_MAX_FEEDS changes it). */
export const MAX_FEEDS_PER_SCOPE = 50;

function feedStore(ctx: CommandContext): FeedStore {
  const feeds = ctx.services.store.feeds;
  if (!feeds) throw new UserError('Feeds are not available with this store.', 'unavailable');
  return feeds;
}

/** Who follows the feeds: `This server` (or the platform's word for it); `This channel` in a DM. */
function where(ctx: CommandContext): string {
  return ctx.guildId ? `This ${wordsOf(ctx).scope}` : 'This channel';
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

/** How /sources add posts the feed here: not live, or live with a filter. */
type LiveChoice = { live: false } | { live: true; filter: StoryFilter };

/** Post a feed live in this channel (or change its filter); the reply's words. */
async function goLive(ctx: CommandContext, feed: FeedRecord, choice: LiveChoice): Promise<string> {
  if (!choice.live) return '';
  const alerts = ctx.services.store.alerts;
  if (!alerts) throw new UserError('Live feeds are not available with this store.', 'unavailable');
  await alerts.setLive({ feedId: feed.id, platform: ctx.platform, channelId: ctx.channelId, include: choice.filter.include, exclude: choice.filter.exclude, createdBy: ctx.user.id }, ctx.services.now());
  const filter = describeFilter(choice.filter);
  return ` Live: every new story from it is posted in this channel as it arrives${filter ? ` (${filter})` : ''}.`;
}

async function add(ctx: CommandContext, url: URL, choice: LiveChoice): Promise<Message> {
  mayManage(ctx, 'add');
  const feeds = feedStore(ctx);
  const { config, now } = ctx.services;
  const scope = feedScope(ctx.platform, ctx.guildId, ctx.channelId);
  const existing = await feeds.findFeed(scope, url.href);
  if (existing && !existing.disabledAt) {
    // Followed already: `live` still makes it post here.
    if (choice.live) {
      return { kind: 'info', title: 'Live feed', url: existing.url, text: `${where(ctx)} already follows ${existing.title ? `"${existing.title}"` : existing.url}.${await goLive(ctx, existing, choice)}`.trim() };
    }
    throw new UserError(`${where(ctx)} already follows ${existing.url}.`, 'duplicate');
  }
  const cap = config.maxFeedsPerScope ?? MAX_FEEDS_PER_SCOPE;
  if (!existing && (await feeds.listFeeds(scope)).length >= cap) {
    throw new UserError(`${where(ctx)} already follows ${cap} feeds: remove one with /sources remove first.`, 'limit');
  }
  // Fetch and parse once before saving: a page that is not a feed is refused with the reason.
  if (!ctx.services.checkFeed) throw new UserError('Feeds cannot be fetched in this setup.', 'unavailable');
  const checked = await ctx.services.checkFeed(url);
  const parsed = checked.feed;
  const due = now().toISOString();
  let feed: FeedRecord;
  if (existing) {
    await feeds.updateFeed(existing.id, {
      disabledAt: null,
      failures: 0,
      lastError: null,
      nextPollAt: due,
      channelId: ctx.channelId,
      fetchUrl: checked.movedTo ?? existing.fetchUrl,
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
        fetchUrl: checked.movedTo ?? url.href,
        title: parsed.title,
        addedBy: ctx.user.id,
        nextPollAt: due, // the poller's next round brings the items in
      },
      now(),
    );
  }
  // Take the items just fetched into the library now: /digest and /brief find them at once,
  // and the next poll, a conditional GET, only brings what is new after this (and only that is
  // posted live: the stories already in the feed are not).
  const added = ctx.services.ingestFeedItems ? await ctx.services.ingestFeedItems(feed, parsed.items, feed.title ?? parsed.title) : [];
  if (ctx.services.ingestFeedItems) {
    await feeds.updateFeed(feed.id, {
      etag: checked.etag,
      lastModified: checked.lastModified,
      lastPolledAt: now().toISOString(),
      nextPollAt: new Date(now().getTime() + config.pollMinutes * 60_000).toISOString(),
    });
  }
  const live = await goLive(ctx, feed, choice);
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
      `It is checked ${everyMinutes(config.pollMinutes)}.${live}`,
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

/** The live choice of a command's arguments: `live` (a word or a flag) and its filters. */
function liveChoice(args: CommandArgs): LiveChoice {
  const live = args.live === true || (typeof args.live === 'string' && /^(live|true|yes)$/i.test(args.live.trim()));
  const include = typeof args.include === 'string' ? parseFilterList(args.include, 'include') : [];
  const exclude = typeof args.exclude === 'string' ? parseFilterList(args.exclude, 'exclude') : [];
  const filter = { include, exclude };
  if (!live && !isEmptyFilter(filter)) throw new UserError('include: and exclude: filter a live feed: add the word live, like /sources add <url> live include:rate cut', 'bad_filter');
  return live ? { live: true, filter } : { live: false };
}

/** Text platforms: `add <url> live include:rate cut, inflation exclude:opinion`. */
function textArgs(text: string): CommandArgs {
  const { filter, rest } = splitFilter(text);
  const [action, url, ...more] = rest.split(/\s+/).filter(Boolean);
  // The same refusal as the generic text parser's for a choice option.
  if (action && !['add', 'list', 'remove'].includes(action.toLowerCase())) throw new UserError(`"${action}" is not a valid action: use one of add, list, remove.`);
  const live = more.some((w) => /^live$/i.test(w)) || undefined;
  const unknown = more.find((w) => !/^live$/i.test(w));
  if (unknown) throw new UserError(`"${unknown}" is not understood after the URL: use live, include:... or exclude:...`);
  return {
    action,
    url,
    live,
    include: filter.include.length ? filter.include.join(', ') : undefined,
    exclude: filter.exclude.length ? filter.exclude.join(', ') : undefined,
  };
}

export const sources = {
  name: 'sources',
  description: 'Follow RSS/Atom news feeds here: add (live: post each story here), list or remove',
  options: [
    { name: 'action', description: 'add, list or remove (default: list)', type: 'string', choices: ['add', 'list', 'remove'] },
    { name: 'url', description: 'The feed URL (for add and remove)', type: 'string' },
    { name: 'live', description: 'Post every new story of the feed in this channel as it arrives', type: 'boolean' },
    { name: 'include', description: 'Live: only stories mentioning one of these words or phrases (comma-separated)', type: 'string' },
    { name: 'exclude', description: 'Live: no stories mentioning these words or phrases (comma-separated)', type: 'string' },
  ],
  slow: true,
  parseText: textArgs,
  async run(ctx, args) {
    const action = typeof args.action === 'string' && args.action ? args.action.toLowerCase() : 'list';
    if (action === 'add') return add(ctx, needUrl(args, 'add'), liveChoice(args));
    if (action === 'remove') return remove(ctx, needUrl(args, 'remove'));
    if (action === 'list') return list(ctx);
    throw new UserError(`"${action}" is not a /sources action: use add, list or remove.`);
  },
} satisfies Command;
