/**
 * Posts under an earlier post and opt-in role pings, with the real discord.js against the fake
 * Discord: `threadOf` lands in a thread started on the first post (one thread, reused, found
 * again after a restart; a reply where threads are refused), a dedupe key still posts once in
 * the thread, and `ping` pings the named role alone while article text pings no one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { PostError } from '../../src/core/errors.ts';
import type { Message } from '../../src/core/message/message.ts';
import { createLogger } from '../../src/logger.ts';
import { MEMBER_PERMISSIONS, type FakeMessage } from '../fakes/discord-state.ts';
import { startDiscordHarness, type DiscordHarness } from './discord-harness.ts';

const ROLE = '444444444444444444';
const OTHER_ROLE = '555555555555555555';
const USER = '666666666666666666';

/** A first alert, with a title (embeds), about a made-up story. */
const alert = (title: string): Message => ({ kind: 'briefing', title, text: 'The harbour ferry will run every ten minutes from Monday.', url: 'https://example.org/ferry' });
/** Article text that tries to ping: it must not. */
const loud: Message = { kind: 'info', text: `Update: @everyone @here read this, <@&${OTHER_ROLE}> and <@${USER}> were told.` };

/** What a message would notify, as the fake Discord computes it from content and allowed_mentions. */
function notified(m: FakeMessage): { everyone: unknown; roles: unknown; users: unknown[] } {
  return { everyone: m.mention_everyone, roles: m.mention_roles, users: (m.mentions as { id: string }[]).map((u) => u.id) };
}

