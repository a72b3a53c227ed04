/**
 * The one small adapter interface every platform implements.
 */
import type { Message } from '../core/message.ts';
import type { Platform } from '../../commands/types.ts';

export interface PostOptions {
  /**
   * A stable key for this post (e.g. `sub42:2026-11-28T08:00`). Adapters use it to make the
   * post idempotent: Discord sends it as a `nonce` with `enforce_nonce`, Slack as message
   * metadata that a retry looks for in the channel history before posting again.
   */
  dedupeKey?: string;
  /** True when an earlier attempt with the same dedupeKey may have reached the platform. */
  retry?: boolean;
}

export interface PostResult {
  /** Platform ids of the messages posted (or found already posted). */
  messageIds: string[];
  /** True when a retry found the post already there and sent nothing new. */
  alreadyPosted?: boolean;
}

export interface Adapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Post a message to a channel (splitting it as the platform needs). Throws PostError. */
  post(channelId: string, message: Message, options?: PostOptions): Promise<PostResult>;
}
