/**
 * What a post carries besides its message, and what the platform gave back. Platform-neutral:
 * the delivery router, the scheduler, the feed poller and every adapter share these.
 */

export interface PostOptions {
  /**
   * A stable key for this post (e.g. `sub42:2026-11-28T08:00`). Adapters use it to make the
   * post idempotent: Discord sends it as a `nonce` with `enforce_nonce`, Slack as message
   * metadata that a retry looks for in the channel history before posting again.
   */
  dedupeKey?: string;
  /** True when an earlier attempt with the same dedupeKey may have reached the platform. */
  retry?: boolean;
  /**
   * Post as a reply in the thread of this earlier post (a platform message id from a
   * PostResult): a Discord thread started on that message, a Slack `thread_ts`.
   */
  threadOf?: string;
  /**
   * Ping exactly this role (Discord) or user group (Slack) with the post; nobody else is ever
   * pinged (article text still pings no one).
   */
  ping?: { id: string };
}

export interface PostResult {
  /** Platform ids of the messages posted (or found already posted). */
  messageIds: string[];
  /** True when a retry found the post already there and sent nothing new. */
  alreadyPosted?: boolean;
}

/**
 * Whatever can post to a platform's channels: each adapter is one. The delivery router, the
 * feed poller's notices and the scheduler need only this, not the adapter behind it.
 */
export interface Poster {
  /** The platform id (`discord`, `slack`, `console`, or a registered one). */
  readonly platform: string;
  /** Post a message to a channel (splitting it as the platform needs). Throws PostError. */
  post(channelId: string, message: import('../core/message/message.ts').Message, options?: PostOptions): Promise<PostResult>;
}
