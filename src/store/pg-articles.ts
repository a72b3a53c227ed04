/**
 * ArticleStore on PostgreSQL: articles as JSONB, unique by id and by content hash. Several
 * processes may add the same article at once (each loads briefings/ at start): a lost race on
 * a unique key is retried, and then finds the row the winner wrote.
 */
import type { Article } from '../core/types.ts';
import { articleContentHash, publishedMs } from './content-hash.ts';
import { isUniqueViolation, type PgDb, type Queryable } from './pg-db.ts';
import type { ArticleStore } from './types.ts';

/** Newest first: the order of the articles_newest index. */
export const PG_NEWEST_FIRST = 'ORDER BY published_at DESC NULLS LAST, first_seen_at DESC, id';

async function putOnce(q: Queryable, article: Article, now: Date): Promise<{ id: string; added: boolean }> {
  const hash = articleContentHash(article);
  const ms = publishedMs(article);
  const published = ms === null ? null : new Date(ms).toISOString();
  const byHash = await q.query<{ id: string }>('SELECT id FROM articles WHERE content_hash = $1', [hash]);
  if (byHash.rows[0] && byHash.rows[0].id !== article.id) return { id: byHash.rows[0].id, added: false };
  const updated = await q.query('UPDATE articles SET content_hash = $2, json = $3, title = $4, published_at = $5 WHERE id = $1', [
    article.id,
    hash,
    JSON.stringify(article),
    article.title,
    published,
  ]);
  if (updated.rowCount) return { id: article.id, added: false };
  await q.query('INSERT INTO articles (id, content_hash, json, title, published_at, first_seen_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    article.id,
    hash,
    JSON.stringify(article),
    article.title,
    published,
    now.toISOString(),
  ]);
  return { id: article.id, added: true };
}

export class PgArticleStore implements ArticleStore {
  constructor(private readonly db: PgDb) {}

  async put(article: Article, now: Date): Promise<{ id: string; added: boolean }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.tx((q) => putOnce(q, article, now));
      } catch (e) {
        // Another process inserted the same id or content between our check and insert.
        if (attempt < 4 && isUniqueViolation(e)) continue;
        throw e;
      }
    }
  }

  async get(id: string): Promise<Article | null> {
    const r = await this.db.query<{ json: Article }>('SELECT json FROM articles WHERE id = $1', [id]);
    return r.rows[0]?.json ?? null;
  }

  async list(): Promise<Article[]> {
    const r = await this.db.query<{ json: Article }>(`SELECT json FROM articles ${PG_NEWEST_FIRST}`);
    return r.rows.map((x) => x.json);
  }

  async unsent(channelKey: string, limit: number): Promise<{ articles: Article[]; total: number }> {
    const where = 'WHERE NOT EXISTS (SELECT 1 FROM sent_articles s WHERE s.channel_key = $1 AND s.article_id = articles.id)';
    const rows = await this.db.query<{ json: Article }>(`SELECT json FROM articles ${where} ${PG_NEWEST_FIRST} LIMIT $2`, [channelKey, limit]);
    const n = await this.db.query<{ n: number }>(`SELECT COUNT(*) AS n FROM articles ${where}`, [channelKey]);
    return { articles: rows.rows.map((x) => x.json), total: n.rows[0].n };
  }
}
