/**
 * Posting neutral Messages into Slack channels and threads with chat.postMessage.
 *
 * - A Message is rendered with renderSlack(), which splits it into payloads within Slack's
 *   limits (50 blocks, section and header lengths); each payload becomes one chat.postMessage.
 * - 429s are retried by the WebClient itself, honouring Retry-After (its `retryConfig`).
 * - `threadOf` (a message ts) posts every part as a reply in that message's thread.
 * - `ping` mentions exactly one user group (`<!subteam^ID>`) at the top of the first part;
 *   article text is escaped by the renderer, so it cannot form `<!here>`, `<!channel>` or any
 *   other mention: the group is the only one notified.
 * - With a dedupeKey every part carries message metadata `newsbrief_post {key, part, parts}`;
 *   with `retry` the channel history (or the thread's replies, for a thread post) is searched
 *   first (include_all_metadata) and only the parts not already there are sent, so a retried
 *   scheduled post or alert never appears twice.
 * - Failures surface as PostError (see post-error.ts).
 */
import type { WebClient } from '@slack/web-api';
import { PostError } from '../../core/errors.ts';
import type { Message } from '../../core/message/message.ts';
import { renderSlack, SLACK_LIMITS } from '../../render/slack.ts';
import type { PostOptions, PostResult } from '../types.ts';
import { groupMention } from './mentions.ts';
import { toPostError } from './post-error.ts';

/** The metadata event type this bot stamps on posts that have a dedupe key. */
export const POST_EVENT_TYPE = 'newsbrief_post';

/** How far back a retry looks for an earlier attempt (newest first). */
const HISTORY_LIMIT = 200;

interface Payload {
  text: string;
  blocks: unknown[];
}

/** Render a message into chat.postMessage-sized payloads (renderSlack keeps Slack's limits). */
export function slackPayloads(message: Message): Payload[] {
  return renderSlack(message) as Payload[];
}

/** A Slack user group id (`S…`): the only thing `ping` may name. */
const USER_GROUP_ID = /^S[A-Z0-9]{2,}$/;

/**
 * The payloads with a ping of user group `groupId` at the top of the first: in its fallback
 * text (what the notification shows) and as its first block. A first part already at Slack's
 * 50 blocks gets the ping as a part of its own before it.
 */
export function withPing(payloads: Payload[], groupId: string): Payload[] {
  if (!USER_GROUP_ID.test(groupId)) {
    throw new PostError(`"${groupId}" is not a Slack user group id (S…): nothing was posted.`, { code: 'slack_bad_ping', retryable: false });
  }
  const mention = groupMention(groupId);
  const block = { type: 'section', text: { type: 'mrkdwn', text: mention } };
  const [first, ...rest] = payloads;
  if (!first) return [{ text: mention, blocks: [block] }];
  if (first.blocks.length >= SLACK_LIMITS.blocks) return [{ text: mention, blocks: [block] }, ...payloads];
  return [{ text: `${mention} ${first.text}`, blocks: [block, ...first.blocks] }, ...rest];
}

/** Post a message (all of its parts) to a channel or thread. Throws PostError. */
export async function postToSlack(client: WebClient, channel: string, message: Message, options: PostOptions = {}): Promise<PostResult> {
  const rendered = slackPayloads(message);
  const payloads = options.ping ? withPing(rendered, options.ping.id) : rendered;
  const key = options.dedupeKey;
  const thread = options.threadOf ?? null;
  const found = key && options.retry ? await findPosted(client, channel, key, thread) : new Map<number, string>();
  const ids: string[] = [];
  let sent = 0;
  for (const [part, p] of payloads.entries()) {
    const earlier = found.get(part);
    if (earlier) {
      ids.push(earlier);
      continue;
    }
    try {
      const res = await client.chat.postMessage({
        channel,
        text: p.text,
        // The renderer builds valid Block Kit; the SDK's block union type is not worth mirroring here.
        blocks: p.blocks as never,
        ...(thread ? { thread_ts: thread } : {}),
        unfurl_links: false,
        unfurl_media: false,
        ...(key
          ? { metadata: { event_type: POST_EVENT_TYPE, event_payload: { key, part, parts: payloads.length } } }
          : {}),
      });
      ids.push(String(res.ts));
      sent += 1;
    } catch (e) {
      throw toPostError(e, channel);
    }
  }
  return sent === 0 && payloads.length > 0 ? { messageIds: ids, alreadyPosted: true } : { messageIds: ids };
}

/** Parts of a keyed post already in the channel (or in thread `thread`): part index -> message ts. */
async function findPosted(client: WebClient, channel: string, key: string, thread: string | null): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  let res;
  try {
    res = thread
      ? await client.conversations.replies({ channel, ts: thread, include_all_metadata: true, limit: HISTORY_LIMIT })
      : await client.conversations.history({ channel, include_all_metadata: true, limit: HISTORY_LIMIT });
  } catch (e) {
    const err = toPostError(e, channel);
    // Without a history scope the check cannot be made: posting (maybe twice) beats never posting.
    if (err.code === 'missing_scope') return found;
    throw err;
  }
  for (const m of res.messages ?? []) {
    const meta = m.metadata;
    if (meta?.event_type !== POST_EVENT_TYPE) continue;
    const payload = (meta.event_payload ?? {}) as { key?: unknown; part?: unknown };
    if (payload.key !== key || !m.ts) continue;
    found.set(typeof payload.part === 'number' ? payload.part : Number(payload.part ?? 0), m.ts);
  }
  return found;
}
