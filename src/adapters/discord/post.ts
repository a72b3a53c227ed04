/**
 * Posting rendered payloads to a channel or thread over REST, with exactly-once help:
 * given a dedupe key, each message carries a `nonce` derived from it and
 * `enforce_nonce: true`, so a retry within Discord's nonce window returns the message
 * already posted instead of posting it twice. 429s are waited out by discord.js itself;
 * anything else surfaces as a PostError.
 *
 * Mentions: every part carries `allowed_mentions: {parse: []}`, so nothing in it pings anyone,
 * except an opt-in role ping: `<@&role>` at the top of the first part with
 * `allowed_mentions: {parse: [], roles: [role]}`, which lets that role, and only it, be pinged.
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import { PostError } from '../../core/errors.ts';
import type { DiscordPayload } from '../../render/discord.ts';
import { roleMention } from './mentions.ts';

/** Discord accepts a string nonce of at most 25 characters. */
export const NONCE_LENGTH = 25;

/** A stable nonce for part `part` of the post identified by `dedupeKey`. */
export function nonceFor(dedupeKey: string, part: number): string {
  return createHash('sha256').update(`${dedupeKey}\u0000${part}`).digest('base64url').slice(0, NONCE_LENGTH);
}

/** The id of a message Discord created. */
interface CreatedMessage {
  id: string;
}

/** Discord's longest message content. */
const CONTENT_LENGTH = 2000;
/** A Discord snowflake (a role id). */
const SNOWFLAKE = /^\d{15,21}$/;

/** A payload body as sent: no ephemeral flag, and no mentions allowed unless added here. */
type Body = Record<string, unknown>;

/**
 * The bodies with role `roleId` pinged at the top of the first: `<@&roleId>` in its content and
 * only that role in its allowed_mentions. When the mention does not fit the first part's
 * content it is a part of its own. Throws a PostError for an id that is not a role id.
 */
export function withRolePing(bodies: Body[], roleId: string): Body[] {
  if (!SNOWFLAKE.test(roleId)) {
    throw new PostError(`"${roleId}" is not a Discord role id: nothing was posted.`, { code: 'discord_bad_ping', retryable: false });
  }
  const mention = roleMention(roleId);
  const allowed = { parse: [], roles: [roleId] };
  const [first, ...rest] = bodies;
  const content = typeof first?.content === 'string' ? first.content : '';
  if (!first || mention.length + 1 + content.length > CONTENT_LENGTH) return [{ content: mention, allowed_mentions: allowed }, ...bodies];
  return [{ ...first, content: content ? `${mention}\n${content}` : mention, allowed_mentions: allowed }, ...rest];
}

/**
 * Post each payload in order to `channelId`. With `dedupeKey`, part i gets nonce
 * `nonceFor(dedupeKey, i)`. Extra body fields (a message_reference) apply to the first part;
 * `pingRole` pings that role alone with the first part (see withRolePing).
 */
export async function postPayloads(
  rest: REST,
  channelId: string,
  payloads: readonly DiscordPayload[],
  opts: { dedupeKey?: string; firstExtra?: Record<string, unknown>; pingRole?: string } = {},
): Promise<string[]> {
  const ids: string[] = [];
  // Channel messages cannot be ephemeral; drop the flag rather than have Discord refuse.
  const plain: Body[] = payloads.map(({ flags: _flags, ...payload }) => ({ ...payload, allowed_mentions: { parse: [] } }));
  const bodies = opts.pingRole ? withRolePing(plain, opts.pingRole) : plain;
  for (const [i, payload] of bodies.entries()) {
    const body: Body = { ...payload };
    if (i === 0 && opts.firstExtra) Object.assign(body, opts.firstExtra);
    if (opts.dedupeKey) {
      body.nonce = nonceFor(opts.dedupeKey, i);
      body.enforce_nonce = true;
    }
    try {
      const created = (await rest.post(Routes.channelMessages(channelId), { body })) as CreatedMessage;
      ids.push(created.id);
    } catch (e) {
      throw toPostError(e, channelId, ids.length);
    }
  }
  return ids;
}

/** What a member can do when Discord refuses the bot a channel. */
export const ACCESS_HINT = 'give me the View Channel and Send Messages permissions here and try again';

/** A REST failure as a typed PostError: retryable for 5xx, rate limits and network errors. */
export function toPostError(e: unknown, channelId: string, posted = 0): PostError {
  const partial = posted ? ` (after ${posted} part${posted > 1 ? 's' : ''} were posted)` : '';
  if (e instanceof DiscordAPIError) {
    const code = typeof e.code === 'number' ? e.code : 0;
    const status = e.status;
    const what =
      code === 10003 || status === 404
        ? 'unknown_channel'
        : code === 50001 || code === 50013 || status === 403
          ? 'forbidden'
          : status === 401
            ? 'unauthorized'
            : status >= 500
              ? 'server_error'
              : 'refused';
    return new PostError(`Discord refused the post to channel ${channelId}: ${status} ${e.message.split('\n')[0]}${partial}`, {
      code: `discord_${what}`,
      retryable: status >= 500 || status === 429,
      cause: e,
      hint: what === 'forbidden' || what === 'unknown_channel' ? ACCESS_HINT : null,
    });
  }
  if (e instanceof RateLimitError) {
    return new PostError(`Discord rate-limited the post to channel ${channelId}${partial}`, {
      code: 'discord_rate_limited',
      retryable: true,
      retryAfterMs: e.retryAfter,
      cause: e,
    });
  }
  if (e instanceof HTTPError) {
    return new PostError(`Discord failed the post to channel ${channelId}: HTTP ${e.status}${partial}`, {
      code: e.status >= 500 ? 'discord_server_error' : 'discord_http_error',
      retryable: e.status >= 500,
      cause: e,
    });
  }
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return new PostError(`Could not reach Discord to post to channel ${channelId}: ${msg}${partial}`, {
    code: 'discord_network',
    retryable: true,
    cause: e,
  });
}
