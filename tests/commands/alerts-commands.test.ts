/**
 * /follow, /unfollow, /follows and /sources … live as typed on Slack, Discord or the console:
 * topics, pings and quiet hours read or refused in one sentence, a ping only from someone who
 * may manage the channel, and every command listed by /help.
 */
import { describe, expect, it } from 'vitest';
import { commands, findCommand } from '../../commands/index.ts';
import type { CommandContext, Platform } from '../../commands/types.ts';
import { errorMessage, runCommand, textArgs } from '../../src/adapters/dispatch.ts';
import { consoleWords } from '../../src/adapters/console/index.ts';
import { discordWords } from '../../src/adapters/discord/mentions.ts';
import { slackWords } from '../../src/adapters/slack/mentions.ts';
import { splitFollowText } from '../../src/alerts/follow-input.ts';
import { readPing, type PlatformWords } from '../../src/conversation/platform-words.ts';
import { parseConfig } from '../../src/config.ts';
import type { Message } from '../../src/core/message/message.ts';
import type { Services } from '../../src/services.ts';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { quietLogger } from '../fakes/scheduler-rig.ts';

/** Each platform's words, as its adapter puts them in the command context. */
const WORDS: Record<string, PlatformWords> = { discord: discordWords, slack: slackWords(), console: consoleWords };

