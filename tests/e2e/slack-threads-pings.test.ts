/**
 * Posts under an earlier post, user group pings and who may manage a channel, with the real
 * Bolt against the fake Slack: `threadOf` replies in the first post's thread (and a retried
 * keyed reply is found in that thread, not posted twice), `ping` notifies the named user group
 * alone while article text notifies no one, and a guest may not change a channel's schedule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostError } from '../../src/core/errors.ts';
import type { Message } from '../../src/core/message/message.ts';
import { FakeSlack } from '../fakes/slack-server.ts';
import { startSlackHarness, type SlackHarness } from './slack-harness.ts';

const GROUP = 'S0NEWSDESK';
const alert: Message = { kind: 'briefing', title: 'Harbour ferry timetable changes', text: 'The ferry will run every ten minutes from Monday.', url: 'https://example.org/ferry' };
/** Article text that tries to notify people: it must not. */
const loud: Message = { kind: 'info', text: 'Update: <!here> <!channel> @everyone <@U0BOSS> <!subteam^S0OTHER> read this.' };

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness('http');
});
afterAll(async () => {
  await h?.close();
});

describe('Slack: thread replies, user group pings, channel rights', () => {
  it('a post with threadOf is a reply in the thread of the first post', async () => {
    const [first] = (await h.adapter.post('C0ALERTS', alert)).messageIds;
    const [reply] = (await h.adapter.post('C0ALERTS', { kind: 'info', text: 'A second source confirms it.' }, { threadOf: first })).messageIds;
    const posted = h.fake.messages.find((m) => m.ts === reply)!;
    expect(posted.channel).toBe('C0ALERTS');
    expect(posted.threadTs).toBe(first);
    expect(h.fake.messages.find((m) => m.ts === first)!.threadTs).toBeNull();
  });

  it('a retried keyed reply is found in the thread and not posted again', async () => {
    const [first] = (await h.adapter.post('C0RETRY', alert)).messageIds;
    const update: Message = { kind: 'info', text: 'The council confirms the timetable.' };
    const a = await h.adapter.post('C0RETRY', update, { threadOf: first, dedupeKey: 'alert9:update1' });
    const b = await h.adapter.post('C0RETRY', update, { threadOf: first, dedupeKey: 'alert9:update1', retry: true });
    expect(b).toEqual({ messageIds: a.messageIds, alreadyPosted: true });
    expect(h.fake.messages.filter((m) => m.threadTs === first)).toHaveLength(1);
    expect(h.fake.callsOf('conversations.replies').at(-1)?.body).toMatchObject({ channel: 'C0RETRY', ts: first });
  });

  it('a ping notifies the named user group alone; article text notifies no one', async () => {
    const [pinged] = (await h.adapter.post('C0PING', loud, { ping: { id: GROUP } })).messageIds;
    const m = h.fake.messages.find((x) => x.ts === pinged)!;
    expect(m.pings).toEqual([`subteam:${GROUP}`]);
    expect(m.text.startsWith(`<!subteam^${GROUP}>`)).toBe(true);

    const [plain] = (await h.adapter.post('C0PING', loud)).messageIds;
    expect(h.fake.messages.find((x) => x.ts === plain)!.pings).toEqual([]);

    const [inThread] = (await h.adapter.post('C0PING', alert, { threadOf: plain, ping: { id: GROUP } })).messageIds;
    const t = h.fake.messages.find((x) => x.ts === inThread)!;
    expect([t.threadTs, t.pings]).toEqual([plain, [`subteam:${GROUP}`]]);
  });

  it('refuses a ping that is not a user group id, posting nothing', async () => {
    const before = h.fake.messages.length;
    const err = await h.adapter.post('C0PING', loud, { ping: { id: '!here' } }).catch((e: unknown) => e);
    expect((err as PostError).code).toBe('slack_bad_ping');
    expect(h.fake.messages).toHaveLength(before);
  });

  it('a guest may not change a channel schedule; a full member may; users.info is asked once per user', async () => {
    h.fake.users.set('U0GUEST', { is_restricted: true });
    const guest = h.fake.slashCommand('/subscribe', '08:00 UTC', { channel_id: 'C0RIGHTS', user_id: 'U0GUEST' });
    await h.fake.deliverHttp(h.eventsUrl, guest);
    const refused = await h.fake.waitForResponse(FakeSlack.responseId(guest));
    expect(refused.body.response_type).toBe('ephemeral');
    expect(refused.body.text).toMatch(/^Only people who may manage this channel/);
    expect(await h.services.store.subscriptions.get('slack', 'C0RIGHTS')).toBeNull();

    const asked = h.fake.callsOf('users.info').length;
    for (const time of ['08:00 UTC', '09:00 UTC']) {
      const member = h.fake.slashCommand('/subscribe', time, { channel_id: 'C0RIGHTS', user_id: 'U0MEMBER' });
      await h.fake.deliverHttp(h.eventsUrl, member);
      const ok = await h.fake.waitForResponse(FakeSlack.responseId(member));
      expect(ok.body.text).toMatch(/Subscribed: this channel gets a news digest/);
    }
    expect((await h.services.store.subscriptions.get('slack', 'C0RIGHTS'))?.schedule).toMatch(/^0 9 /);
    expect(h.fake.callsOf('users.info').length - asked).toBe(1);
  });
});
