/**
 * Retention: feed articles older than NEWSBRIEF_RETENTION_DAYS are removed at start-up and
 * every few hours after (ArticleStore.prune keeps briefings/ files, fetched URLs and articles a
 * conversation or an unfinished digest still uses). With several processes on one database
 * each runs it; a prune is idempotent, so that costs nothing but a query.
 */
import type { Logger } from 'pino';
import type { ArticleStore } from './types.ts';

export interface RetentionOptions {
  articles: ArticleStore;
  /** Days a feed article is kept; 0 keeps everything. */
  days: number;
  log: Logger;
  now: () => Date;
  /** Time between two prunes (default 6 hours). */
  everyMs?: number;
}

const DAY = 86_400_000;

/** Prune once now and then every `everyMs`; returns what stops it (and waits for a prune running). */
export function startRetention(opts: RetentionOptions): { stop(): Promise<void>; done: Promise<number> } {
  if (opts.days <= 0) return { stop: async () => undefined, done: Promise.resolve(0) };
  let running: Promise<number> = Promise.resolve(0);
  const prune = (): Promise<number> => {
    running = opts.articles
      .prune(new Date(opts.now().getTime() - opts.days * DAY))
      .then((n) => {
        if (n) opts.log.info({ removed: n, retentionDays: opts.days }, 'old feed articles removed');
        return n;
      })
      .catch((e: unknown) => {
        opts.log.warn({ err: e }, 'retention prune failed');
        return 0;
      });
    return running;
  };
  const done = prune();
  const timer = setInterval(() => void prune(), opts.everyMs ?? 6 * 3_600_000);
  timer.unref();
  return {
    done,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
