/**
 * A scheduler process for the restart tests: opens the SQLite file, starts the scheduler at a
 * fixed clock (catching up and resuming what a killed predecessor left), posts to the fake
 * platform over HTTP, prints its report as one JSON line and exits.
 *
 * Environment: NB_DB (SQLite file), NB_PLATFORM_URL, NB_NOW (ISO time), NB_CONCURRENCY.
 */
import { pino } from 'pino';
import { DigestScheduler } from '../../../src/scheduler/scheduler.ts';
import { createSqliteStore } from '../../../src/store/sqlite.ts';
import { HttpFakeAdapter } from '../../fakes/dedupe-platform.ts';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

const store = createSqliteStore(env('NB_DB'));
const now = new Date(env('NB_NOW'));
const url = env('NB_PLATFORM_URL');
const scheduler = new DigestScheduler({
  store,
  adapters: [new HttpFakeAdapter('discord', url, 'nonce'), new HttpFakeAdapter('slack', url, 'history')],
  log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  catchUpHours: 6,
  now: () => now,
  concurrency: Number(process.env.NB_CONCURRENCY ?? 4),
});
const report = await scheduler.start({ live: false });
await scheduler.stop();
await store.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