function rig(platform: Platform = 'discord') {
  const services: Services = { config: parseConfig({}), library: new MemoryLibrary([]), store: createMemoryStore(), now: () => new Date('2026-03-01T08:00:00Z') };
  const ctx = (manage: boolean): CommandContext =>
    ({
      platform,
      user: { id: 'U1', name: 'ana' },
      guildId: 'G1',
      channelId: 'C1',
      threadId: null,
      canManageChannel: manage,
      words: WORDS[platform],
      services,
      log: quietLogger(),
    }) as CommandContext;
  return {
    services,
    async line(text: string, manage = true): Promise<Message> {
      const [name, ...rest] = text.replace(/^\//, '').split(' ');
      const cmd = findCommand(name)!;
      // Adapters answer a line their parser refuses the same way as a refused command.
      let args;
      try {
        args = textArgs(cmd, rest.join(' '));
      } catch (e) {
        return errorMessage((e as Error).message);
      }
      const [m] = await runCommand(cmd, ctx(manage), args);
      return m;
    },
  };
}

describe('/follow and friends', () => {
  it('reads the topic, ping and quiet hours from one line; each platform reads its own mentions', async () => {
    expect(splitFollowText('Bank of England ping:<@&123456789> quiet:22:00 - 07:00')).toEqual({ topic: 'Bank of England', ping: '<@&123456789>', quiet: '22:00 - 07:00' });
    expect(splitFollowText('"rate cut"')).toEqual({ topic: '"rate cut"' });
    // Nothing after ping: or quiet: was kept in the topic ("Kyrgyzstan quiet:"), a follow that never matched.
    expect(() => splitFollowText('Kyrgyzstan quiet:')).toThrow('quiet: needs hours after it, like quiet:22:00-07:00 (or quiet:off).');
    expect(() => splitFollowText('Kyrgyzstan ping:')).toThrow('ping: needs a role or group after it, like ping:@desk (or ping:off).');
    expect(splitFollowText('Kyrgyzstan quiet: 22:00-07:00')).toEqual({ topic: 'Kyrgyzstan', quiet: '22:00-07:00' });
    expect(await readPing('<@&123456789>', discordWords)).toEqual({ kind: 'role', id: '123456789' });
    expect(await readPing('<!subteam^S0ABC123|@editors>', WORDS.slack)).toEqual({ kind: 'group', id: 'S0ABC123', label: '@editors' });
    expect(await readPing('off', WORDS.slack)).toBeNull();
    await expect(readPing('@everyone', discordWords)).rejects.toThrow('ping:@everyone would notify everyone: name one role instead.');
    await expect(readPing('<!channel>', WORDS.slack)).rejects.toThrow('ping:<!channel> would notify everyone: name one user group instead.');
    await expect(readPing('editors', discordWords)).rejects.toThrow('ping:editors is not a role: pick the role from the @ list, or give its ID.');
    await expect(readPing('editors', WORDS.slack)).rejects.toThrow('ping:editors is not a user group: give its handle, like ping:@desk, or its ID (S…).');
    // One platform's syntax means nothing on another.
    await expect(readPing('<!subteam^S0ABC123>', discordWords)).rejects.toThrow(/is not a role/);
    await expect(readPing('<@&123456789>', WORDS.slack)).rejects.toThrow(/is not a user group/);
  });

  it('speaks each platform’s words: a Slack workspace, a Discord server, the console’s bot', async () => {
    const feeds = 'follows no feeds yet: add one with /sources add <url>.';
    expect((await rig('slack').line('/sources list')).text).toBe(`This workspace ${feeds}`);
    expect((await rig('discord').line('/sources list')).text).toBe(`This server ${feeds}`);
    expect((await rig('console').line('/sources list')).text).toBe(`This bot ${feeds}`);
    const slack = rig('slack');
    const m = await slack.line('/follow Kyrgyzstan ping:<!subteam^S0DESK|@desk>');
    expect(m.text).toContain('each new story about it from this workspace’s feeds');
    // Shown by its handle, not as a mention (Slack would notify the group; escaped, it reads as raw text).
    expect(m.text).toContain('Each alert pings @desk.');
    expect(m.text).not.toContain('subteam');
    expect((await slack.line('/follows')).sections?.[0].note).toMatch(/^pings @desk · since/);
    // A group given by its ID alone, with no handle read: named as a user group.
    const byId = rig('slack');
    expect((await byId.line('/follow Bishkek ping:S0NEWS')).text).toContain('Each alert pings user group S0NEWS.');
    const console = rig('console');
    expect((await console.line('/follow Kyrgyzstan ping:@desk')).text).toContain('Each alert pings @desk.');
    expect((await console.line('/follows')).sections?.[0].note).toMatch(/^pings @desk · since/);
  });

  it('announces a new subscription in the channel where others see it, not on the console', async () => {
    for (const [platform, notices] of [['discord', 1], ['console', 0]] as const) {
      const r = rig(platform);
      const posted: string[] = [];
      r.services.postToChannel = async (_p, channelId) => {
        posted.push(channelId);
        return { messageIds: ['m1'] };
      };
      const reply = await r.line('/subscribe 08:00 UTC');
      expect(reply.text).toMatch(/^Subscribed: this channel gets a news digest daily at 08:00 \(UTC\)/);
      expect([posted.length, reply.ephemeral]).toEqual([notices, notices === 1]);
    }
  });

  it('follows a topic with a ping and quiet hours, and /follows shows them', async () => {
    const r = rig();
    const m = await r.line('/follow Bank of England ping:<@&123456789> quiet:22:00-07:00');
    expect(m.kind).toBe('info');
    expect(m.text).toContain('Following "Bank of England" here');
    expect(m.text).toContain('Each alert pings <@&123456789>.');
    expect(m.text).toContain('Quiet hours 22:00-07:00');
    expect(m.text).toContain('No feeds are followed yet: add one with /sources add <url>.');
    const again = await r.line('/follow bank of england');
    expect(again.text).toContain('Still following "bank of england"');
    const list = await r.line('/follows');
    expect(list.text).toBe('This channel follows 1 topic. Quiet hours 22:00-07:00 (UTC).');
    expect(list.sections).toEqual([{ heading: 'bank of england', text: 'No story has matched yet', note: 'pings <@&123456789> · since 2026-03-01' }]);
  });

  it('refuses a ping from someone who may not manage the channel, in one sentence; a follow without one is fine', async () => {
    const r = rig();
    const m = await r.line('/follow Kyrgyzstan ping:<@&123456789>', false);
    expect(m).toMatchObject({ kind: 'error', text: 'Only people who may manage this channel can make alerts ping a role or group.' });
    expect((await r.services.store.alerts!.follows('discord', 'C1')).length).toBe(0);
    expect((await r.line('/follow Kyrgyzstan', false)).kind).toBe('info');
  });

  it('refuses bad topics and quiet hours with the reason, and unknown unfollows', async () => {
    const r = rig('slack');
    expect((await r.line('/follow ???')).text).toBe('"???" has no letters or digits to look for in a story.');
    expect((await r.line('/follow Kyrgyzstan quiet:late')).text).toBe('"late" is not a quiet-hours window: write it like quiet:22:00-07:00 (or quiet:off).');
    expect((await r.line(`/follow ${'word '.repeat(9)}`)).text).toBe('A topic is a name or a short phrase of at most 6 words; this one has 9.');
    expect((await r.line('/unfollow Mars')).text).toBe('This channel does not follow "Mars": see /follows.');
    expect((await r.line('/follows')).text).toBe('This channel follows no topics or live feeds: try /follow <topic> or /sources add <url> live.');
  });

  it('/sources: filters need live; /help lists the new commands', async () => {
    const r = rig();
    expect((await r.line('/sources add https://example.com/feed.xml include:rate cut')).text).toBe(
      'include: and exclude: filter a live feed: add the word live, like /sources add <url> live include:rate cut',
    );
    expect((await r.line('/sources add https://example.com/feed.xml hourly')).text).toBe('"hourly" is not understood after the URL: use live, include:... or exclude:...');
    const help = await r.line('/help');
    expect(help.bullets).toEqual(
      expect.arrayContaining([
        '/follow <topic> [ping] [quiet]: Post each new story about a topic here as it arrives (ping:@role, quiet:22:00-07:00)',
        '/unfollow <topic>: Stop posting stories about a topic here',
        '/follows: List the topics and live feeds posted here, with when each last matched',
      ]),
    );
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['follow', 'unfollow', 'follows']));
  });
});
