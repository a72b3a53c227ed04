/**
 * The floor of a feed poll cycle, stage by stage on one thread (docs/feeds-speed.md, session
 * 9): reading the bench's 500 feeds, building their 5,000 articles and stored rows, and the
 * SQL of storing them (400 per transaction, no write thread). What no arrangement of threads
 * avoids; compare with bench-feeds.ts's raw GETs and first cycle.
 *
 *   npx tsx scripts/bench-feeds-floor.ts [feeds]        (BENCH_FLOOR_NO_WORDS=1: titles' words left out)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeedText } from '../src/sources/feed-parse.ts';
import type { ParsedFeed } from '../src/sources/feed-types.ts';
import { itemArticle } from '../src/sources/to-article.ts';
import { articleRow } from '../src/store/article-row.ts';
import { putArticleRows } from '../src/store/sqlite-articles.ts';
import { markSeenRows } from '../src/store/sqlite-feeds.ts';
import { createSqliteStore } from '../src/store/sqlite.ts';
import { feedScope } from '../src/store/types.ts';
import { feedXml } from './bench-feeds.ts';

const ROUNDS = 3;
const BATCH = 400;

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function round(docs: string[]): Promise<{ readMs: number; buildMs: number; storeMs: number }> {
  let t = cpuMs();
  const feeds: ParsedFeed[] = [];
  for (const [i, doc] of docs.entries()) feeds.push(await parseFeedText(doc, `http://bench/feed/${i}.xml`));
  const readMs = cpuMs() - t;
  t = cpuMs();
  const built = feeds.flatMap((f, i) =>
    f.items.map((item) => {
      const article = itemArticle(item, f.title);
      const row = articleRow(article);
      return { feed: i, item, row: process.env.BENCH_FLOOR_NO_WORDS ? { ...row, words: '' } : row };
    }),
  );
  const buildMs = cpuMs() - t;
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-floor-'));
  const store = createSqliteStore(join(dir, 'floor.db'), { writeThread: false });
  try {
    const now = new Date('2024-03-05T12:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < docs.length; i++) {
      const f = await store.feeds!.addFeed({ scope: feedScope('console', 'g', 'c'), platform: 'console', guildId: 'g', channelId: 'c', url: `http://bench/feed/${i}.xml`, title: null, addedBy: 'bench', nextPollAt: now.toISOString() }, now);
      ids.push(f.id);
    }
    const { db } = store;
    t = cpuMs();
    for (let b = 0; b < built.length; b += BATCH) {
      const part = built.slice(b, b + BATCH);
      db.transaction(() => putArticleRows(db, part.map(() => null), now, part.map((p) => p.row))).immediate();
      db.transaction(() => markSeenRows(db, part.map((p) => ({ feedId: ids[p.feed], key: p.item.key, contentHash: p.item.contentHash, articleId: p.row.id })), now)).immediate();
    }
    return { readMs, buildMs, storeMs: cpuMs() - t };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 500);
  const docs = Array.from({ length: n }, (_, i) => feedXml(i));
  for (let r = 0; r < ROUNDS; r++) {
    const c = await round(docs);
    console.log(`round ${r + 1}: reading ${c.readMs.toFixed(0)} ms, building ${c.buildMs.toFixed(0)} ms, storing ${c.storeMs.toFixed(0)} ms of CPU (${n} feeds, ${process.env.BENCH_FLOOR_NO_WORDS ? 'no title words' : 'with title words'})`);
  }
}
