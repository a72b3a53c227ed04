/**
 * Slash-command registration: to a guild or globally at start-up, skipped when
 * DISCORD_REGISTER_COMMANDS=false, and on demand with `newsbrief discord-register`.
 */
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { discordRegisterCli } from '../../src/adapters/discord/register.ts';
import { parseConfig } from '../../src/config.ts';
import { blockedConnections } from '../setup/network-guard.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-server.ts';
import { startDiscordHarness, TEST_TOKEN, type DiscordHarness } from './discord-harness.ts';

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open) await o.close();
  open = [];
});

async function harness(opts: Parameters<typeof startDiscordHarness>[0]): Promise<DiscordHarness> {
  const h = await startDiscordHarness(opts);
  open.push(h);
  return h;
}

function commandPuts(fake: FakeDiscord) {
  return fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'));
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let out = '';
  stream.on('data', (c: Buffer) => (out += c.toString()));
  return { stream, text: () => out };
}

describe('Discord command registration', () => {
  it('registers globally when no guild is configured', async () => {
    const h = await harness({ guild: false });
    const puts = commandPuts(h.fake);
    expect(puts.map((r) => r.path)).toEqual([`/applications/${h.fake.applicationId}/commands`]);
    expect(h.fake.commands.global?.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(h.fake.commands.guilds.size).toBe(0);
  });

  it('does not register when DISCORD_REGISTER_COMMANDS=false, and still answers', async () => {
    const h = await harness({ env: { DISCORD_REGISTER_COMMANDS: 'false' } });
    expect(commandPuts(h.fake)).toHaveLength(0);
    const reply = await h.fake.slashCommand('help').waitForReply();
    expect(reply.embeds.length + reply.content.length).toBeGreaterThan(0);
  });

  it('registers on demand from the command line, to the guild', async () => {
    const fake = await startFakeDiscord({ token: TEST_TOKEN });
    open.push(fake);
    const config = parseConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl, DISCORD_REGISTER_COMMANDS: 'false' });
    const out = capture();
    const err = capture();
    const code = await discordRegisterCli(config, { out: out.stream, err: err.stream });
    expect(code).toBe(0);
    expect(out.text()).toContain(`Registered ${commands.length} commands`);
    expect(out.text()).toContain(`to guild ${fake.guildId}`);
    expect(commandPuts(fake).map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`]);
    expect(err.text()).toBe('');
  });

  it('says in one line why registration failed, with a non-zero exit', async () => {
    const fake = await startFakeDiscord({ token: TEST_TOKEN });
    open.push(fake);
    const bad = parseConfig({ DISCORD_TOKEN: 'wrong-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
    const err = capture();
    expect(await discordRegisterCli(bad, { out: new PassThrough(), err: err.stream })).toBe(1);
    expect(err.text()).toMatch(/^newsbrief: could not register the commands: .*token is invalid \(401\)/);
    expect(err.text().trim().split('\n')).toHaveLength(1);

    const none = capture();
    expect(await discordRegisterCli(parseConfig({}), { out: new PassThrough(), err: none.stream })).toBe(2);
    expect(none.text()).toContain('DISCORD_TOKEN');
    expect(blockedConnections).toEqual([]);
  });
});
