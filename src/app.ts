/**
 * Composition root: config -> store -> sources -> adapters -> scheduler. The only place
 * that knows every part; everything else receives what it needs.
 */
import type { Logger } from 'pino';
import type { Adapter } from './adapters/types.ts';
import { ConsoleAdapter } from './adapters/console/index.ts';
import type { Config } from './config.ts';
import type { Services } from './services.ts';
import { loadArticleDir, MemoryLibrary } from './sources/library.ts';
import { createSources, type Sources } from './sources/wire.ts';
import { createMemoryStore } from './store/memory.ts';
import type { Store } from './store/types.ts';

export interface AppOptions {
  config: Config;
  log: Logger;
  /** Console I/O (tests pass streams). */
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Called when the console's input ends. */
  onConsoleEnd?: () => void;
  now?: () => Date;
}

export interface App {
  services: Services;
  adapters: Adapter[];
  /** Feeds and URL fetching (src/sources): tests poll with `sources.poller.pollDue()`. */
  sources: Sources;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Which platforms have tokens. */
export function platformsConfigured(config: Config): { discord: boolean; slack: boolean } {
  return { discord: Boolean(config.discord.token), slack: Boolean(config.slack.botToken) };
}

export async function createApp(opts: AppOptions): Promise<App> {
  const { config, log } = opts;
  const store: Store = createMemoryStore();
  const library = new MemoryLibrary(await loadArticleDir(config.briefingsDir, log));
  const services: Services = { config, library, store, now: opts.now ?? (() => new Date()) };

  const adapters: Adapter[] = [];
  // Sets services.fetchArticle (/brief <url>) and builds the feed poller; notices go through `adapters`.
  const sources = createSources({ services, log, adapters: () => adapters });
  const platforms = platformsConfigured(config);
  // Platform adapters are added here when their tokens are set (see src/adapters/*).
  if (platforms.slack) {
    // Loaded only when configured, so a Discord-only or console run never loads Bolt.
    const { createSlackAdapter } = await import('./adapters/slack/index.ts');
    const { commands } = await import('../commands/index.ts');
    adapters.push(createSlackAdapter({ services, commands, logger: log }));
  }
  if (platforms.discord) {
    // Loaded only when configured, like Slack: a console run never loads discord.js.
    const { DiscordAdapter } = await import('./adapters/discord/index.ts');
    adapters.push(new DiscordAdapter({ services, log }));
  }
  if (!platforms.discord && !platforms.slack) {
    adapters.push(
      new ConsoleAdapter({ services, log, input: opts.input, output: opts.output, onEnd: opts.onConsoleEnd }),
    );
  }

  let stopped = false;
  return {
    services,
    adapters,
    sources,
    async start() {
      for (const a of adapters) {
        await a.start();
        log.info({ platform: a.platform }, 'adapter started');
      }
      sources.start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await sources.stop();
      for (const a of adapters) {
        try {
          await a.stop();
        } catch (e) {
          log.warn({ platform: a.platform, err: e }, 'adapter did not stop cleanly');
        }
      }
      await store.close();
    },
  };
}
