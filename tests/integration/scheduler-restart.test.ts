/**
 * Exactly once across a crash: a scheduler child process posting digests against a real
 * SQLite file is killed with SIGKILL in the middle of its run, at a moment when the fake
 * platform has accepted a post the process never heard back about, and is started again.
 * Every channel ends up with exactly one digest (Discord-style nonce and Slack-style history
 * metadata), and the run log and sent record agree.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TickReport } from '../../src/scheduler/scheduler.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { FakePlatformServer, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { seedArticles } from '../fakes/scheduler-rig.ts';
import { spawnWorker } from '../helpers/worker.ts';

const WORKER = path.resolve(import.meta.dirname, 'support/scheduler-worker.ts');
const SLOT = '2026-06-01T07:00:00.000Z';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

const runWorker = (env: Record<string, string>) => spawnWorker<TickReport>([WORKER], env, cleanup);

async function setup(channels: { platform: string; id: string }[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-restart-'));
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const db = path.join(dir, 'data', 'newsbrief.db');
  const store = createSqliteStore(db);
  await seedArticles(store, 12);
  const at = new Date('2026-06-01T06:00:00Z');
  for (const c of channels) {
    await store.subscriptions.upsert({ platform: c.platform, channelId: c.id, guildId: null, schedule: '0 7 * * *', timeZone: 'UTC', createdBy: 'u' }, at);
  }
  await store.close();
  const state = new FakePlatformState();
  const server = new FakePlatformServer(state);
  const url = await server.start();
  cleanup.push(() => server.close());
  return { db, state, env: { NB_DB: db, NB_PLATFORM_URL: url, NB_NOW: SLOT } };
}

/** Run a worker until the platform holds an accepted post, then SIGKILL it. */
async function killAfterAccept(state: FakePlatformState, env: Record<string, string>, holdAfter: number): Promise<void> {
  state.holdAfter = holdAfter;
  const held = new Promise<void>((resolve) => state.once('held', () => resolve()));
  const { child, done } = runWorker(env);
  const first = await Promise.race([held.then(() => 'held' as const), done]);
  expect(first, typeof first === 'object' ? first.stderr : '').toBe('held');
  child.kill('SIGKILL');
  const exit = await done;
  expect(exit.signal).toBe('SIGKILL');
  state.holdAfter = null;
}

describe('restart during a digest run (real SQLite file, child process killed with SIGKILL)', () => {
  for (const platform of ['discord', 'slack'] as const) {
    it(`does not post again a digest the platform accepted before the process recorded it (${platform})`, async () => {
      const { db, state, env } = await setup([{ platform, id: 'news' }]);
      await killAfterAccept(state, env, 1);
      expect(state.posts.length).toBe(1);

      const again = await runWorker({ ...env, NB_NOW: '2026-06-01T07:02:00.000Z' }).done;
      expect(again.code, again.stderr).toBe(0);
      expect(again.report?.posted.length).toBe(1);
      expect(state.channel('news').length).toBe(1);
      expect(platform === 'discord' ? state.nonceHits : state.historyHits).toBe(1);

      const store = createSqliteStore(db);
      const sub = (await store.subscriptions.get(platform, 'news'))!;
      expect(await store.runs.get(sub.id, SLOT)).toMatchObject({ status: 'posted', attempts: 2 });
      expect(await store.sent.count(`${platform}:news`)).toBe(state.channel('news')[0].message.articleIds!.length);
      await store.close();
    });
  }

  it('neither loses nor repeats a digest when killed in the middle of posting 24 channels', async () => {
    const channels = Array.from({ length: 24 }, (_, i) => ({ platform: i % 2 ? 'slack' : 'discord', id: `ch${i}` }));
    const { db, state, env } = await setup(channels);
    await killAfterAccept(state, env, 9);
    const beforeRestart = state.posts.length;
    expect(beforeRestart).toBeGreaterThanOrEqual(9);
    expect(beforeRestart).toBeLessThan(24);

    const again = await runWorker({ ...env, NB_NOW: '2026-06-01T07:01:00.000Z' }).done;
    expect(again.code, again.stderr).toBe(0);
    // Every channel got its digest, once.
    for (const c of channels) expect(state.channel(c.id).length, c.id).toBe(1);
    expect(state.posts.length).toBe(24);
    // The posts the killed process never heard back about were found, not repeated.
    expect(state.nonceHits + state.historyHits).toBeGreaterThanOrEqual(1);

    const store = createSqliteStore(db);
    expect(await store.runs.unfinished()).toEqual([]);
    for (const sub of await store.subscriptions.list()) {
      const run = await store.runs.get(sub.id, SLOT);
      expect(run?.status).toBe('posted');
      expect(await store.sent.count(`${sub.platform}:${sub.channelId}`)).toBe(run!.articleIds.length);
    }
    await store.close();

    // A third start has nothing left to do.
    const third = await runWorker({ ...env, NB_NOW: '2026-06-01T07:05:00.000Z' }).done;
    expect(third.report).toEqual({ posted: [], failed: [], skipped: [] });
    expect(state.posts.length).toBe(24);
  });
});
