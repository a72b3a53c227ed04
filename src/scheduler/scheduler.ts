/**
 * The digest scheduler. `tick(now)` does all the work and is what tests drive with a fake
 * clock: for each subscription it finds the latest slot due (from its cron expression in its
 * time zone, within the catch-up window), claims it in the run log under the unique
 * (subscription, slot) key, and posts it. node-cron (the schedules library the project chose,
 * DESIGN.md) is only the live trigger that calls `tick` at the start of every minute; the slots
 * themselves are computed with croner, which knows time zones (src/core/schedule/schedule.ts).
 *
 * Exactly once: a slot is posted only by whoever inserted its claim; a claim left unfinished
 * by a crash is taken over (a conditional update) and posted with `retry: true`, so the
 * adapter first checks whether the platform already has it (Discord nonce, Slack metadata).
 */
import { keepBriefing } from '../alerts/filter.ts';
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import { routerFor, type DeliveryRouter } from '../delivery/router.ts';
import type { Poster } from '../delivery/types.ts';
import { latestSlot, nextSlot, parseSchedule, type Schedule } from '../core/schedule/schedule.ts';
import { channelKey, claimedRun, type DigestRun, type Store, type Subscription } from '../store/types.ts';
import { DigestPlanner, Yielder } from '../core/digest/planner.ts';
import { DEFAULT_RETRY, deliver, realSleep, type DeliveryContext, type DeliveryOutcome, type RetryPolicy, type Sleep } from './deliver.ts';
import { Pacer, type PlatformPace } from './pacer.ts';
import { slotId } from './slot-key.ts';

export interface SchedulerOptions {
  store: Store;
  /**
   * The app's delivery router: every digest goes out through it, and subscriptions of a
   * platform with no poster running there wait. Default: a router over `adapters`.
   */
  router?: DeliveryRouter;
  /** The running adapters, when there is no app router (tests, benches). */
  adapters?: readonly Poster[];
  log: Logger;
  /** Slots missed within this many hours (bot down) are posted once, late (config.catchUpHours). */
  catchUpHours: number;
  now?: () => Date;
  /**
   * Names this process in the run log. Claims of the same instance found unfinished at start
   * were left by a crash; other instances' claims are taken over only when their lease ends.
   */
  instanceId?: string;
  /** Stories per digest (default 5). */
  digestSize?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
  /** Posts in flight at once on every platform (default: per platform, see pacer.ts). */
  concurrency?: number;
  /** Pace per platform (posts in flight, spacing per channel), over the defaults of pacer.ts. */
  paces?: Record<string, Partial<PlatformPace>>;
  /** The digest planner (shared with /digest so both use one cache); default: one over `store.articles`. */
  planner?: DigestPlanner;
  /** How long a claim is held before another instance may take it over (default 10 min). */
  leaseMs?: number;
  /** A slot posted later than this after its time is marked late (default 2 min). */
  lateAfterMs?: number;
  /** Times a crash-left claim is taken over before it is recorded failed (default 5). */
  maxTakeovers?: number;
}

export interface TickReport {
  /** Slots claimed and posted (or found already posted) by this tick, as `subscriptionId@slot`. */
  posted: string[];
  failed: string[];
  skipped: string[];
}

const MINUTE = 60_000;

export class DigestScheduler {
  private readonly store: Store;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly owner: string;
  private readonly size: number;
  private readonly windowMs: number;
  private readonly maxTakeovers: number;
  private readonly ctx: DeliveryContext;
  /** Every digest goes out through the router; a platform with no poster running here waits. */
  private readonly router: DeliveryRouter;
  private readonly inFlight = new Map<string, Promise<DeliveryOutcome>>();
  private readonly schedules = new Map<string, Schedule | null>();
  /** Per subscription: nothing new can be due before `until` (saves slot arithmetic every minute). */
  private readonly quiet = new Map<number, { key: string; from: number; until: number }>();
  private readonly stopping = new AbortController();
  private planning: Promise<unknown> = Promise.resolve();
  private task: ScheduledTask | null = null;
  private started = false;
  /** True once started live: ticks also run when another instance's lease ends (see wakeAt). */
  private live = false;
  /** The pending wake-up for other instances' leases, and when it fires. */
  private wake: { timer: NodeJS.Timeout; at: number } | null = null;

