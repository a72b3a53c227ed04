/**
 * ArticleStore on PostgreSQL: articles as JSONB, unique by id and by content hash. Several
 * processes may add the same article at once (each loads briefings/ at start): a lost race on
 * a unique key is retried, and then finds the row the winner wrote.
 */
import type { Article } from '../core/types.ts';
import { articleRow, rowWords, type ArticleRow } from './article-row.ts';
import { isUniqueViolation, type PgDb, type Queryable } from './pg-db.ts';
import { idKey, prefixEnd, queryWords } from './title-words.ts';
import type { ArticleKey, ArticleStore } from './types.ts';

/** Titles matching a query at least this many times are "many" (see titleSearch). */
const COMMON = 2000;
/** The newest-first walk of many matches: articles per batch, and at most this many in all. */
const WALK_BATCH = 1000;
const WALK_MAX = 20_000;

/** Titles (their words as lexemes) that match the tsquery $1 (see titleQuery). */
const TITLE_MATCHES = 'array_to_tsvector(title_words) @@ $1::tsquery';

/** The tsquery of titles in which every query word begins a word: 'w1':* & 'w2':* (a title word holds only letters and digits). */
export function titleQuery(words: readonly string[]): string {
  return words.map((w) => `'${w}':*`).join(' & ');
}

export const PG_NEWEST_FIRST = 'ORDER BY published_at DESC NULLS LAST, first_seen_at DESC, id';

/**
 * Store an article's row by the rules of ArticleStore.put (a duplicate of stored content keeps
 * the stored id; the same id is refreshed), with its title words, inside the caller's
 * transaction. Shared by the article store and the briefings-folder sync. `prepared`: the
 * article's row computed already by a parse worker (its hash, JSON, date and title words are
 * used as given), else computed here.
 */
export async function putArticleRow(q: Queryable, article: Article, now: Date, prepared?: ArticleRow): Promise<{ id: string; added: boolean }> {
  const row = prepared ?? articleRow(article);
  const { hash, json, published } = row;
  const words = rowWords(row);
  const byHash = await q.query<{ id: string }>('SELECT id FROM articles WHERE content_hash = $1', [hash]);
  if (byHash.rows[0] && byHash.rows[0].id !== article.id) return { id: byHash.rows[0].id, added: false };
  // The title words go in the article's own row (migration 11), not a row per word.
  const updated = await q.query('UPDATE articles SET content_hash = $2, json = $3, title = $4, published_at = $5, title_words = $6 WHERE id = $1', [
    article.id,
    hash,
    json,
    article.title,
    published,
    words,
  ]);
  if (updated.rowCount) return { id: article.id, added: false };
  await q.query('INSERT INTO articles (id, content_hash, json, title, published_at, first_seen_at, title_words) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    article.id,
    hash,
    json,
    article.title,
    published,
    now.toISOString(),
    words,
  ]);
  return { id: article.id, added: true };
}

export class PgArticleStore implements ArticleStore {
  constructor(private readonly db: PgDb) {}

