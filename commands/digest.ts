/**
 * /digest: the library now, newest first, same story grouped, top 5.
 */
import { buildDigest } from '../src/core/digest.ts';
import { digestMessage } from '../src/core/messages.ts';
import { summarize } from '../src/core/summarize.ts';
import type { Command } from './types.ts';

export const digest = {
  name: 'digest',
  description: 'A digest of the newest articles, same story grouped',
  options: [],
  slow: true,
  async run(ctx) {
    const articles = await ctx.services.library.list();
    const d = buildDigest(articles.map((a) => summarize(a, { points: 3 })));
    return digestMessage(d);
  },
} satisfies Command;
