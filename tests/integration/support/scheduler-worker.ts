/**
 * One scheduler process of the restart and multi-process tests: opens the store NB_DB names (a
 * SQLite file or a postgres:// URL, as NEWSBRIEF_DB would), runs one scheduler tick at a fixed
 * clock (catching up and resuming what a killed predecessor left), posts to the fake platform
 * over HTTP, prints its report as one JSON line and exits.
 *
 * Environment: NB_DB, NB_PLATFORM_URL, NB_NOW (ISO time), NB_CONCURRENCY; for several processes
 * on one store also NB_INSTANCE (instance id; default the bot's), NB_LEASE_MS (claim lease) and
 * NB_FAST_RETRY (short backoff where the fake platform gives no Retry-After).
 */
import { pino } from 'pino';
import { DigestScheduler } from '../../../src/scheduler/scheduler.ts';
import { openStore } from '../../../src/store/open.ts';
import { HttpFakeAdapter } from '../../fakes/dedupe-platform.ts';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const store = await openStore(env('NB_DB'));
const now = new Date(env('NB_NOW'));
const url = env('NB_PLATFORM_URL');
const scheduler = new DigestScheduler({
  store,
  adapters: [new HttpFakeAdapter('discord', url, 'nonce'), new HttpFakeAdapter('slack', url, 'history')],
  log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  catchUpHours: 6,
  now: () => now,
  instanceId: process.env.NB_INSTANCE || undefined,
  leaseMs: process.env.NB_LEASE_MS ? Number(process.env.NB_LEASE_MS) : undefined,
  // Retry-After from the fake platform is honoured; backoff without one stays short in tests.
  retry: process.env.NB_FAST_RETRY ? { maxAttempts: 10, baseDelayMs: 50, maxDelayMs: 2_000 } : undefined,
  concurrency: Number(process.env.NB_CONCURRENCY ?? 4),
});
const report = await scheduler.start({ live: false });
await scheduler.stop();
await store.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
