/**
 * Shared set-up for the Discord e2e tests: a fake Discord on 127.0.0.1 and the real Discord
 * adapter (real discord.js) logged in to it, with the seed library and an in-memory store.
 * Other tests (e.g. /subscribe end to end) can reuse it with their own commands or services.
 */
import { commands as allCommands } from '../../commands/index.ts';
import type { Command } from '../../commands/types.ts';
import { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { Services } from '../../src/services.ts';
import { loadArticleDir, MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fakes/discord-server.ts';

export const TEST_TOKEN = 'test-bot-token.not-a-real-one';

export interface DiscordHarness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  services: Services;
  close(): Promise<void>;
}

export interface DiscordHarnessOptions {
  /** Extra environment for parseConfig (DISCORD_GUILD_ID, DISCORD_REGISTER_COMMANDS, ...). */
  env?: Record<string, string>;
  /** Register to the fake's guild (default true); false registers globally. */
  guild?: boolean;
  commands?: readonly Command[];
  deferAfterMs?: number;
  fake?: FakeDiscordOptions;
  /** Build services yourself (e.g. a SQLite store); config is filled in. */
  services?: (base: Services) => Services | Promise<Services>;
}

export async function startDiscordHarness(opts: DiscordHarnessOptions = {}): Promise<DiscordHarness> {
  const fake = await startFakeDiscord({ token: TEST_TOKEN, ...opts.fake });
  const config = parseConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    ...(opts.guild === false ? {} : { DISCORD_GUILD_ID: fake.guildId }),
    DISCORD_API_URL: fake.apiUrl,
    NEWSBRIEF_BRIEFINGS: 'briefings',
    ...opts.env,
  });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const base: Services = {
    config,
    library: new MemoryLibrary(await loadArticleDir(config.briefingsDir, log)),
    store: createMemoryStore(),
    now: () => new Date(),
  };
  const services = opts.services ? await opts.services(base) : base;
  const adapter = new DiscordAdapter({ services, log, commands: opts.commands ?? allCommands, deferAfterMs: opts.deferAfterMs });
  try {
    await adapter.start();
  } catch (e) {
    await fake.close();
    throw e;
  }
  return {
    fake,
    adapter,
    services,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** Every message body the bot sent (replies, edits, follow-ups, channel posts). */
export function sentBodies(fake: FakeDiscord): Record<string, unknown>[] {
  return fake.requests
    .filter((r) => (r.method === 'POST' || r.method === 'PATCH') && /\/(callback|messages(\/[^/]+)?|webhooks\/\d+\/[^/]+)$/.test(r.path))
    .map((r) => {
      const b = (r.body ?? {}) as Record<string, unknown>;
      return (r.path.endsWith('/callback') ? ((b.data ?? {}) as Record<string, unknown>) : b);
    })
    .filter((b) => 'content' in b || 'embeds' in b);
}
