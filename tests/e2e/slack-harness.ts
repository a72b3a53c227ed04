/**
 * Shared set-up for the Slack e2e tests: a fake Slack, and the real Slack adapter (real Bolt)
 * pointed at it, with the seed library and an in-memory store.
 */
import { commands } from '../../commands/index.ts';
import { SlackAdapter } from '../../src/adapters/slack/index.ts';
import { parseConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { Services } from '../../src/services.ts';
import { renderSlack } from '../../src/render/slack.ts';
import { loadArticleDir, MemoryLibrary } from '../../src/sources/library.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { FakeSlack } from '../fakes/slack-server.ts';

/** Tests wait milliseconds, not minutes, between retries. */
export const FAST_RETRY = { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50, randomize: false };

export interface SlackHarness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  services: Services;
  /** The bot's request URL (HTTP mode only). */
  eventsUrl: string;
  close(): Promise<void>;
}

/**
 * The Slack blocks of what `/brief` itself returns for this library (the command run directly,
 * outside Slack), to compare with what arrived through Bolt and the fake Slack.
 */
export async function briefBlocks(services: Services, ref?: string): Promise<unknown[]> {
  const brief = commands.find((c) => c.name === 'brief');
  if (!brief) throw new Error('no /brief command');
  const out = await brief.run(
    {
      platform: 'slack',
      user: { id: 'U0TEST' },
      guildId: null,
      channelId: 'C0EXPECTED',
      threadId: null,
      canManageChannel: true,
      services: { ...services, store: createMemoryStore() },
      log: createLogger('silent'),
    },
    ref ? { article: ref } : {},
  );
  const [message] = Array.isArray(out) ? out : [out];
  return renderSlack(message)[0].blocks;
}

export async function startSlackHarness(mode: 'http' | 'socket'): Promise<SlackHarness> {
  const fake = await FakeSlack.start();
  const config = parseConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: fake.signingSecret,
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: fake.appToken } : {}),
    SLACK_PORT: '0',
    SLACK_API_URL: fake.apiUrl,
    NEWSBRIEF_BRIEFINGS: 'briefings',
  });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const services: Services = {
    config,
    library: new MemoryLibrary(await loadArticleDir(config.briefingsDir, log)),
    store: createMemoryStore(),
    now: () => new Date(),
  };
  const adapter = new SlackAdapter({ services, commands, logger: log, host: '127.0.0.1', retryConfig: FAST_RETRY });
  await adapter.start();
  return {
    fake,
    adapter,
    services,
    eventsUrl: `http://127.0.0.1:${adapter.port ?? 0}/slack/events`,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
