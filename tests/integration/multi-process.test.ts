/**
 * Several bot processes on one database (the probe of issue 15): two scheduler processes with
 * their own instance ids run against the same store while a rate-limited fake Slack makes posts
 * slow. Each slot is posted once: the second process leaves the first one's live claims alone,
 * and takes one over, with the same dedupe key, only after its lease has expired. On SQLite a
 * second `npm start` on the same file is refused in one line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestScheduler, type TickReport } from '../../src/scheduler/scheduler.ts';
import { lockSqliteFile } from '../../src/store/sqlite-lock.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { FakePlatformServer, FakePlatformState, HttpFakeAdapter } from '../fakes/dedupe-platform.ts';
import { seedArticles } from '../fakes/scheduler-rig.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { spawnWorker } from '../helpers/worker.ts';

const WORKER = path.resolve(import.meta.dirname, 'support/scheduler-worker.ts');
const SLOT = '2026-06-01T07:00:00.000Z';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

const spawnTracked = (args: string[], env: Record<string, string>) => spawnWorker<TickReport>(args, env, cleanup);

const worker = (env: Record<string, string>) => spawnTracked([WORKER], { NB_FAST_RETRY: '1', ...env });

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * One scheduler tick as support/scheduler-worker.ts runs it, but in this process on its own
 * connection to the store: what another process's tick does to the database, without the
 * seconds a process start costs on a loaded machine (the killed owner is still a real process).
 */
async function tickHere(db: string, url: string, at: string, instanceId: string, leaseMs: number): Promise<TickReport> {
  const store = await openStore(db);
  try {
    const now = new Date(at);
    const scheduler = new DigestScheduler({
      store,
      adapters: [new HttpFakeAdapter('discord', url, 'nonce'), new HttpFakeAdapter('slack', url, 'history')],
      log: pino({ level: 'silent' }),
      catchUpHours: 6,
      now: () => now,
      instanceId,
      leaseMs,
      concurrency: 4,
    });
    const report = await scheduler.start({ live: false });
    await scheduler.stop();
    return report;
  } finally {
    await store.close();
  }
}

async function setup(db: string, channels: string[]): Promise<{ state: FakePlatformState; url: string; store: Store }> {
  const store = await openStore(db);
  cleanup.push(() => store.close());
  await seedArticles(store, 8);
  const at = new Date('2026-06-01T06:00:00Z');
  for (const id of channels) {
    await store.subscriptions.upsert({ platform: 'slack', channelId: id, guildId: null, schedule: '0 7 * * *', timeZone: 'UTC', createdBy: 'u' }, at);
  }
  const state = new FakePlatformState();
  const server = new FakePlatformServer(state);
  const url = await server.start();
  cleanup.push(() => server.close());
  return { state, url, store };
}

for (const [name, backend] of storeBackends({ memory: false })) describe.skipIf(backend.skip)(`two bot processes on one ${name} store`, () => {
  it('post each digest slot once while a rate-limited platform makes the posts slow', async () => {
    const db = await backend.target();
    const channels = Array.from({ length: 6 }, (_, i) => `news${i}`);
    const { state, url, store } = await setup(db, channels);
    // Every channel answers 429 (Retry-After 300 ms) three times before accepting a post.
    for (const c of channels) state.failNext(c, 429, 3, 300);
    const env = { NB_DB: db, NB_PLATFORM_URL: url, NB_NOW: SLOT, NB_CONCURRENCY: '6' };

    const a = worker({ ...env, NB_INSTANCE: 'proc-a' });
    // The second process starts while the first one's claims are in flight.
    await until('the first process to claim', async () => (await store.runs.unfinished()).length > 0);
    const b = worker({ ...env, NB_INSTANCE: 'proc-b' });
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);

    for (const c of channels) expect(state.channel(c).length, c).toBe(1);
    expect(state.posts.length).toBe(channels.length);
    // The second process took nothing over from a live owner.
    expect(rb.report?.posted).toEqual([]);
    expect([...ra.report!.posted, ...rb.report!.posted].length).toBe(channels.length);
    for (const sub of await store.subscriptions.list()) {
      expect(await store.runs.get(sub.id, SLOT)).toMatchObject({ status: 'posted', owner: 'proc-a', attempts: 1 });
    }
  });

  it('take over a killed process claim only after its lease expired, with the same dedupe key', async () => {
    const db = await backend.target();
    const { state, url, store } = await setup(db, ['desk']);
    const env = { NB_DB: db, NB_PLATFORM_URL: url, NB_LEASE_MS: '60000' };
    // The platform accepts the post, and the process is killed before it hears back.
    state.holdAfter = 1;
    const held = new Promise<void>((resolve) => state.once('held', () => resolve()));
    const a = worker({ ...env, NB_NOW: SLOT, NB_INSTANCE: 'proc-a' });
    await held;
    a.child.kill('SIGKILL');
    expect((await a.done).signal).toBe('SIGKILL');
    state.holdAfter = null;

    // Half a minute later the lease is still live: another instance leaves the claim alone.
    const early = await tickHere(db, url, '2026-06-01T07:00:30.000Z', 'proc-b', 60_000);
    expect(early).toEqual({ posted: [], failed: [], skipped: [] });
    const sub = (await store.subscriptions.get('slack', 'desk'))!;
    expect(await store.runs.get(sub.id, SLOT)).toMatchObject({ status: 'claimed', owner: 'proc-a', attempts: 1 });

    // After the lease: taken over, and the retry finds the post the platform already has.
    const late = await tickHere(db, url, '2026-06-01T07:01:30.000Z', 'proc-c', 60_000);
    expect(late.posted).toEqual([`${sub.id}@${SLOT}`]);
    expect(state.channel('desk').length).toBe(1);
    expect(state.historyHits).toBe(1);
    expect(await store.runs.get(sub.id, SLOT)).toMatchObject({ status: 'posted', owner: 'proc-c', attempts: 2 });
  });
});

describe('two `npm start` processes on one SQLite file', () => {
  it('refuses the second at start, in one line, and lets the first run on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-lock-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const env = { NEWSBRIEF_DB: path.join(dir, 'newsbrief.db'), NEWSBRIEF_BRIEFINGS: path.join(dir, 'empty'), LOG_LEVEL: 'silent', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' };
    fs.mkdirSync(env.NEWSBRIEF_BRIEFINGS);
    // The first runs the console adapter and keeps running while its input stays open.
    const first = spawnTracked(['src/main.ts'], env);
    await until('the first process to hold the database', async () => fs.existsSync(`${env.NEWSBRIEF_DB}.lock`) && fs.existsSync(env.NEWSBRIEF_DB), 30_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(first.child.exitCode).toBeNull();

    const second = spawnTracked(['src/main.ts'], env);
    second.child.stdin!.end();
    const exit = await second.done;
    expect(exit.code).not.toBe(0);
    const lines = exit.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/another newsbrief process is already running on .*newsbrief\.db: SQLite serves one process/);

    // The first still answers, then exits at the end of its input; the file is free again.
    first.child.stdin!.end('/help\n');
    const firstExit = await first.done;
    expect(firstExit.code, firstExit.stderr).toBe(0);
    expect(firstExit.stdout).toMatch(/\/brief/);
    // Free: the lock a third process would take is granted (taken here, not by a third process start).
    lockSqliteFile(env.NEWSBRIEF_DB).release();
  }, 120_000);
});
