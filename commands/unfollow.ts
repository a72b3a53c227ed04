/**
 * /unfollow <topic>: stop posting stories about a topic in this channel.
 */
import { UserError } from '../src/core/errors.ts';
import { infoMessage } from '../src/core/message/build.ts';
import { readTopic } from '../src/alerts/follow-input.ts';
import { alertStore } from './follow.ts';
import type { Command } from './types.ts';

export const unfollow = {
  name: 'unfollow',
  description: 'Stop posting stories about a topic here',
  options: [{ name: 'topic', description: 'The topic, as /follows lists it', type: 'string', required: true, rest: true, autocomplete: true }],
  parseText: (text) => ({ topic: text.trim() }),
  async run(ctx, args) {
    const topic = readTopic(typeof args.topic === 'string' ? args.topic : '');
    const removed = await alertStore(ctx).unfollow(ctx.platform, ctx.channelId, topic);
    if (!removed) throw new UserError(`This channel does not follow "${topic}": see /follows.`, 'not_found');
    return infoMessage(`Stopped following "${removed.topic}" here.`, { title: 'Unfollowed' });
  },
  async complete(ctx, _option, partial) {
    const p = partial.trim().toLowerCase();
    const follows = await alertStore(ctx).follows(ctx.platform, ctx.channelId);
    return follows
      .filter((f) => !p || f.topic.toLowerCase().includes(p))
      .slice(0, 25)
      .map((f) => ({ name: f.topic, value: f.topic }));
  },
} satisfies Command;
