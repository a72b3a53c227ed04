/**
 * Live alerts lose nothing to a crash between a poll storing its stories and the alert engine
 * recording its decisions for them. The real `npm start` entry (src/main.ts, the console
 * platform, a real SQLite file) polls a feed served on 127.0.0.1 and is killed with SIGKILL
 * right after the poll has stored and marked seen its stories, before the engine has decided
 * anything (tests/integration/support/die-before-alerts.ts). Started again, without the feed
 * due for another poll, it posts the followed story exactly once, and not the story that only
 * mentions the topic in passing. Before the pending-alert marks (src/store: alert_pending),
 * the restart posted nothing: the stories were seen, so no poll would ever bring them back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alertKey } from '../../src/alerts/keys.ts';
import { CONSOLE_CHANNEL } from '../../src/adapters/console/index.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { feedScope } from '../../src/store/types.ts';
import { GOLD, rss, WHEAT } from '../e2e/alert-feeds.ts';
import { startSite } from '../fakes/http-site.ts';
import { spawnWorker } from '../helpers/worker.ts';

const DIE = path.resolve(import.meta.dirname, 'support/die-before-alerts.ts');

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

/** `npm start` on the console with this database: no platform token, feeds on loopback allowed. */
function start(db: string, preload: string[]) {
  const env = { NEWSBRIEF_DB: db, NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '' };
  return spawnWorker([...preload, 'src/main.ts'], env, cleanup);
}

/** The alerts printed in the console channel (a post under a `[#console]` line) with this headline. */
const alertsOf = (stdout: string, title: string) => stdout.split(`[#${CONSOLE_CHANNEL}]`).slice(1).filter((post) => post.trimStart().split('\n')[0] === `## ${title}`).length;

describe('a crash between storing a poll and deciding its alerts (npm start, SQLite, SIGKILL)', () => {
  it('the restarted bot posts the followed story exactly once, and the passing mention not at all', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-alerts-crash-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const db = path.join(dir, 'newsbrief.db');
    // Without links: short items would have their pages fetched (and the fetcher loaded) for nothing.
    const site = await startSite();
    cleanup.push(() => site.close());
    site.serve('/wire.xml', rss('Example Wire', [GOLD, WHEAT]).replace(/<link>[^<]*<\/link>/g, ''), 'application/rss+xml');

    // The console follows Kyrgyzstan and a feed that is due now (as /sources add and /follow would leave them).
    const now = new Date();
    const seed = createSqliteStore(db);
    const feed = await seed.feeds!.addFeed(
      { scope: feedScope('console', CONSOLE_CHANNEL, CONSOLE_CHANNEL), platform: 'console', guildId: CONSOLE_CHANNEL, channelId: CONSOLE_CHANNEL, url: `${site.origin}/wire.xml`, title: 'Example Wire', addedBy: 'console', nextPollAt: now.toISOString() },
      now,
    );
    await seed.alerts!.follow({ platform: 'console', channelId: CONSOLE_CHANNEL, guildId: CONSOLE_CHANNEL, topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'console' }, now);
    await seed.close();

    const first = await start(db, ['--import', DIE]).done;
    expect(first.signal, first.stderr).toBe('SIGKILL');
    expect(site.hits('/wire.xml')).toHaveLength(1);
    expect(alertsOf(first.stdout, GOLD.title)).toBe(0);
    // Killed after the poll: both stories stored and seen, no alert decided.
    const between = createSqliteStore(db);
    const goldId = (await between.articles.search('opens a gold mine at Kumtor', 1))[0]?.id;
    expect(goldId).toBeDefined();
    expect(await between.feeds!.isSeen(feed.id, 'guid:gold', 'none')).toBe(true);
    expect(await between.alerts!.get(alertKey('console', CONSOLE_CHANNEL, goldId!))).toBeNull();
    await between.close();

    const second = start(db, []);
    let printed = '';
    second.child.stdout!.on('data', (c: Buffer) => (printed += c.toString()));
    await expect.poll(() => alertsOf(printed, GOLD.title), { timeout: 20_000, interval: 100 }).toBe(1);
    second.child.stdin!.end(); // end of console input: the bot stops cleanly
    const again = await second.done;
    expect(again.code, again.stderr).toBe(0);
    expect(alertsOf(again.stdout, GOLD.title)).toBe(1);
    expect(alertsOf(again.stdout, WHEAT.title)).toBe(0);
    expect(again.stdout).toContain('**Topic:** Kyrgyzstan');
    // Not polled again (the feed is not due): the alert came from the story the killed bot stored.
    expect(site.hits('/wire.xml')).toHaveLength(1);

    const after = createSqliteStore(db);
    expect((await after.alerts!.get(alertKey('console', CONSOLE_CHANNEL, goldId!)))?.status).toBe('posted');
    expect(await after.feeds!.pendingAlerts!(new Date(Date.now() + 60_000), 10)).toEqual([]);
    await after.close();
  });
});
