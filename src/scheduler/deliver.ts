/**
 * Posting one claimed slot: build its digest, post it with the slot's dedupe key, retry
 * retryable failures (429, 5xx) with backoff up to a limit, then record the outcome. The
 * articles are marked sent only after the platform accepted the post.
 */
import type { Logger } from 'pino';
import type { Poster } from '../delivery/types.ts';
import { PostError } from '../core/errors.ts';
import type { DigestRun, Store, Subscription } from '../store/types.ts';
import { conversationsOf } from '../conversation/conversations.ts';
import { channelKey } from '../store/types.ts';
import type { DigestPlanner } from '../core/digest/planner.ts';
import { keepLease } from './lease-heartbeat.ts';
import { dedupeKey } from './slot-key.ts';

export interface RetryPolicy {
  /** Attempts per slot, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

/** Wait `ms`, or less when the signal aborts (shutdown). */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/** Delay before attempt `attempt + 1`: the platform's Retry-After when given, else doubling. */
export function backoffMs(policy: RetryPolicy, attempt: number, retryAfterMs: number | null): number {
  const doubling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return retryAfterMs !== null ? Math.min(policy.maxDelayMs, Math.max(retryAfterMs, 0)) : doubling;
}

export type DeliveryOutcome = 'posted' | 'already-posted' | 'failed' | 'released' | 'lost';

export interface DeliveryContext {
  store: Store;
  owner: string;
  now: () => Date;
  log: Logger;
  retry: RetryPolicy;
  sleep: Sleep;
  leaseMs: number;
  lateAfterMs: number;
  /** Builds the message of a claimed slot (shared with /digest: one cache of briefings). */
  planner: DigestPlanner;
  /** Aborted at shutdown: no new attempts, backoff waits end at once. */
  stopping: AbortSignal;
  /** Wraps each attempt: paced per platform and channel (see pacer.ts). */
  attempt<T>(platform: string, channelId: string, task: () => Promise<T>, opts: { spaced: boolean }): Promise<T>;
}

/** One line for the log and /subscriptions from a post failure. */
function reason(e: unknown): string {
  if (e instanceof PostError) return `${e.code}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Post a slot this owner has claimed. `mayBeOnPlatform` is true when an earlier attempt
 * (perhaps by a crashed process) may already have reached the platform: the adapter then checks
 * before posting again (Discord nonce, Slack history metadata).
 */
export async function deliver(
  ctx: DeliveryContext,
  sub: Subscription,
  run: DigestRun,
  adapter: Poster,
  mayBeOnPlatform: boolean,
): Promise<DeliveryOutcome> {
  const { store, owner } = ctx;
  const key = dedupeKey(sub.id, run.slot);
  const log = ctx.log.child({ subscription: sub.id, platform: sub.platform, channel: sub.channelId, slot: run.slot });
  const late = run.late || ctx.now().getTime() - Date.parse(run.slot) > ctx.lateAfterMs;
  const message = await ctx.planner.messageOf(run.articleIds, run.more, { late });

  for (let attempt = 1; ; attempt++) {
    if (ctx.stopping.aborted) {
      // Shutting down between attempts: leave the claim for the next start (its lease ends now).
      await store.runs.renew(sub.id, run.slot, owner, ctx.now().toISOString());
      log.info('digest left for the next start (shutting down)');
      return 'released';
    }
    const leaseUntil = new Date(ctx.now().getTime() + ctx.leaseMs).toISOString();
    if (!(await store.runs.renew(sub.id, run.slot, owner, leaseUntil))) {
      log.warn('digest claim taken over by another instance; not posting');
      return 'lost';
    }
    // Renewed while the post is in flight: only an expired lease is taken over by another process.
    const lease = keepLease(
      () => store.runs.renew(sub.id, run.slot, owner, new Date(ctx.now().getTime() + ctx.leaseMs).toISOString()),
      ctx.leaseMs / 3,
      (err) => log.warn({ err: err === undefined ? undefined : reason(err) }, 'could not renew the digest lease'),
    );
    try {
      const res = await ctx
        .attempt(sub.platform, sub.channelId, () =>
          adapter.post(sub.channelId, message, { dedupeKey: key, retry: mayBeOnPlatform || attempt > 1 }),
          { spaced: attempt === 1 },
        )
        .finally(() => lease.stop());
      const done = { channelKey: channelKey(sub.platform, sub.channelId), articleIds: run.articleIds, messageIds: res.messageIds };
      if (!(await store.runs.complete(sub.id, run.slot, owner, done, ctx.now()))) {
        log.warn('digest posted but the claim had been taken over');
        return 'lost';
      }
      log.info({ articles: run.articleIds.length, late, attempt, alreadyPosted: Boolean(res.alreadyPosted) }, 'digest posted');
      // Follow-up questions in the channel now search the stories this digest showed.
      await conversationsOf(store)
        .followPosted({ platform: sub.platform, channelId: sub.channelId }, message)
        .catch((e: unknown) => log.warn({ err: reason(e) }, 'could not record the digest as the channel context'));
      return res.alreadyPosted ? 'already-posted' : 'posted';
    } catch (e) {
      const retryable = e instanceof PostError && e.retryable;
      if (retryable && attempt < ctx.retry.maxAttempts && !ctx.stopping.aborted) {
        const wait = backoffMs(ctx.retry, attempt, (e as PostError).retryAfterMs);
        log.warn({ attempt, waitMs: wait, err: reason(e) }, 'digest post failed; retrying');
        await ctx.sleep(wait, ctx.stopping);
        continue;
      }
      if (retryable && ctx.stopping.aborted) continue; // released at the top of the loop
      const why = retryable ? `gave up after ${attempt} attempts: ${reason(e)}` : reason(e);
      await store.runs.finish(sub.id, run.slot, owner, 'failed', why, ctx.now());
      log.error({ attempt, err: why }, 'digest post failed');
      return 'failed';
    }
  }
}
