/**
 * /subscriptions: what this channel gets, when the next digest is due (in the schedule's local
 * time) and how the last one went.
 */
import type { MessageField } from '../src/core/message/message.ts';
import { infoMessage } from '../src/core/message/build.ts';
import { nextSlot, parseSchedule } from '../src/core/schedule/schedule.ts';
import { formatLocal } from '../src/core/schedule/zoned-time.ts';
import { channelKey, type DigestRun } from '../src/store/types.ts';
import { describeSubscription } from './subscribe.ts';
import type { Command } from './types.ts';

function lastRun(run: DigestRun, timeZone: string): string {
  const when = formatLocal(new Date(run.slot), timeZone);
  switch (run.status) {
    case 'posted':
      return `${when}: posted${run.late ? ' late' : ''} (${run.articleIds.length} article${run.articleIds.length === 1 ? '' : 's'})`;
    case 'skipped':
      return `${when}: nothing new to send`;
    case 'failed':
      return `${when}: failed (${run.error ?? 'unknown error'})`;
    default:
      return `${when}: being posted`;
  }
}

export const subscriptions = {
  name: 'subscriptions',
  description: 'Show this channel’s news digest schedule and when the next one is due',
  options: [],
  async run(ctx) {
    const { store } = ctx.services;
    const sub = await store.subscriptions.get(ctx.platform, ctx.channelId);
    if (!sub) {
      return infoMessage('This channel has no news digest subscription. Start one with /subscribe [time] [timezone], e.g. /subscribe 08:00 Europe/London.', {
        ephemeral: true,
      });
    }
    const now = ctx.services.now();
    const next = nextSlot(parseSchedule(sub.schedule), sub.timeZone, new Date(Math.max(now.getTime(), Date.parse(sub.since))));
    const fields: MessageField[] = [{ name: 'Next digest', value: next ? formatLocal(next, sub.timeZone) : 'never (the schedule has no future date)' }];
    const [last] = await store.runs.recent(sub.id, 1);
    if (last) fields.push({ name: 'Last digest', value: lastRun(last, sub.timeZone) });
    const { total } = await store.articles.unsent(channelKey(sub.platform, sub.channelId), 1);
    fields.push({ name: 'Waiting', value: `${total} article${total === 1 ? '' : 's'} not yet sent here` });
    return {
      ...infoMessage(`This channel gets a news digest ${describeSubscription(sub)}.`, { title: 'News digest schedule', ephemeral: true }),
      fields,
    };
  },
} satisfies Command;
