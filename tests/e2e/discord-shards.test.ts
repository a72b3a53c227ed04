/**
 * Discord sharding (DISCORD_SHARDS, DISCORD_SHARD_IDS): two bot processes' Discord adapters
 * (real discord.js) each run one of two shards against the fake Discord, which sends a guild's
 * events only to that guild's shard, as Discord does. Each identifies with its own shard, only
 * the shard-0 process registers the commands, and a guild's /brief is answered once, by the
 * process whose shard the guild is on. Also the configuration errors, one line each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { shardOptions } from '../../src/adapters/discord/shards.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { loadArticleDir, MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-server.ts';

const TOKEN = 'shard-test-token';
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** A guild id Discord routes to `shard` of `count`: shard = (id >> 22) % count. */
const guildOnShard = (shard: number, count: number) => String(((BigInt(1000 * count + shard) << 22n) + 7n));

async function processOn(fake: FakeDiscord, env: Record<string, string>): Promise<{ adapter: DiscordAdapter; handled: () => number }> {
  const config = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    ...env,
  });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const services = { config, library: new MemoryLibrary(await loadArticleDir('briefings', log)), store: createMemoryStore(), now: () => new Date() };
  const adapter = new DiscordAdapter({ services, log });
  await adapter.start();
  cleanup.push(() => adapter.stop());
  let handled = 0;
  // Count the interactions this process's client receives.
  (adapter as unknown as { client: { on(e: string, f: () => void): void } }).client.on('interactionCreate', () => handled++);
  return { adapter, handled: () => handled };
}

describe('Discord shards split across processes', () => {
  for (const guildShard of [1, 0]) {
    it(`answers a guild on shard ${guildShard} once, from the process running that shard`, async () => {
      const fake = await startFakeDiscord({ token: TOKEN, shards: 2, guildId: guildOnShard(guildShard, 2) });
      cleanup.push(() => fake.close());
      const p0 = await processOn(fake, { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0' });
      const p1 = await processOn(fake, { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1' });

      const identifies = fake.gatewayFrames.filter((f) => f.op === 2).map((f) => (f.d as { shard: number[] }).shard);
      expect(identifies).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // One bulk registration, by the process running shard 0.
      expect(fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'))).toHaveLength(1);

      const i = fake.slashCommand('brief');
      const reply = await i.waitForReply();
      expect(JSON.stringify(reply)).toMatch(/embeds/);
      await new Promise((r) => setTimeout(r, 200));
      expect([p0.handled(), p1.handled()]).toEqual(guildShard === 0 ? [1, 0] : [0, 1]);
      expect(i.requests().filter((r) => r.path.endsWith('/callback'))).toHaveLength(1);
    });
  }

  it('runs every shard in one process with DISCORD_SHARDS alone, and auto asks Discord', async () => {
    const fake = await startFakeDiscord({ token: TOKEN, shards: 2, guildId: guildOnShard(1, 2) });
    cleanup.push(() => fake.close());
    const p = await processOn(fake, { DISCORD_SHARDS: 'auto' });
    expect(fake.gatewayFrames.filter((f) => f.op === 2).map((f) => (f.d as { shard: number[] }).shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const reply = await fake.slashCommand('brief').waitForReply();
    expect(JSON.stringify(reply)).toMatch(/embeds/);
    expect(p.handled()).toBe(1);
    expect(shardOptions(parseConfig({ DISCORD_SHARDS: '4' }).discord)).toEqual({ shards: [0, 1, 2, 3], shardCount: 4 });
    expect(shardOptions(parseConfig({ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '2-3' }).discord)).toEqual({ shards: [2, 3], shardCount: 4 });
    expect(shardOptions(parseConfig({}).discord)).toEqual({});
  });

  it('names bad shard settings in one configuration error', () => {
    expect(() => parseConfig({ DISCORD_SHARDS: 'many' })).toThrow(/DISCORD_SHARDS: expected auto or a whole number of shards from 1 to 10000, got "many"/);
    expect(() => parseConfig({ DISCORD_SHARDS: 'auto', DISCORD_SHARD_IDS: '0' })).toThrow(/DISCORD_SHARD_IDS: needs DISCORD_SHARDS set to the total number of shards/);
    expect(() => parseConfig({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0,2' })).toThrow(/DISCORD_SHARD_IDS: shard numbers run from 0 to 1 with DISCORD_SHARDS=2/);
    expect(() => parseConfig({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: 'first' })).toThrow(/DISCORD_SHARD_IDS: expected shard numbers such as 0,1 or 2-3, got "first"/);
  });
});
