/**
 * Composition root: config -> store -> sources -> adapters -> scheduler. The only place
 * that knows every part; everything else receives what it needs.
 */
import type { Logger } from 'pino';
import type { Adapter } from './adapters/types.ts';
import { platformsToStart } from './adapters/registry.ts';
import type { Config } from './config.ts';
import type { Services } from './services.ts';
import { checkBriefingsDir, openLibrary } from './sources/briefing-sync.ts';
import { createSources, type Sources } from './sources/wire.ts';
import { DeliveryRouter } from './delivery/router.ts';
import { DigestScheduler } from './scheduler/scheduler.ts';
import { AlertEngine } from './alerts/engine.ts';
import { openStore } from './store/open.ts';
import { DigestPlanner } from './core/digest/planner.ts';
import { newInstanceId } from './store/instance-id.ts';
import { startRetention } from './store/retention.ts';
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
  /** The digest scheduler (tests tick it on a fake clock instead of waiting for the minute). */
  scheduler: DigestScheduler;
  /** Where every post goes: the running adapter of its platform. */
  router: DeliveryRouter;
  /** Live alerts (tests wait on `alerts.idle()` after a poll and `alerts.tick()` for roll-ups). */
  alerts: AlertEngine;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Which platforms have tokens. */
export function platformsConfigured(config: Config): { discord: boolean; slack: boolean } {
  return { discord: Boolean(config.discord.token), slack: Boolean(config.slack.botToken) };
}

export async function createApp(opts: AppOptions): Promise<App> {
  const { config, log } = opts;
  const now = opts.now ?? (() => new Date());
  // A missing briefings folder is refused (ConfigError) before the database file is created.
  await checkBriefingsDir(config.briefingsDir);
  // NEWSBRIEF_DB: a SQLite file locked to this one process (a second is refused), or a
  // PostgreSQL database shared by several processes.
  const store: Store = await openStore(config.dbPath, { lock: true, writeThread: config.sqliteWriteThread });
  // On a shared store each process claims under its own name; a store locked to this process
  // keeps the stable default, so claims a crash left behind are resumed at once on restart.
  const instanceId = store.shared ? (store.instanceId ?? newInstanceId()) : undefined;
  log.info({ store: store.shared ? 'shared' : 'single-process', instanceId, pid: process.pid }, 'store opened');
  // The briefings folder is the truth for file articles (a missing folder is a ConfigError).
  let library;
  try {
    library = await openLibrary(store, config.briefingsDir, log, now);
  } catch (e) {
    await store.close(); // releases the SQLite lock
    throw e;
  }
  // One digest planner (one cache of briefings) for /digest and the scheduler.
  const digests = new DigestPlanner(store.articles, { log: log.child({ component: 'digests' }), signatures: store.signatures });
  const services: Services = { config, library, store, now, digests };

  const adapters: Adapter[] = [];
  const router = new DeliveryRouter();
  // Live alerts: each poll's new stories are decided and posted through the router.
  const alerts = new AlertEngine({
    store,
    post: (platform, channelId, message, options) => router.post(platform, channelId, message, options),
    canPost: (platform) => router.has(platform),
    now,
    log: log.child({ component: 'alerts' }),
    owner: instanceId,
    // NEWSBRIEF_ALERTS_PER_HOUR (read by src/config.ts once it declares it).
    perHour: config.alertsPerHour,
    timeZone: config.timeZone,
    leaseMs: config.leaseSeconds * 1000,
  });
  // Sets services.fetchArticle (/brief <url>) and builds the feed poller; notices go through the router.
  const sources = createSources({ services, log, router, onNewStories: (feed, added) => alerts.onNewStories(feed, added) });
  // Every configured platform of the registry (src/adapters/registry.ts), else the console;
  // each loads its SDK only when configured.
  const { commands } = await import('../commands/index.ts');
  for (const platform of platformsToStart(config)) {
    const adapter = await platform.create({ services, log, commands, console: { input: opts.input, output: opts.output, onEnd: opts.onConsoleEnd } });
    adapters.push(adapter);
    router.add(adapter);
  }

  services.postToChannel = (platform, channelId, message, options) => router.post(platform, channelId, message, options);
  const scheduler = new DigestScheduler({ store, router, log, catchUpHours: config.catchUpHours, now, planner: digests, instanceId, leaseMs: config.leaseSeconds * 1000 });
  let schedulerStarted: Promise<unknown> = Promise.resolve();
  let retention: ReturnType<typeof startRetention> | null = null;

  let stopped = false;
  return {
    services,
    adapters,
    sources,
    scheduler,
    router,
    alerts,
    async start() {
      for (const a of adapters) {
        await a.start();
        log.info({ platform: a.platform }, 'adapter started');
      }
      sources.start();
      alerts.start();
      retention = startRetention({ articles: store.articles, days: config.retentionDays, log, now });
      // Catch-up posts run in the background; stop() waits for them.
      schedulerStarted = scheduler.start().catch((e: unknown) => log.error({ err: e }, 'scheduler did not start'));
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // Stop taking slots and let posts in flight finish before the adapters go.
      await scheduler.stop();
      await schedulerStarted;
      await sources.stop();
      await alerts.stop();
      await retention?.stop();
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
