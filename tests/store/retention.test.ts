/**
 * Retention as the app runs it: at start-up, feed articles older than NEWSBRIEF_RETENTION_DAYS
 * leave the library; 0 keeps everything; a bad value is named in the configuration error.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import type { Article } from '../../src/core/types.ts';
import { createMemoryStore } from '../../src/store/memory.ts';
import { startRetention } from '../../src/store/retention.ts';
import { makeArticle } from '../helpers/article.ts';

const NOW = new Date('2026-04-01T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

function story(id: string): Article {
  return makeArticle({ id, title: `Story ${id}`, text: `What happened in ${id}. More of it.` });
}

async function library() {
  const store = createMemoryStore();
  const feed = await store.feeds!.addFeed({ scope: 's', platform: 'slack', guildId: 'T', channelId: 'C', url: 'https://f.example/rss', title: null, addedBy: null, nextPollAt: NOW.toISOString() }, NOW);
  for (const [id, age] of [['old', 45], ['fresh', 5]] as const) {
    await store.articles.put(story(id), daysAgo(age));
    await store.feeds!.markSeen(feed.id, { key: id, contentHash: id, articleId: id }, daysAgo(age));
  }
  await store.articles.put(story('from-a-file'), daysAgo(400));
  return store;
}

describe('retention', () => {
  it('removes feed articles past NEWSBRIEF_RETENTION_DAYS at start-up (default 30)', async () => {
    const store = await library();
    const { retentionDays } = parseConfig({});
    expect(retentionDays).toBe(30);
    const r = startRetention({ articles: store.articles, days: retentionDays, log: pino({ level: 'silent' }), now: () => NOW });
    expect(await r.done).toBe(1);
    await r.stop();
    expect((await store.articles.list()).map((a) => a.id).sort()).toEqual(['fresh', 'from-a-file']);
  });

  it('keeps everything with 0, and names a bad value', async () => {
    const store = await library();
    const r = startRetention({ articles: store.articles, days: parseConfig({ NEWSBRIEF_RETENTION_DAYS: '0' }).retentionDays, log: pino({ level: 'silent' }), now: () => NOW });
    expect(await r.done).toBe(0);
    await r.stop();
    expect(await store.articles.count()).toBe(3);
    expect(() => parseConfig({ NEWSBRIEF_RETENTION_DAYS: 'a month' })).toThrow(/NEWSBRIEF_RETENTION_DAYS: expected a whole number from 0 to 36500, got "a month"/);
  });
});
