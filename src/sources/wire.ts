/**
 * Wiring the sources into the app (called by src/app.ts): `services.fetchArticle` for
 * `/brief <url>`, and the feed poller, whose notices go out through the app's delivery router
 * to the platform a feed was added from.
 */
import type { Logger } from 'pino';
import type { DeliveryRouter } from '../delivery/router.ts';
import type { Services } from '../services.ts';
import { MemoryFeedStore } from '../store/memory-feeds.ts';
import { checkFeed } from './check-feed.ts';
import { closeParsePool } from './parse-pool.ts';
import { FeedPoller, type PollerOptions } from './poller.ts';
import { fetchArticle, type FetchTuning } from './url.ts';

export interface Sources {
  /** The feed poller (tests call `poller.pollDue()` instead of waiting for the timer). */
  poller: FeedPoller;
  start(): void;
  stop(): Promise<void>;
}

export interface SourcesOptions {
  services: Services;
  log: Logger;
  /** Where the app's posts go (read when a notice is posted, so adapters may be added later). */
  router: Pick<DeliveryRouter, 'has' | 'post'>;
  tuning?: FetchTuning;
  /** The stories each poll stored (live alerts); see PollerOptions.onNewStories. */
  onNewStories?: PollerOptions['onNewStories'];
}

/** Set `services.fetchArticle` and build the poller. Call `start()` once the adapters run. */
export function createSources(opts: SourcesOptions): Sources {
  const { services } = opts;
  const log = opts.log.child({ component: 'sources' });
  services.fetchArticle = (url) => fetchArticle(url, services.config, opts.tuning);
  services.checkFeed = (url) => checkFeed(url, services.config, opts.tuning);
  if (!services.store.feeds) {
    // A store without a feed repository: feeds work but are forgotten at exit.
    log.info('this store keeps no feeds; feeds are kept in memory until exit');
    services.store.feeds = new MemoryFeedStore();
  }
  const poller = new FeedPoller({
    feeds: services.store.feeds,
    library: services.library,
    config: services.config,
    now: services.now,
    log,
    tuning: opts.tuning,
    owner: services.store.instanceId,
    onNewStories: opts.onNewStories,
    async notify(feed, message, options) {
      if (!opts.router.has(feed.platform)) {
        log.warn({ feed: feed.id, platform: feed.platform }, 'no running adapter for the feed notice');
        return;
      }
      await opts.router.post(feed.platform, feed.channelId, message, options);
    },
  });
  services.ingestFeedItems = (feed, items, source) => poller.ingest(feed, items, source, log.child({ feed: feed.id, url: feed.fetchUrl }));
  return {
    poller,
    start: () => poller.start(),
    async stop() {
      await poller.stop();
      await closeParsePool();
    },
  };
}
