/**
 * Saying what a failing Slack Web API call is doing. The WebClient only logs "http request
 * failed fetch failed" on each attempt, with no address and no word of its backoff, so an
 * unreachable Slack (a wrong SLACK_API_URL, no network) looked like an endless loop. Its
 * retry policy (p-retry over `retry`) calls `onFailedAttempt`; this logs the API address, the
 * attempt, and how long until the next one.
 */
import type { RetryOptions } from '@slack/web-api';
import type { Logger } from 'pino';

/** The WebClient's retry options plus p-retry's per-attempt hook (passed through at run time). */
export type LoggedRetryOptions = RetryOptions & {
  onFailedAttempt?: (error: Error & { attemptNumber: number; retriesLeft: number; original?: Error }) => void;
};

/** The wait before the next attempt, in ms, as `retry` computes it (random factor 1-2 when randomized). */
export function nextRetryWindowMs(options: RetryOptions, failedAttempts: number): { min: number; max: number } {
  const o = options as { minTimeout?: number; maxTimeout?: number; factor?: number; randomize?: boolean };
  const base = Math.max(o.minTimeout ?? 1000, 1) * (o.factor ?? 2) ** (failedAttempts - 1);
  const cap = o.maxTimeout ?? Infinity;
  return { min: Math.min(base, cap), max: Math.min(o.randomize ? 2 * base : base, cap) };
}

function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${ms < 10_000 ? (ms / 1000).toFixed(1).replace(/\.0$/, '') : Math.round(ms / 1000)} s`;
}

/** `options` with an `onFailedAttempt` that logs the API address, attempt and backoff of each failure. */
export function withRetryLogging(options: RetryOptions, log: Logger, apiUrl: string): LoggedRetryOptions {
  const retries = (options as { retries?: number }).retries ?? 10;
  return {
    ...options,
    onFailedAttempt(error) {
      // WebAPIRequestError wraps the network error ("fetch failed", "connect ECONNREFUSED").
      const reason = error.original?.message ?? error.message;
      const attempt = error.attemptNumber;
      if (error.retriesLeft <= 0) {
        log.error({ api: apiUrl, attempt, reason }, `Slack API at ${apiUrl} failed ${attempt} times (${reason}); giving up`);
        return;
      }
      const w = nextRetryWindowMs(options, attempt);
      const next = w.min === w.max ? duration(w.min) : `${duration(w.min)} to ${duration(w.max)}`;
      log.warn(
        { api: apiUrl, attempt, of: retries + 1, retryInMs: { min: Math.round(w.min), max: Math.round(w.max) }, reason },
        `Slack API at ${apiUrl} unreachable (${reason}): attempt ${attempt} of ${retries + 1}, retrying in ${next}`,
      );
    },
  };
}
