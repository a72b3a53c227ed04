/**
 * The one place a post is routed to a platform: commands (`services.postToChannel`, e.g.
 * /subscribe's confirmation), the feed poller's notices and the app's scheduler all post
 * through the router of the running app, which holds the poster (adapter) of each platform
 * started here.
 */
import { PostError } from '../core/errors.ts';
import type { Message } from '../core/message/message.ts';
import type { PostOptions, PostResult, Poster } from './types.ts';

export class DeliveryRouter {
  private readonly byPlatform = new Map<string, Poster>();

  /** Route a platform's posts to this poster (the platform's running adapter). */
  add(poster: Poster): void {
    this.byPlatform.set(poster.platform, poster);
  }

  /** True when a platform has a running poster here. */
  has(platform: string): boolean {
    return this.byPlatform.has(platform);
  }

  /** The running posters, one per platform. */
  posters(): Poster[] {
    return [...this.byPlatform.values()];
  }

  /** A poster for one platform that posts through this router; undefined when none runs here. */
  posterFor(platform: string): Poster | undefined {
    if (!this.byPlatform.has(platform)) return undefined;
    return { platform, post: (channelId, message, options) => this.post(platform, channelId, message, options) };
  }

  /** Post to a channel of a platform. Throws PostError (`<platform>_not_running` when none runs here). */
  async post(platform: string, channelId: string, message: Message, options?: PostOptions): Promise<PostResult> {
    const poster = this.byPlatform.get(platform);
    if (!poster) throw new PostError(`The ${platform} adapter is not running.`, { code: `${platform}_not_running`, retryable: true });
    return poster.post(channelId, message, options);
  }
}

/** A router over the given posters (tests and tools that run adapters without the whole app). */
export function routerFor(...posters: Poster[]): DeliveryRouter {
  const router = new DeliveryRouter();
  for (const p of posters) router.add(p);
  return router;
}
