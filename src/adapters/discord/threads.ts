/**
 * A thread on a channel message, for posts that belong under an earlier one (an alert's
 * updates, a follow-up answer). Discord gives a thread started from a message the message's
 * own id; the adapter remembers the threads it knows so later posts go straight in.
 */
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { Logger } from 'pino';
import { toPostError } from './post.ts';

/** Discord's longest thread name. */
const THREAD_NAME_LENGTH = 100;
/** "A thread has already been created for this message": the thread's id is the message's. */
const THREAD_ALREADY_EXISTS = 160004;

/** Where a post under message `messageId` goes: into its thread, or as a reply to it. */
export type UnderMessage = { threadId: string; replyTo: null } | { threadId: null; replyTo: string };

/** Threads the adapter knows: message id -> thread id, and thread id -> parent channel id. */
export interface KnownThreads {
  byMessage: Map<string, string>;
  parents: Map<string, string>;
}

/** A thread name from a post's title (Discord allows 1-100 characters). */
export function threadName(title: string | undefined): string {
  const name = (title ?? '').replace(/\s+/g, ' ').trim() || 'Updates';
  return name.length > THREAD_NAME_LENGTH ? `${name.slice(0, THREAD_NAME_LENGTH - 1)}…` : name;
}

/**
 * A thread name for the thread on message `messageId`: the message's own title (its first
 * embed's) or first line. One GET, made only when a thread is about to be started; a message
 * that cannot be read gives "Updates".
 */
export async function nameFromMessage(rest: REST, channelId: string, messageId: string): Promise<string> {
  try {
    const m = (await rest.get(Routes.channelMessage(channelId, messageId))) as { content?: string; embeds?: { title?: string }[] };
    return threadName(m.embeds?.find((e) => e.title)?.title ?? m.content?.split('\n')[0]);
  } catch {
    return threadName(undefined);
  }
}

/**
 * The thread on message `messageId` of `channelId`: a known one, or one started now
 * (`POST /channels/{id}/messages/{mid}/threads`). Where Discord refuses a thread (no Create
 * Public Threads permission, the message is itself in a thread, the message is gone) the
 * answer is a reply to the message instead. Network errors and 5xx throw a retryable
 * PostError, so a retry finds the same thread (Discord answers 160004 with the same id).
 */
export async function threadUnder(
  rest: REST,
  channelId: string,
  messageId: string,
  name: string | (() => Promise<string>),
  known: KnownThreads,
  log: Logger,
): Promise<UnderMessage> {
  const cached = known.byMessage.get(messageId);
  if (cached) return { threadId: cached, replyTo: null };
  let threadId: string;
  try {
    const body = { name: typeof name === 'string' ? name : await name(), auto_archive_duration: 1440 };
    const thread = (await rest.post(Routes.threads(channelId, messageId), { body })) as { id: string };
    threadId = thread.id;
  } catch (e) {
    if (e instanceof DiscordAPIError && e.code === THREAD_ALREADY_EXISTS) threadId = messageId;
    else if (e instanceof DiscordAPIError && e.status >= 400 && e.status < 500 && e.status !== 429) {
      log.info({ err: e.message.split('\n')[0], channelId, messageId }, 'cannot start a thread here; replying to the message instead');
      return { threadId: null, replyTo: messageId };
    } else throw toPostError(e, channelId);
  }
  remember(known.byMessage, messageId, threadId);
  remember(known.parents, threadId, channelId);
  return { threadId, replyTo: null };
}

/** Threads remembered at most (a forgotten one is found again with one 160004 answer). */
export const KNOWN_THREADS = 10_000;

/** Set `key`, dropping the oldest entries past KNOWN_THREADS so a long-running bot stays small. */
function remember(map: Map<string, string>, key: string, value: string): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= KNOWN_THREADS) break;
    map.delete(oldest);
  }
}
