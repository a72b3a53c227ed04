/**
 * The platform-neutral pieces of threads, pings and channel rights that need no fake server:
 * who may manage a Discord channel from the member's permission bits, who may on Slack from
 * users.info, the Slack manifest asking for users:read, and the console's thread replies.
 */
import { PassThrough } from 'node:stream';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import { mayManageChannel } from '../../src/adapters/discord/context.ts';
import type { WebClient } from '@slack/web-api';
import { channelRights, fullMember } from '../../src/adapters/slack/channel-rights.ts';
import { slackManifest } from '../../src/adapters/slack/manifest.ts';
import { commands } from '../../commands/index.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';

describe('who may manage a channel', () => {
  const bits = (...flags: bigint[]) => new PermissionsBitField(flags);
  it('on Discord: Manage Channels, Manage Server or Administrator; sending messages is not enough', () => {
    expect(mayManageChannel(bits(PermissionFlagsBits.SendMessages, PermissionFlagsBits.ViewChannel))).toBe(false);
    expect(mayManageChannel(bits(PermissionFlagsBits.ManageChannels))).toBe(true);
    expect(mayManageChannel(bits(PermissionFlagsBits.ManageGuild))).toBe(true);
    expect(mayManageChannel(bits(PermissionFlagsBits.Administrator))).toBe(true);
    expect(mayManageChannel(null)).toBe(false);
  });

  it('on Slack: full members, admins and owners; not guests, bots or deactivated accounts', () => {
    expect(fullMember({})).toBe(true);
    expect(fullMember({ is_admin: true, is_restricted: false })).toBe(true);
    expect(fullMember({ is_restricted: true })).toBe(false);
    expect(fullMember({ is_ultra_restricted: true })).toBe(false);
    expect(fullMember({ is_bot: true })).toBe(false);
    expect(fullMember({ deleted: true, is_admin: true })).toBe(false);
    expect(fullMember(undefined)).toBe(false);
  });

  it('on Slack without users:read (an app not reinstalled yet): anyone may, as before the scope; other failures refuse', async () => {
    const out = new PassThrough();
    const lines: string[] = [];
    out.on('data', (b: Buffer) => lines.push(b.toString()));
    const log = createLogger('warn', out);
    const failing = (error: string) =>
      ({ users: { info: async () => Promise.reject(Object.assign(new Error(`An API error occurred: ${error}`), { data: { ok: false, error } })) } }) as unknown as WebClient;
    const noScope = channelRights(failing('missing_scope'), log);
    expect(await noScope('U1')).toBe(true);
    expect(await noScope('U2')).toBe(true);
    expect(lines.filter((l) => l.includes('users:read')).length).toBe(1);
    expect(await channelRights(failing('ratelimited'), log)('U1')).toBe(false);
  });

  it('the Slack manifest asks for users:read (users.info) and the history scopes thread retries read', () => {
    const scopes = (slackManifest(commands) as unknown as { oauth_config: { scopes: { bot: string[] } } }).oauth_config.scopes.bot;
    expect(scopes).toEqual(expect.arrayContaining(['users:read', 'channels:history', 'groups:history']));
  });
});

describe('the console shows posts in a thread and pings', () => {
  it('indents a thread reply under the post it follows and names the pinged group', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    const services = { config: parseConfig({}), library: new MemoryLibrary([]), store: createMemoryStore(), now: () => new Date() };
    const c = new ConsoleAdapter({ services, log: createLogger('silent'), output: out, briefOnStart: false });
    const [first] = (await c.post('news', { kind: 'info', text: 'Ferry timetable changes.' })).messageIds;
    await c.post('news', { kind: 'info', text: 'A second source confirms it.\nSundays too.' }, { threadOf: first, ping: { id: 'desk' } });
    expect(text).toContain(`[#news ↳ thread of ${first}] @desk\n↳ A second source confirms it.\n↳ Sundays too.`);
  });
});
