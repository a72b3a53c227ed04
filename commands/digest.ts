/**
 * /digest: the library now, newest first, same story grouped, top 5. Planned by the same
 * digest planner as the scheduled digests and the CLI (src/core/digest/planner.ts): the newest
 * candidates only, briefings cached, an article that cannot be briefed left out and logged.
 * Follow-up questions in the conversation then search the stories it showed.
 */
import { arraySource, DigestPlanner } from '../src/core/digest/planner.ts';
import { UserError } from '../src/core/errors.ts';
import { digestMessage } from '../src/core/message/build.ts';
import { conversationsOf } from '../src/conversation/conversations.ts';
import type { Command } from './types.ts';

/** Newest articles a /digest is built from. */
export const DIGEST_POOL = 60;

export const digest = {
  name: 'digest',
  description: 'A digest of the newest articles, same story grouped',
  options: [],
  slow: true,
  async run(ctx) {
    const { services } = ctx;
    const planner = services.digests ?? new DigestPlanner(arraySource(await services.library.newest(DIGEST_POOL)), { log: ctx.log });
    const { digest: d } = await planner.plan({ top: 5 });
    // "Nothing new since the last digest" would be wrong here: there is nothing at all.
    if (!d.items.length && !d.more) throw new UserError('The library is empty: put article files in the briefings folder, or follow a feed with /sources add <url>.', 'empty');
    const message = digestMessage(d);
    await conversationsOf(ctx.services.store).followPosted(ctx, message);
    return message;
  },
} satisfies Command;
