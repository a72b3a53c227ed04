/**
 * /digest: the library now, newest first, same story grouped, top 5. Planned by the same
 * digest planner as the scheduled digests and the CLI (src/core/digest-planner.ts): the newest
 * candidates only, briefings cached, an article that cannot be briefed left out and logged.
 * Follow-up questions in the conversation then search the stories it showed.
 */
import { arraySource, DigestPlanner } from '../src/core/digest-planner.ts';
import { digestMessage } from '../src/core/messages.ts';
import { contextValueFor, conversationKey } from '../src/store/types.ts';
import type { Command } from './types.ts';

export const digest = {
  name: 'digest',
  description: 'A digest of the newest articles, same story grouped',
  options: [],
  slow: true,
  async run(ctx) {
    const { services } = ctx;
    const planner = services.digests ?? new DigestPlanner(arraySource(await services.library.list()), { log: ctx.log });
    const { digest: d } = await planner.plan({ top: 5 });
    const message = digestMessage(d);
    const context = contextValueFor(message);
    if (context) await services.store.conversations.setContext(conversationKey(ctx.platform, ctx.channelId, ctx.threadId), context);
    return message;
  },
} satisfies Command;
