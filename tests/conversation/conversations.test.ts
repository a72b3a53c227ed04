/**
 * The conversation layer: what a channel or thread follows, as typed values, kept apart per
 * platform, channel and thread, and readable from what the store already holds.
 */
import { describe, expect, it } from 'vitest';
import { conversationsOf, followedBy } from '../../src/conversation/conversations.ts';
import { createMemoryStore } from '../../src/store/memory.ts';

describe('Conversations', () => {
  it('a thread, its channel and the same channel id on another platform each follow their own thing', async () => {
    const store = createMemoryStore();
    const c = conversationsOf(store);
    await c.follow({ platform: 'slack', channelId: 'C1' }, { digest: ['a', 'b'] });
    await c.follow({ platform: 'slack', channelId: 'C1', threadId: '171.5' }, { articleId: 'a' });
    expect(await c.followed({ platform: 'slack', channelId: 'C1' })).toEqual({ digest: ['a', 'b'] });
    expect(await c.followed({ platform: 'slack', channelId: 'C1', threadId: '171.5' })).toEqual({ articleId: 'a' });
    expect(await c.followed({ platform: 'discord', channelId: 'C1' })).toBeNull();
    expect(await c.followed({ platform: 'slack', channelId: 'C1', threadId: '999.1' })).toBeNull();
  });

  it('a posted message follows its article or its digest; help and errors change nothing', async () => {
    const store = createMemoryStore();
    const c = conversationsOf(store);
    const place = { platform: 'console', channelId: 'console', threadId: null };
    await c.followPosted(place, { articleId: 'x1' });
    await c.followPosted(place, {});
    expect(await c.followed(place)).toEqual({ articleId: 'x1' });
    await c.followPosted(place, { articleIds: ['x2', 'x3'] });
    expect(await c.followed(place)).toEqual({ digest: ['x2', 'x3'] });
    expect(followedBy({})).toBeNull();
  });

  it('reads what an earlier version stored (an article id, or digest:id1,id2) the same way', async () => {
    const store = createMemoryStore();
    await store.conversations.setContext('discord:C7:', 'digest:p,q');
    await store.conversations.setContext('discord:C7:T1', 'p');
    const c = conversationsOf(store);
    expect(await c.followed({ platform: 'discord', channelId: 'C7' })).toEqual({ digest: ['p', 'q'] });
    expect(await c.followed({ platform: 'discord', channelId: 'C7', threadId: 'T1' })).toEqual({ articleId: 'p' });
  });
});
