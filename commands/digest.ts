/**
 * /digest: the library now, newest first, same story grouped, top 5. Follow-up questions in
 * the conversation then search the stories it showed.
 */
import { buildDigest } from '../src/core/digest.ts';
import { digestMessage } from '../src/core/messages.ts';
import { summarize } from '../src/core/summarize.ts';
import { contextValueFor, conversationKey } from '../src/store/types.ts';
import type { Command } from './types.ts';

/** Newest articles a /digest is built from. */
export const DIGEST_POOL = 60;

export const digest = {
  name: 'digest',
  description: 'A digest of the newest articles, same story grouped',
  options: [],
  slow: true,
  async run(ctx) {
    // The newest stories only: a digest shows five, and grouping needs only the recent ones.
    const articles = await ctx.services.library.newest(DIGEST_POOL);
    const d = buildDigest(articles.map((a) => summarize(a, { points: 3 })));
    const message = digestMessage(d);
    const context = contextValueFor(message);
    if (context) await ctx.services.store.conversations.setContext(conversationKey(ctx.platform, ctx.channelId, ctx.threadId), context);
    return message;
  },
} satisfies Command;
