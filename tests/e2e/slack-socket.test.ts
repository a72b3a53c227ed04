/**
 * The real @slack/bolt in Socket Mode against a fake Slack: the websocket URL comes from the
 * fake's apps.connections.open (so SLACK_API_URL reaches the Socket Mode client too), and the
 * same slash commands arrive as envelopes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/slack-server.ts';
import { blockedConnections } from '../setup/network-guard.ts';
import { briefBlocks, startSlackHarness, type SlackHarness } from './slack-harness.ts';

let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness('socket');
  await h.fake.waitForSocket();
});

afterAll(async () => {
  await h?.close();
});

describe('Slack in Socket Mode (real Bolt, fake Slack websocket)', () => {
  it('opens the connection through the configured API URL with the app token', () => {
    const open = h.fake.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0].authorization).toBe(`Bearer ${h.fake.appToken}`);
    expect(h.fake.socketCount).toBe(1);
    expect(h.adapter.port).toBeUndefined();
  });

  it('acks a /brief envelope and posts the seed briefing in the channel', async () => {
    const cmd = h.fake.slashCommand('/brief', '', { channel_id: 'C0SOCKET' });
    const ack = await h.fake.deliverSocket(cmd);
    expect(ack).toEqual({});
    const posted = await h.fake.waitForMessage((m) => m.channel === 'C0SOCKET');
    expect(posted.blocks).toEqual(await briefBlocks(h.services, '000_96cf53ebe954ef7b'));
    expect(posted.blocks[0]?.text?.text).toBe('Xi says China to deepen all-round cooperation with Kyrgyzstan');
  });

  it('answers /help over the socket ephemerally through the response_url', async () => {
    const cmd = h.fake.slashCommand('/help');
    await h.fake.deliverSocket(cmd);
    const r = await h.fake.waitForResponse(FakeSlack.responseId(cmd));
    expect(r.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(r.body.blocks)).toContain('/brief');
  });

  it('answers /digest in the channel', async () => {
    const cmd = h.fake.slashCommand('/digest', '', { channel_id: 'C0SOCKDIGEST' });
    await h.fake.deliverSocket(cmd);
    const posted = await h.fake.waitForMessage((m) => m.channel === 'C0SOCKDIGEST');
    expect(JSON.stringify(posted.blocks)).toContain('Kyrgyzstan');
  });

  it('closes the websocket on stop, and never reached a non-loopback address', async () => {
    await h.adapter.stop();
    await h.fake.waitForSocketsClosed();
    expect(h.fake.socketCount).toBe(0);
    // Stopped means stopped: no reconnect attempt follows.
    expect(h.fake.callsOf('apps.connections.open')).toHaveLength(1);
    expect(blockedConnections).toEqual([]);
  });
});
