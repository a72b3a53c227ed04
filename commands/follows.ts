/**
 * /follows: the topics this channel follows, each with when a story last matched it, its ping
 * and the channel's quiet hours, and the feeds posted here live.
 */
import type { MessageSection } from '../src/core/message/message.ts';
import { describeFilter } from '../src/alerts/filter.ts';
import { formatLocal } from '../src/core/schedule/zoned-time.ts';
import { feedScope } from '../src/store/types.ts';
import { alertStore, pingText } from './follow.ts';
import type { Command } from './types.ts';

export const follows = {
  name: 'follows',
  description: 'List the topics and live feeds posted here, with when each last matched',
  options: [],
  async run(ctx) {
    const alerts = alertStore(ctx);
    const { store, config } = ctx.services;
    const zone = (await store.subscriptions.get(ctx.platform, ctx.channelId))?.timeZone ?? config.timeZone;
    const list = await alerts.follows(ctx.platform, ctx.channelId);
    const sections: MessageSection[] = list.map((f) => ({
      heading: f.topic,
      text: f.lastMatchedAt ? `Last matched ${formatLocal(new Date(f.lastMatchedAt), zone)}` : 'No story has matched yet',
      note: [f.ping ? `pings ${pingText(ctx, f.ping)}` : null, `since ${f.createdAt.slice(0, 10)}`].filter(Boolean).join(' · '),
    }));
    const feeds = store.feeds ? await store.feeds.listFeeds(feedScope(ctx.platform, ctx.guildId, ctx.channelId)) : [];
    for (const feed of feeds) {
      const live = (await alerts.liveFor(feed.id)).find((l) => l.platform === ctx.platform && l.channelId === ctx.channelId);
      if (!live) continue;
      const filter = describeFilter(live);
      sections.push({ heading: `Live: ${feed.title ?? feed.url}`, url: feed.url, text: filter ? `Every new story, ${filter}` : 'Every new story', note: feed.disabledAt ? 'feed disabled' : undefined });
    }
    const quiet = list.find((f) => f.quiet)?.quiet;
    if (!sections.length) {
      return { kind: 'info', title: 'Follows', text: 'This channel follows no topics or live feeds: try /follow <topic> or /sources add <url> live.', ephemeral: true };
    }
    const n = list.length;
    return {
      kind: 'info',
      title: 'Follows',
      text: `This channel follows ${n === 1 ? '1 topic' : `${n} topics`}${sections.length > n ? ` and ${sections.length - n} live feed${sections.length - n === 1 ? '' : 's'}` : ''}.${quiet ? ` Quiet hours ${quiet} (${zone}).` : ''}`,
      sections,
    };
  },
} satisfies Command;
