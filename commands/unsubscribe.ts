/**
 * /unsubscribe: this channel stops getting news digests. Same rights as /subscribe.
 */
import { infoMessage } from '../src/core/message/build.ts';
import { describeSubscription, requireScheduleRights } from './subscribe.ts';
import type { Command } from './types.ts';

export const unsubscribe = {
  name: 'unsubscribe',
  description: 'Stop the news digest in this channel',
  options: [],
  async run(ctx) {
    requireScheduleRights(ctx);
    const removed = await ctx.services.store.subscriptions.remove(ctx.platform, ctx.channelId);
    if (!removed) return infoMessage('This channel has no news digest subscription, so there is nothing to stop.', { ephemeral: true });
    return infoMessage(`Unsubscribed: this channel no longer gets the news digest (it was ${describeSubscription(removed)}).`, {
      title: 'News digest',
    });
  },
} satisfies Command;