  constructor(opts: SchedulerOptions) {
    this.store = opts.store;
    this.log = opts.log.child({ component: 'scheduler' });
    this.now = opts.now ?? (() => new Date());
    this.owner = opts.instanceId ?? 'newsbrief';
    this.size = opts.digestSize ?? 5;
    this.maxTakeovers = opts.maxTakeovers ?? 5;
    const lateAfterMs = opts.lateAfterMs ?? 2 * MINUTE;
    this.windowMs = Math.max(opts.catchUpHours * 3_600_000, lateAfterMs);
    this.router = opts.router ?? routerFor(...(opts.adapters ?? []));
    const paces: Record<string, Partial<PlatformPace>> = {};
    for (const a of this.router.posters()) paces[a.platform] = { ...(opts.concurrency ? { concurrency: opts.concurrency } : {}), ...opts.paces?.[a.platform] };
    const sleep = opts.sleep ?? realSleep;
    const pacer = new Pacer(paces, () => this.now().getTime(), (ms) => sleep(ms, this.stopping.signal));
    this.ctx = {
      store: opts.store,
      owner: this.owner,
      now: this.now,
      log: this.log,
      retry: { ...DEFAULT_RETRY, ...opts.retry },
      sleep,
      leaseMs: opts.leaseMs ?? 10 * MINUTE,
      lateAfterMs,
      planner: opts.planner ?? new DigestPlanner(opts.store.articles, { log: this.log, signatures: opts.store.signatures }),
      stopping: this.stopping.signal,
      attempt: (platform, channelId, task, o) => pacer.run(platform, channelId, task, o),
    };
  }

  /** Catch up (crash-left claims, slots missed while down), then tick at the start of every minute. */
  async start(opts: { live?: boolean } = {}): Promise<TickReport> {
    this.started = true;
    this.live = opts.live !== false;
    const report = await this.tick();
    if (opts.live !== false && !this.stopping.signal.aborted) {
      // Overlapping ticks are allowed (noOverlap: false): a slow tick must not hold back the next minute's slots.
      this.task = cron.schedule('* * * * *', () => void this.tick().catch((e: unknown) => this.log.error({ err: e }, 'tick failed')), {
        name: 'newsbrief-digests',
        noOverlap: false,
      });
    }
    return report;
  }