describe('Discord: posts in the thread of an earlier post, and role pings', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('who may manage the channel comes from the member permissions of the interaction (Manage Server counts)', async () => {
    const text = (m: FakeMessage) => JSON.stringify([m.content, m.embeds]);
    const member = await h.fake.slashCommand('subscribe', { time: '07:30' }, { permissions: MEMBER_PERMISSIONS.toString() }).waitForReply();
    expect(text(member)).toContain('Only people who may manage this channel');
    const manager = await h.fake.slashCommand('subscribe', { time: '07:30' }, { permissions: (MEMBER_PERMISSIONS | (1n << 5n)).toString() }).waitForReply();
    expect(text(manager)).toContain('Subscribed: this channel gets a news digest');
    expect((await h.services.store.subscriptions.get('discord', h.fake.channelId))?.schedule).toMatch(/^30 7 /);
  });

  it('a post with threadOf lands in a thread started on the first post, and later ones reuse it', async () => {
    const [first] = (await h.adapter.post(h.fake.channelId, alert('Harbour ferry timetable changes'))).messageIds;
    const update = await h.adapter.post(h.fake.channelId, { kind: 'info', text: 'A second source confirms the new timetable.' }, { threadOf: first });
    const thread = h.fake.threadOf(first);
    expect(thread?.parent_id).toBe(h.fake.channelId);
    expect(thread?.name).toBe('Harbour ferry timetable changes');
    expect(h.fake.channelMessages(thread!.id).map((m) => m.id)).toEqual(update.messageIds);
    // Nothing new in the channel itself: only the first post.
    expect(h.fake.channelMessages(h.fake.channelId).map((m) => m.id)).toContain(first);
    expect(h.fake.channelMessages(h.fake.channelId).map((m) => m.id)).not.toContain(update.messageIds[0]);

    await h.adapter.post(h.fake.channelId, { kind: 'info', text: 'A third source adds the Sunday times.' }, { threadOf: first });
    expect(h.fake.channelMessages(thread!.id)).toHaveLength(2);
    expect(h.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/threads'))).toHaveLength(1);
  });

  // A second adapter takes over the fake's gateway: interactions after this test would not reach `h.adapter`.
  it('a retried thread post with a dedupe key appears once, even from a restarted adapter', async () => {
    const [first] = (await h.adapter.post(h.fake.channelId, alert('Library opening hours extended'))).messageIds;
    const update: Message = { kind: 'info', text: 'The council confirms the later closing time.' };
    const a = await h.adapter.post(h.fake.channelId, update, { threadOf: first, dedupeKey: 'alert7:update2' });
    const b = await h.adapter.post(h.fake.channelId, update, { threadOf: first, dedupeKey: 'alert7:update2', retry: true });
    // A new process knows no threads: it finds the same one (Discord says it exists) and the same message.
    const restarted = new DiscordAdapter({ services: h.services, log: createLogger('silent') });
    await restarted.start();
    try {
      const c = await restarted.post(h.fake.channelId, update, { threadOf: first, dedupeKey: 'alert7:update2', retry: true });
      expect(c.messageIds).toEqual(a.messageIds);
    } finally {
      await restarted.stop();
    }
    expect(b.messageIds).toEqual(a.messageIds);
    expect(h.fake.channelMessages(h.fake.threadOf(first)!.id)).toHaveLength(1);
  });

  it('where threads are not allowed, the post replies to the first one in the channel', async () => {
    const news = h.fake.state.textChannels().find((c) => c.name === 'news')!;
    h.fake.setThreadsAllowed(news.id, false);
    const [first] = (await h.adapter.post(news.id, alert('Bridge repairs start in May'))).messageIds;
    const [reply] = (await h.adapter.post(news.id, { kind: 'info', text: 'Another paper has the same story.' }, { threadOf: first })).messageIds;
    expect(h.fake.threadOf(first)).toBeUndefined();
    const posted = h.fake.state.messages.get(reply)!;
    expect(posted.channel_id).toBe(news.id);
    expect(posted.message_reference).toMatchObject({ message_id: first });
  });

  it('a ping pings the named role alone, never what the article text names', async () => {
    const [withPing] = (await h.adapter.post(h.fake.channelId, loud, { ping: { id: ROLE } })).messageIds;
    const m = h.fake.state.messages.get(withPing)!;
    expect(m.content.startsWith(`<@&${ROLE}>`)).toBe(true);
    expect(m.allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
    expect(notified(m)).toEqual({ everyone: false, roles: [ROLE], users: [] });

    // A briefing (embeds) with a ping: the mention is the content, and only the role is named.
    const [brief] = (await h.adapter.post(h.fake.channelId, alert(`Storm warning for the coast <@&${OTHER_ROLE}> @everyone`), { ping: { id: ROLE } })).messageIds;
    expect(notified(h.fake.state.messages.get(brief)!)).toEqual({ everyone: false, roles: [ROLE], users: [] });

    // In a thread too.
    const [inThread] = (await h.adapter.post(h.fake.channelId, loud, { threadOf: brief, ping: { id: ROLE } })).messageIds;
    expect(h.fake.state.messages.get(inThread)!.channel_id).toBe(h.fake.threadOf(brief)!.id);
    expect(notified(h.fake.state.messages.get(inThread)!)).toEqual({ everyone: false, roles: [ROLE], users: [] });
  });

  it('article text with @everyone and role or user mentions pings no one without a ping', async () => {
    const [id] = (await h.adapter.post(h.fake.channelId, loud)).messageIds;
    const m = h.fake.state.messages.get(id)!;
    expect(m.content).toContain('everyone');
    expect(notified(m)).toEqual({ everyone: false, roles: [], users: [] });
  });

  it('refuses a ping that is not a role id, or is the @everyone role, posting nothing', async () => {
    const before = h.fake.channelMessages(h.fake.channelId).length;
    const err = await h.adapter.post(h.fake.channelId, loud, { ping: { id: '@everyone' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    expect((err as PostError).code).toBe('discord_bad_ping');
    // The server's @everyone role has the server's id: refused too.
    const everyone = await h.adapter.post(h.fake.channelId, loud, { ping: { id: h.fake.guildId } }).catch((e: unknown) => e);
    expect((everyone as PostError).code).toBe('discord_bad_ping');
    expect(h.fake.channelMessages(h.fake.channelId)).toHaveLength(before);
  });

});
