/**
 * ArticleStore on PostgreSQL: articles as JSONB, unique by id and by content hash. Several
 * processes may add the same article at once (each loads briefings/ at start): a lost race on
 * a unique key is retried, and then finds the row the winner wrote.
 */
import type { Article } from '../core/types.ts';
import { articleRow, rowWords, type ArticleRow } from './article-row.ts';
import { isUniqueViolation, type PgDb, type Queryable } from './pg-db.ts';
import { writeTitleWords } from './pg-schema.ts';
import { idKey, prefixEnd, queryWords } from './title-words.ts';
import type { ArticleKey, ArticleStore } from './types.ts';

/** A word matching at least this many titles is "common" (see titleSearch). */
const COMMON = 2000;
/** Count cap for ranking the words that can drive a search (see titleSearch). */
const RANK_CAP = 200;
/** The newest-first walk of common words: articles per batch, and at most this many in all. */
const WALK_BATCH = 1000;
const WALK_MAX = 20_000;

/** What the title index knows of one query word (see wordStats). */
interface WordStat {
  first: string | null;
  last: string | null;
  n: number;
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
  const updated = await q.query('UPDATE articles SET content_hash = $2, json = $3, title = $4, published_at = $5 WHERE id = $1', [
    article.id,
    hash,
    json,
    article.title,
    published,
  ]);
  if (updated.rowCount) {
    await writeTitleWords(q, article.id, words);
    return { id: article.id, added: false };
  }
  await q.query('INSERT INTO articles (id, content_hash, json, title, published_at, first_seen_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    article.id,
    hash,
    json,
    article.title,
    published,
    now.toISOString(),
  ]);
  await writeTitleWords(q, article.id, words);
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
    // pages): the id matches and what the title index knows of each word come in one round
    // trip each, in parallel.
    const [byId, stats] = await Promise.all([this.idSearch(prefix, limit), words.length ? this.wordStats(words) : []]);
    const ids = new Set(byId);
    if (words.length) for (const id of await this.titleSearch(words, stats, limit)) ids.add(id);
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
   * For each query word, in one query: the first and last title word it begins (two index
   * seeks) and how many titles it matches, counted up to RANK_CAP.
   */
  private async wordStats(words: string[]): Promise<WordStat[]> {
    const range = 'word >= q.lo AND word < q.hi';
    const r = await this.db.query<WordStat>(
      `SELECT (SELECT word FROM article_words WHERE ${range} ORDER BY word LIMIT 1) AS first,
              (SELECT word FROM article_words WHERE ${range} ORDER BY word DESC LIMIT 1) AS last,
              (SELECT COUNT(*) FROM (SELECT 1 FROM article_words WHERE ${range} LIMIT $3) x) AS n
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(lo, hi, i) ORDER BY q.i`,
      [words, words.map(prefixEnd), RANK_CAP],
    );
    return r.rows;
  }

  /**
   * Only common words: walk the newest articles in batches, checking each batch's titles with
   * one query per word (not one probe per article), until `limit` match. Null when the walk
   * reaches WALK_MAX without enough: the words are common but seldom together.
   */
  private async newestWalk(words: string[], limit: number): Promise<string[] | null> {
    const found: string[] = [];
    for (let offset = 0; offset < WALK_MAX; offset += WALK_BATCH) {
      const batch = (await this.db.query<{ id: string }>(`SELECT id FROM articles ${PG_NEWEST_FIRST} LIMIT $1 OFFSET $2`, [WALK_BATCH, offset])).rows.map((r) => r.id);
      let keep = new Set(batch);
      for (const w of words) {
        if (!keep.size) break;
        const r = await this.db.query<{ article_id: string }>(
          'SELECT DISTINCT article_id FROM article_words WHERE article_id = ANY($1::text[]) AND word >= $2 AND word < $3',
          [[...keep], w, prefixEnd(w)],
        );
        keep = new Set(r.rows.map((x) => x.article_id));
      }
      for (const id of batch) if (keep.has(id) && found.length < limit) found.push(id);
      if (found.length >= limit || batch.length < WALK_BATCH) return found;
    }
    return null;
  }

  /** Ids of the newest articles whose titles match every word (as in src/store/sqlite-library.ts). */
  private async titleSearch(words: string[], stats: WordStat[], limit: number): Promise<string[]> {
    // A query word that begins exactly one title word (first = last of its range) can drive the
    // search from article_words_newest: that word's titles, newest first, straight off the index.
    const single = stats.map((x) => (x.first !== null && x.first === x.last ? x.first : null));
    let counts = stats.map((x) => x.n);
    if (!single.some((x) => x !== null) && Math.min(...counts) >= RANK_CAP) {
      // No word to drive from and none rare by the small count: count further to choose a plan.
      const r = await this.db.query<{ n: number }>(
        'SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM article_words WHERE word >= q.lo AND word < q.hi LIMIT $3) x) AS n FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(lo, hi, i) ORDER BY q.i',
        [words, words.map(prefixEnd), COMMON],
      );
      counts = r.rows.map((x) => x.n);
    }
    const rarest = counts.indexOf(Math.min(...counts));
    const complete = words.map((_, i) => i).filter((i) => single[i] !== null).sort((a, b) => counts[a] - counts[b])[0];
    if (complete !== undefined) {
      const others = words.filter((_, i) => i !== complete);
      const values: unknown[] = [single[complete]];
      const checks = others.map((w) => {
        values.push(w, prefixEnd(w));
        return `AND EXISTS (SELECT 1 FROM article_words o WHERE o.article_id = w.article_id AND o.word >= $${values.length - 1} AND o.word < $${values.length})`;
      });
      values.push(limit);
      const r = await this.db.query<{ id: string }>(
        `SELECT w.article_id AS id FROM article_words w WHERE w.word = $1 ${checks.join(' ')}
         ORDER BY w.published_at DESC NULLS LAST, w.first_seen_at DESC, w.article_id LIMIT $${values.length}`,
        values,
      );
      return r.rows.map((x) => x.id);
    }
    const params: unknown[] = [];
    const range = (w: string) => {
      params.push(w, prefixEnd(w));
      return `w.word >= $${params.length - 1} AND w.word < $${params.length}`;
    };
    const exists = (w: string) => `EXISTS (SELECT 1 FROM article_words w WHERE w.article_id = a.id AND ${range(w)})`;
    let sql: string;
    if (counts[rarest] < COMMON) {
      // A rare word: start from its few articles (materialized, so the planner cannot turn it
      // into a walk of the whole newest-first index), check the other words on each.
      const rest = words.filter((_, i) => i !== rarest).map(exists);
      const first = `WITH m AS MATERIALIZED (SELECT a.id, a.published_at, a.first_seen_at FROM articles a WHERE a.id IN (SELECT w.article_id FROM article_words w WHERE ${range(words[rarest])}))`;
      sql = `${first} SELECT a.id FROM m a${rest.length ? ` WHERE ${rest.join(' AND ')}` : ''}`;
    } else {
      const walked = await this.newestWalk(words, limit);
      if (walked) return walked;
      // Common words that rarely meet: let the planner intersect the word sets.
      sql = `SELECT a.id FROM articles a WHERE ${words.map(exists).join(' AND ')}`;
    }
    params.push(limit);
    const r = await this.db.query<{ id: string }>(`${sql} ${PG_NEWEST_FIRST.replace(/(\w+_at|id)\b/g, 'a.$1')} LIMIT $${params.length}`, params);
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
