/**
 * /follow <topic> [ping:@role] [quiet:22:00-07:00]: each new story from the feeds this
 * server (workspace) follows that is about the topic (named among its prominent names, or in its
 * headline or lead) is posted in this channel as it arrives. Following the same topic again
 * changes its ping; `quiet:` sets the channel's quiet hours (alerts held, one roll-up after).
 * Only people who may manage the channel may set a ping. How a ping is written and what the
 * platform calls a server are the platform's (`wordsOf(ctx)`, src/conversation/platform-words.ts).
 */
import { UserError } from '../src/core/errors.ts';
import type { Message } from '../src/core/message/message.ts';
import { MAX_FOLLOWS_PER_CHANNEL, readTopic, splitFollowText } from '../src/alerts/follow-input.ts';
import { parseQuietHours } from '../src/alerts/quiet-hours.ts';
import { isPingOff, readPing, wordsOf } from '../src/conversation/platform-words.ts';
import { topicKey } from '../src/core/topics/match.ts';
import { feedScope, type AlertStore } from '../src/store/types.ts';
import { everyMinutes } from './sources.ts';
import type { Command, CommandContext } from './types.ts';

/** The store's follows and alert log, or a one-line refusal. */
export function alertStore(ctx: CommandContext): AlertStore {
  const alerts = ctx.services.store.alerts;
  if (!alerts) throw new UserError('Live alerts are not available with this store.', 'unavailable');
  return alerts;
}

/** How a stored ping is shown back: the platform's mention of the role or group (it pings no one in a reply). */
export function pingText(ctx: CommandContext, id: string): string {
  return wordsOf(ctx).showMention(id);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export const follow = {
  name: 'follow',
  description: 'Post each new story about a topic here as it arrives (ping:@role, quiet:22:00-07:00)',
  options: [
    { name: 'topic', description: 'A person, organisation, place or phrase, like "Bank of England"', type: 'string', required: true, rest: true },
    { name: 'ping', description: 'The role or user group to ping with each alert (like @desk), or off', type: 'string' },
    { name: 'quiet', description: 'Quiet hours in the channel’s time zone, like 22:00-07:00, or off', type: 'string' },
  ],
  parseText: (text) => splitFollowText(text),
  async run(ctx, args): Promise<Message> {
    const alerts = alertStore(ctx);
    const topic = readTopic(str(args.topic) ?? '');
    const pingArg = str(args.ping);
    // Checked before the platform reads the ping: a handle lookup is never made for someone who may not set it.
    if (pingArg !== undefined && !isPingOff(pingArg) && !ctx.canManageChannel) {
      throw new UserError('Only people who may manage this channel can make alerts ping a role or group.', 'forbidden');
    }
    const ping = pingArg === undefined ? undefined : ((await readPing(pingArg, wordsOf(ctx)))?.id ?? null);
    const quietArg = str(args.quiet);
    const quiet = quietArg === undefined ? undefined : parseQuietHours(quietArg);
    const existing = await alerts.follows(ctx.platform, ctx.channelId);
    const same = existing.find((f) => topicKey(f.topic) === topicKey(topic));
    if (!same && existing.length >= MAX_FOLLOWS_PER_CHANNEL) {
      throw new UserError(`This channel already follows ${MAX_FOLLOWS_PER_CHANNEL} topics: drop one with /unfollow first.`, 'limit');
    }
    const now = ctx.services.now();
    const channelQuiet = quiet === undefined ? (existing.find((f) => f.quiet)?.quiet ?? null) : quiet;
    const { created } = await alerts.follow(
      { platform: ctx.platform, channelId: ctx.channelId, guildId: ctx.guildId, topic, ping: ping === undefined ? (same?.ping ?? null) : ping, quiet: channelQuiet, createdBy: ctx.user.id },
      now,
    );
    if (quiet !== undefined) await alerts.setQuiet(ctx.platform, ctx.channelId, quiet);

    const parts = [
      `${created ? 'Following' : 'Still following'} "${topic}" here: each new story about it from ${ctx.guildId ? `this ${wordsOf(ctx).scope}’s` : 'the'} feeds is posted in this channel as it arrives (feeds are checked ${everyMinutes(ctx.services.config.pollMinutes)}).`,
    ];
    const pingNow = ping === undefined ? same?.ping : ping;
    if (pingNow) parts.push(`Each alert pings ${pingText(ctx, pingNow)}.`);
    else if (ping === null) parts.push('Alerts ping no one.');
    if (quiet) parts.push(`Quiet hours ${quiet} (the channel’s time zone): alerts are held and posted as one roll-up when they end.`);
    else if (quiet === null) parts.push('Quiet hours are off.');
    const feeds = ctx.services.store.feeds ? await ctx.services.store.feeds.listFeeds(feedScope(ctx.platform, ctx.guildId, ctx.channelId)) : [];
    if (!feeds.some((f) => !f.disabledAt)) parts.push('No feeds are followed yet: add one with /sources add <url>.');
    return { kind: 'info', title: 'Following', text: parts.join(' ') };
  },
} satisfies Command;
