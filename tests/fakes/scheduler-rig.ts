/**
 * Helpers for scheduler tests: distinct test articles, a fake clock, and a quiet logger.
 */
import { pino, type Logger } from 'pino';
import type { Article } from '../../src/core/types.ts';
import type { Store } from '../../src/store/types.ts';
import { makeArticle } from '../helpers/article.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'po', 'qua', 'dre', 'fin', 'gor', 'hul', 'jex'];

/** A made-up word unique to `n` and `salt`, so no two test stories look alike. */
function word(n: number, salt: number): string {
  let s = '';
  let x = n * 7919 + salt * 104729 + 13;
  for (let i = 0; i < 4; i++) {
    s += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length) + i * 31;
  }
  return `${s}${n}`;
}

/** A distinct story: its own title words and sentences. */
export function testArticle(n: number, publishedAt: string | null = null): Article {
  const w = (k: number) => word(n, k);
  return makeArticle({
    id: `story-${n}`,
    title: `${w(1)} ${w(2)} ${w(3)} report`,
    text:
      `The ${w(4)} council approved the ${w(5)} plan on Monday after a long debate. ` +
      `Officials said the ${w(6)} project would open next year. ` +
      `Residents of ${w(7)} welcomed the decision and asked for more ${w(8)} funding.`,
    url: `https://news.example/${n}`,
    publishedAt,
    source: 'Example News',
  });
}

/** Put `count` distinct articles in the store (newest has the highest number). */
export async function seedArticles(store: Store, count: number, from = 0, at = new Date('2026-01-01T00:00:00Z')): Promise<void> {
  for (let i = from; i < from + count; i++) {
    await store.articles.put(testArticle(i, new Date(at.getTime() + i * 60_000).toISOString()), at);
  }
}

/** A settable clock. */
export class FakeClock {
  constructor(public t: Date) {}
  now = (): Date => new Date(this.t.getTime());
  set(iso: string | Date): Date {
    this.t = new Date(iso);
    return this.now();
  }
  advance(ms: number): Date {
    this.t = new Date(this.t.getTime() + ms);
    return this.now();
  }
}

/** A logger that writes nothing (set LOG_LEVEL to see scheduler logs while debugging). */
export function quietLogger(): Logger {
  return pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
}
