/**
 * Web API failures as the project's typed PostError, so callers (the scheduler's outbox) can
 * tell a retry that may help (rate limit, network, Slack 5xx) from one that cannot (the bot is
 * not in the channel, the token was revoked).
 */
import { ErrorCode } from '@slack/web-api';
import { PostError } from '../../core/errors.ts';

/** Slack error strings that another attempt may get past. */
const RETRYABLE = new Set([
  'ratelimited',
  'rate_limited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

/** Errors meaning the bot is not in the conversation (a private channel it was not invited to looks unknown). */
const NOT_INVITED = new Set(['not_in_channel', 'channel_not_found']);
/** What a member can do about it. */
export const INVITE_HINT = 'invite me with /invite and try again';

interface SlackishError {
  code?: string;
  message?: string;
  data?: { error?: string };
  retryAfter?: number;
  statusCode?: number;
  original?: { message?: string };
}

/** Wrap whatever the WebClient threw into a PostError naming the channel. */
export function toPostError(e: unknown, channel: string): PostError {
  if (e instanceof PostError) return e;
  const err = (e ?? {}) as SlackishError;
  const what = `posting to Slack channel ${channel} failed`;
  switch (err.code) {
    case ErrorCode.PlatformError: {
      const slackError = err.data?.error ?? 'unknown_error';
      return new PostError(`${what}: ${slackError}`, {
        code: slackError,
        retryable: RETRYABLE.has(slackError),
        cause: e,
        hint: NOT_INVITED.has(slackError) ? INVITE_HINT : null,
      });
    }
    case ErrorCode.RateLimitedError:
      return new PostError(`${what}: rate limited`, {
        code: 'rate_limited',
        retryable: true,
        retryAfterMs: typeof err.retryAfter === 'number' ? err.retryAfter * 1000 : null,
        cause: e,
      });
    case ErrorCode.RequestError: {
      // After its last retry on a 429 the WebClient throws a request error wrapping a plain
      // Error that names the delay.
      const limited = rateLimited(err.original?.message, what, e);
      if (limited) return limited;
      return new PostError(`${what}: network error`, { code: 'network', retryable: true, cause: e });
    }
    case ErrorCode.HTTPError:
      return new PostError(`${what}: HTTP ${err.statusCode ?? '?'}`, {
        code: `http_${err.statusCode ?? 'error'}`,
        retryable: (err.statusCode ?? 500) >= 500,
        cause: e,
      });
    default: {
      const limited = rateLimited(err.message, what, e);
      if (limited) return limited;
      return new PostError(`${what}: ${err.message ?? String(e)}`, { code: 'unknown', retryable: false, cause: e });
    }
  }
}

function rateLimited(message: string | undefined, what: string, cause: unknown): PostError | null {
  const m = /rate limit was exceeded.*retry-after: (\d+(?:\.\d+)?)/i.exec(message ?? '');
  if (!m) return null;
  return new PostError(`${what}: rate limited`, {
    code: 'rate_limited',
    retryable: true,
    retryAfterMs: Number(m[1]) * 1000,
    cause,
  });
}