  async put(article: Article, now: Date): Promise<{ id: string; added: boolean }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.tx((q) => putArticleRow(q, article, now));
      } catch (e) {
        // Another process inserted the same id or content between our check and insert.
        if (attempt < 4 && isUniqueViolation(e)) continue;
        throw e;
      }
    }
  }

  async putMany(articles: readonly Article[], now: Date, prepared?: readonly (ArticleRow | undefined)[]): Promise<{ id: string; added: boolean }[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        // One transaction (one commit) for a feed's new items.
        return await this.db.tx(async (q) => {
          const out: { id: string; added: boolean }[] = [];
          // The parse workers' rows are used as given: not hashed, stringified or tokenized again.
          for (const [i, a] of articles.entries()) out.push(await putArticleRow(q, a, now, prepared?.[i]));
          return out;
        });
      } catch (e) {
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
    // Everything minus what was sent: two index counts instead of a NOT EXISTS over every article.
    const n = await this.db.query<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM articles) - (SELECT COUNT(*) FROM sent_articles s JOIN articles a ON a.id = s.article_id WHERE s.channel_key = $1) AS n`,
      [channelKey],
    );
    return { articles: rows.rows.map((x) => x.json), total: n.rows[0].n };
  }

  async newestKeys(limit: number, unsentTo?: string): Promise<{ keys: ArticleKey[]; total: number }> {
    const cols = 'SELECT id, content_hash AS "contentHash" FROM articles';
    const keys =
      unsentTo === undefined
        ? await this.db.query<ArticleKey>(`${cols} ${PG_NEWEST_FIRST} LIMIT $1`, [limit])
        : await this.db.query<ArticleKey>(
            `${cols} WHERE NOT EXISTS (SELECT 1 FROM sent_articles s WHERE s.channel_key = $1 AND s.article_id = articles.id) ${PG_NEWEST_FIRST} LIMIT $2`,
            [unsentTo, limit],
          );
    const n =
      unsentTo === undefined
        ? await this.db.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM articles')
        : await this.db.query<{ n: number }>(
            'SELECT ((SELECT COUNT(*) FROM articles) - (SELECT COUNT(*) FROM sent_articles s JOIN articles a ON a.id = s.article_id WHERE s.channel_key = $1))::int AS n',
            [unsentTo],
          );
    return { keys: keys.rows, total: Number(n.rows[0].n) };
  }

  async newest(limit: number): Promise<Article[]> {
    const r = await this.db.query<{ json: Article }>(`SELECT json FROM articles ${PG_NEWEST_FIRST} LIMIT $1`, [limit]);
    return r.rows.map((x) => x.json);
  }

  async search(query: string, limit: number): Promise<Article[]> {
    const prefix = idKey(query);
    if (!prefix) return [];
    const words = queryWords(query);
    // Round trips, not pages, are what a search costs here (each query touches a few index
    // pages): the id matches and the title matches are looked up in parallel.
    const [byId, byTitle] = await Promise.all([this.idSearch(prefix, limit), words.length ? this.titleSearch(words, limit) : []]);
    const ids = new Set(byId);
    for (const id of byTitle) ids.add(id);
    if (!ids.size) return [];
    const r = await this.db.query<{ json: Article }>(`SELECT json FROM articles WHERE id = ANY($1::text[]) ${PG_NEWEST_FIRST} LIMIT $2`, [[...ids], limit]);
    return r.rows.map((x) => x.json);
  }

  /**
   * Ids starting with `prefix`, newest first. Few (the usual case): all of them (up to COMMON)
   * from the id index, sorted, counted in the same query. Many (a short prefix): walk the
   * newest-first index and stop at `limit`. Either way the cost follows the prefix, not the
   * library size.
   */
  private async idSearch(prefix: string, limit: number): Promise<string[]> {
    const idRange = 'lower(id) COLLATE "C" >= $1 AND lower(id) COLLATE "C" < $2';
    const few = await this.db.query<{ id: string; n: number }>(
      `WITH m AS MATERIALIZED (SELECT id, published_at, first_seen_at FROM articles WHERE ${idRange} LIMIT $3)
       SELECT id, (SELECT COUNT(*) FROM m) AS n FROM m ${PG_NEWEST_FIRST} LIMIT $4`,
      [prefix, prefixEnd(prefix), COMMON, limit],
    );
    if (!few.rows.length || few.rows[0].n < COMMON) return few.rows.map((r) => r.id);
    const many = await this.db.query<{ id: string }>(`SELECT id FROM articles WHERE ${idRange} ${PG_NEWEST_FIRST} LIMIT $3`, [prefix, prefixEnd(prefix), limit]);
    return many.rows.map((r) => r.id);
  }

  /**
   * Many matches: walk the newest articles in batches, checking each batch's titles with one
   * query (not one probe per article), until `limit` match. Null when the walk reaches WALK_MAX
   * without enough: the matches are many but old.
   */
  private async newestWalk(tsq: string, limit: number): Promise<string[] | null> {
    const found: string[] = [];
    for (let offset = 0; offset < WALK_MAX; offset += WALK_BATCH) {
      const batch = (await this.db.query<{ id: string }>(`SELECT id FROM articles ${PG_NEWEST_FIRST} LIMIT $1 OFFSET $2`, [WALK_BATCH, offset])).rows.map((r) => r.id);
      const r = await this.db.query<{ id: string }>(`SELECT id FROM articles WHERE ${TITLE_MATCHES} AND id = ANY($2::text[])`, [tsq, batch]);
      const keep = new Set(r.rows.map((x) => x.id));
      for (const id of batch) if (keep.has(id) && found.length < limit) found.push(id);
      if (found.length >= limit || batch.length < WALK_BATCH) return found;
    }
    return null;
  }

  /** Ids of the newest articles whose titles match every word (as in src/store/sqlite-library.ts). */
  private async titleSearch(words: string[], limit: number): Promise<string[]> {
    const tsq = titleQuery(words);
    // How many titles match, counted only up to COMMON (the GIN index intersects the words).
    const { n } = (await this.db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM (SELECT 1 FROM articles WHERE ${TITLE_MATCHES} LIMIT $2) x`, [tsq, COMMON])).rows[0];
    if (n === 0) return [];
    if (n >= COMMON) {
      const walked = await this.newestWalk(tsq, limit);
      if (walked) return walked;
    }
    // Few (or many but old): all of them (materialized, so the planner cannot turn it into a
    // walk of the whole newest-first index), sorted.
    const r = await this.db.query<{ id: string }>(
      `WITH m AS MATERIALIZED (SELECT id, published_at, first_seen_at FROM articles WHERE ${TITLE_MATCHES}) SELECT id FROM m ${PG_NEWEST_FIRST} LIMIT $2`,
      [tsq, limit],
    );
    return r.rows.map((x) => x.id);
  }

  async since(time: Date, limit: number): Promise<Article[]> {
    const r = await this.db.query<{ json: Article }>(
      `SELECT json FROM articles WHERE published_at >= $1 OR (published_at IS NULL AND first_seen_at >= $1) ${PG_NEWEST_FIRST} LIMIT $2`,
      [time.toISOString(), limit],
    );
    return r.rows.map((x) => x.json);
  }

  async count(): Promise<number> {
    return (await this.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM articles')).rows[0].n;
  }

  async prune(olderThan: Date): Promise<number> {
    return this.db.tx(async (q) => {
      const gone = await q.query<{ id: string }>(
        `WITH keep AS (
           SELECT unnest(CASE WHEN article_id LIKE 'digest:%' THEN string_to_array(substr(article_id, 8), ',') ELSE ARRAY[article_id] END) AS id
             FROM conversations
           UNION SELECT jsonb_array_elements_text(article_ids) FROM digest_runs WHERE status = 'claimed'
         )
         DELETE FROM articles a WHERE a.first_seen_at < $1
           AND EXISTS (SELECT 1 FROM feed_items_seen s WHERE s.article_id = a.id)
           AND NOT EXISTS (SELECT 1 FROM keep WHERE keep.id = a.id)
         RETURNING a.id`,
        [olderThan.toISOString()],
      );
      const ids = gone.rows.map((r) => r.id);
      if (ids.length) await q.query('DELETE FROM sent_articles WHERE article_id = ANY($1::text[])', [ids]);
      return ids.length;
    });
  }
}
