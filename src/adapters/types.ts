/**
 * The one small adapter interface every platform implements.
 */
import type { Message } from '../core/message/message.ts';
import type { Platform } from '../../commands/types.ts';
import type { PostOptions, PostResult } from '../delivery/types.ts';

export type { PostOptions, PostResult } from '../delivery/types.ts';

export interface Adapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Post a message to a channel (splitting it as the platform needs). Throws PostError. */
  post(channelId: string, message: Message, options?: PostOptions): Promise<PostResult>;
}
