/**
 * Posting paced per platform, at the platform's documented limits, so a burst of due channels
 * goes out as fast as the platform allows and no channel waits behind a slow one:
 *
 * - Discord: discord.js's REST client already keeps the global limit (50 requests/s,
 *   `globalRequestsPerSecond`) and a queue per route bucket learned from the
 *   `X-RateLimit-*` headers, waiting out 429s itself. Here we only allow enough posts in flight
 *   to keep it busy; a channel whose bucket is empty waits in its own queue, not in ours.
 * - Slack: chat.postMessage allows about one message per second per channel; the WebClient
 *   honours Retry-After. Here: posts to the same channel at least `perChannelMs` apart, and a
 *   bounded number in flight.
 */
import { Limiter } from './limiter.ts';

export interface PlatformPace {
  /** Posts in flight at once on this platform. */
  concurrency: number;
  /** Least time between the starts of two posts to the same channel (0: none). */
  perChannelMs: number;
}

/** Defaults by platform; anything else gets `fallback`. */
export const PACES: Record<string, PlatformPace> = {
  // 8 in flight keep discord.js at 50/s (the raw baseline reaches the floor at 8) while its
  // fixed one-second window never releases a large burst onto Discord's continuously refilled
  // bucket; with 64 a fast scheduler drew a dozen 429s per 150 posts at window boundaries.
  discord: { concurrency: 8, perChannelMs: 0 },
  slack: { concurrency: 16, perChannelMs: 1_100 },
};
const FALLBACK: PlatformPace = { concurrency: 8, perChannelMs: 0 };

/** One limiter per platform and a per-channel spacing. */
export class Pacer {
  private readonly limiters = new Map<string, Limiter>();
  private readonly nextAt = new Map<string, number>();

  /** `now` and `wait` are the scheduler's clock and sleep, so tests with a fake clock never really wait. */
  constructor(
    private readonly paces: Record<string, Partial<PlatformPace>> = {},
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  pace(platform: string): PlatformPace {
    return { ...(PACES[platform] ?? FALLBACK), ...this.paces[platform] };
  }

  /**
   * Run one post to `channelId` on `platform` within that platform's limits. A retry
   * (`spaced: false`) has already waited the platform's Retry-After or a backoff: it is not
   * spaced again.
   */
  async run<T>(platform: string, channelId: string, task: () => Promise<T>, opts: { spaced?: boolean } = {}): Promise<T> {
    const p = this.pace(platform);
    if (p.perChannelMs > 0 && opts.spaced !== false) {
      const key = `${platform}:${channelId}`;
      const now = this.now();
      const at = Math.max(now, this.nextAt.get(key) ?? 0);
      this.nextAt.set(key, at + p.perChannelMs);
      if (at > now) await this.wait(at - now);
      // Forget channels whose spacing has passed, so the map does not grow with every channel ever posted to.
      if (this.nextAt.size > 10_000) for (const [k, t] of this.nextAt) if (t < now) this.nextAt.delete(k);
    }
    let limiter = this.limiters.get(platform);
    if (!limiter) this.limiters.set(platform, (limiter = new Limiter(p.concurrency)));
    return limiter.run(task);
  }
}
