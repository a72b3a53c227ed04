/**
 * /digest: the library now, newest first, same story grouped, top 5. Follow-up questions in
 * the conversation then search the stories it showed.
 */
import { buildDigest } from '../src/core/digest.ts';
import { UserError } from '../src/core/errors.ts';
import { digestMessage } from '../src/core/messages.ts';
import { summarize } from '../src/core/summarize.ts';
import { conversationsOf } from '../src/conversation/conversations.ts';
import type { Command } from './types.ts';

export const digest = {
  name: 'digest',
  description: 'A digest of the newest articles, same story grouped',
  options: [],
  slow: true,
  async run(ctx) {
    const articles = await ctx.services.library.list();
    // "Nothing new since the last digest" would be wrong here: there is nothing at all.
    if (!articles.length) throw new UserError('The library is empty: put article files in the briefings folder, or follow a feed with /sources add <url>.', 'empty');
    const d = buildDigest(articles.map((a) => summarize(a, { points: 3 })));
    const message = digestMessage(d);
    await conversationsOf(ctx.services.store).followPosted(ctx, message);
    return message;
  },
} satisfies Command;
