/**
 * /digest: the library now, newest first, same story grouped, top 5. Follow-up questions in
 * the conversation then search the stories it showed.
 */
import { buildDigest } from '../src/core/digest.ts';
import { digestMessage } from '../src/core/messages.ts';
import { summarize } from '../src/core/summarize.ts';
import { contextValueFor, conversationKey } from '../src/store/types.ts';
import type { Command } from './types.ts';

export const digest = {
  name: 'digest',
  description: 'A digest of the newest articles, same story grouped',
  options: [],
  slow: true,
  async run(ctx) {
    const articles = await ctx.services.library.list();
    const d = buildDigest(articles.map((a) => summarize(a, { points: 3 })));
    const message = digestMessage(d);
    const context = contextValueFor(message);
    if (context) await ctx.services.store.conversations.setContext(conversationKey(ctx.platform, ctx.channelId, ctx.threadId), context);
    return message;
  },
} satisfies Command;