  /** Stop taking slots, let posts in flight finish (backoff waits end at once), then resolve. */
  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.wake) clearTimeout(this.wake.timer);
    this.wake = null;
    if (this.task) await this.task.destroy();
    this.task = null;
    await this.planning.catch(() => undefined);
    await Promise.allSettled([...this.inFlight.values()]);
    if (this.started) this.log.info('scheduler stopped');
  }

  /** Posts in flight now (for tests and shutdown logs). */
  get busy(): number {
    return this.inFlight.size;
  }

  /**
   * Find and post everything due at `now`; resolves when this tick's posts are done. Ticks
   * may overlap (a slow post does not hold up the next minute): claims keep them apart.
   */
  async tick(now: Date = this.now()): Promise<TickReport> {
    const report: TickReport = { posted: [], failed: [], skipped: [] };
    const started: Promise<void>[] = [];
    const plan = this.planning.then(() => this.plan(now, report, started));
    this.planning = plan.catch(() => undefined);
    await plan;
    await Promise.all(started);
    return report;
  }

  private schedule(sub: Subscription): Schedule | null {
    const key = sub.schedule;
    if (!this.schedules.has(key)) {
      try {
        this.schedules.set(key, parseSchedule(key));
      } catch (e) {
        this.log.error({ subscription: sub.id, schedule: key, err: (e as Error).message }, 'stored schedule is invalid');
        this.schedules.set(key, null);
      }
    }
    return this.schedules.get(key) ?? null;
  }

  /** Claims happen here, one tick at a time; posting runs concurrently afterwards. */
  private async plan(now: Date, report: TickReport, started: Promise<void>[]): Promise<void> {
    if (this.stopping.signal.aborted) return;
    const subs = new Map((await this.store.subscriptions.list()).map((s) => [s.id, s]));
    const launch = (sub: Subscription, run: DigestRun, adapter: Poster, retry: boolean, key: string) => {
      const p = deliver(this.ctx, sub, run, adapter, retry).catch((e: unknown) => {
        this.log.error({ err: e, subscription: sub.id, slot: run.slot }, 'digest delivery crashed');
        return 'failed' as const;
      });
      this.inFlight.set(key, p);
      started.push(
        p.then((outcome) => {
          this.inFlight.delete(key);
          const id = `${sub.id}@${run.slot}`;
          if (outcome === 'posted' || outcome === 'already-posted') report.posted.push(id);
          else if (outcome === 'failed') report.failed.push(id);
        }),
      );
    };

    // 1. Claims left unfinished: by a crash of this instance, or by another whose lease ran out.
    let othersHold = false;
    for (const run of await this.store.runs.unfinished()) {
      const key = `${run.subscriptionId}@${run.slot}`;
      if (this.inFlight.has(key)) continue;
      const sub = subs.get(run.subscriptionId);
      const adapter = sub ? this.router.posterFor(sub.platform) : undefined;
      if (sub && !adapter) continue; // its platform is not running here: leave it for later
      const crashLeft = run.owner === this.owner || Date.parse(run.leaseUntil) <= now.getTime();
      if (!crashLeft) {
        othersHold = true;
        continue;
      }
      const leaseUntil = new Date(now.getTime() + this.ctx.leaseMs).toISOString();
      if (!(await this.store.runs.takeOver(run, this.owner, leaseUntil))) continue;
      const expired = Date.parse(run.slot) < now.getTime() - this.windowMs;
      const why = !sub
        ? 'unsubscribed before it could be posted'
        : expired
          ? 'older than the catch-up window when the bot came back'
          : run.attempts >= this.maxTakeovers
            ? `gave up after ${run.attempts} interrupted attempts`
            : null;
      if (why || !sub || !adapter) {
        await this.store.runs.finish(run.subscriptionId, run.slot, this.owner, 'failed', why, now);
        this.log.warn({ subscription: run.subscriptionId, slot: run.slot, reason: why }, 'unfinished digest dropped');
        report.failed.push(key);
        continue;
      }
      this.log.info({ subscription: sub.id, slot: run.slot, previousOwner: run.owner }, 'resuming an interrupted digest');
      launch(sub, { ...run, owner: this.owner, leaseUntil }, adapter, true, key);
    }

    // 2. The latest slot due for each subscription, within the catch-up window. Planning gives
    // the event loop back every few milliseconds, so commands are answered and the digests
    // already planned are posting while the rest are planned.
    const yielder = new Yielder();
    // Slot arithmetic (croner) costs milliseconds a call; channels sharing a schedule, zone
    // and window share the answer within a tick.
    const slots = new Map<string, Date | null>();
    for (const sub of subs.values()) {
      await yielder.maybe();
      if (this.stopping.signal.aborted) return;
      try {
        if ((await this.claimDue(sub, now, report, launch, slots)) === 'taken') othersHold = true;
      } catch (e) {
        // One bad subscription never stops the others.
        this.log.error({ err: e, subscription: sub.id }, 'could not schedule a digest');
      }
    }

    // 3. Claims other instances hold: look again when the first of their leases ends, so a
    // dead instance's digests resume a lease after it died, not at the next minute after that.
    if (othersHold && this.live) await this.wakeForLeases(subs);
  }

  /** Wake up (one tick) when the earliest lease of another instance's claim we could take over ends. */
  private async wakeForLeases(subs: Map<number, Subscription>): Promise<void> {
    let first = Infinity;
    for (const run of await this.store.runs.unfinished()) {
      if (run.owner === this.owner) continue;
      const sub = subs.get(run.subscriptionId);
      if (sub && !this.router.has(sub.platform)) continue;
      first = Math.min(first, Date.parse(run.leaseUntil));
    }
    if (Number.isFinite(first)) this.wakeAt(first);
  }

  private wakeAt(at: number): void {
    if (this.stopping.signal.aborted || (this.wake && this.wake.at <= at)) return;
    if (this.wake) clearTimeout(this.wake.timer);
    // A little after the lease's end, so the takeover's `leaseUntil <= now` holds; a lease the
    // owner renewed meanwhile is found in that tick, which sets the next wake-up.
    const timer = setTimeout(
      () => {
        this.wake = null;
        void this.tick().catch((e: unknown) => this.log.error({ err: e }, 'tick failed'));
      },
      Math.max(0, at - this.now().getTime()) + 100,
    );
    // The minute task keeps the process alive; a wake-up never does on its own.
    timer.unref();
    this.wake = { timer, at };
  }

  private async claimDue(
    sub: Subscription,
    now: Date,
    report: TickReport,
    launch: (sub: Subscription, run: DigestRun, adapter: Poster, retry: boolean, key: string) => void,
    slots: Map<string, Date | null> = new Map(),
  ): Promise<'taken' | void> {
    const adapter = this.router.posterFor(sub.platform);
    const schedule = this.schedule(sub);
    if (!adapter || !schedule) return;
    const t = now.getTime();
    const quietKey = `${sub.schedule}|${sub.timeZone}|${sub.since}`;
    const q = this.quiet.get(sub.id);
    if (q && q.key === quietKey && t >= q.from && t < q.until) return;
    const from = new Date(Math.max(Date.parse(sub.since), t - this.windowMs));
    const memo = (key: string, f: () => Date | null): Date | null => {
      if (!slots.has(key)) slots.set(key, f());
      return slots.get(key) ?? null;
    };
    const zone = `${sub.schedule}|${sub.timeZone}`;
    const due = memo(`due|${zone}|${from.getTime()}|${t}`, () => latestSlot(schedule, sub.timeZone, from, now));
    const handled = (): void => {
      this.quiet.set(sub.id, { key: quietKey, from: t, until: memo(`next|${zone}|${t}`, () => nextSlot(schedule, sub.timeZone, now))?.getTime() ?? Infinity });
    };
    if (!due) return handled();
    const slot = slotId(due);
    const key = `${sub.id}@${slot}`;
    if (this.inFlight.has(key) || (await this.store.runs.get(sub.id, slot))) return handled();

    const plan = await this.ctx.planner.plan({ top: this.size, unsentTo: channelKey(sub.platform, sub.channelId), keep: keepBriefing(sub.filter) });
    const late = now.getTime() - due.getTime() > this.ctx.lateAfterMs;
    const leaseUntil = new Date(now.getTime() + this.ctx.leaseMs).toISOString();
    const claim = { subscriptionId: sub.id, slot, owner: this.owner, leaseUntil, articleIds: plan.articleIds, more: plan.more, late };
    const claimed = await this.store.runs.claim(claim, now);
    handled();
    if (!claimed) return 'taken'; // someone else has this slot
    if (!plan.articleIds.length) {
      // Nothing new: recorded, not posted (an empty digest every morning is noise).
      await this.store.runs.finish(sub.id, slot, this.owner, 'skipped', null, now);
      report.skipped.push(key);
      return;
    }
    const run = claimedRun(claim, now);
    launch(sub, run, adapter, false, key);
  }
}
