/**
 * ArticleStore on SQLite: articles as JSON, unique by id and by content hash.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../core/types.ts';
import type { ArticleKey, ArticleStore } from './types.ts';
import { articleRow, rowWords, type ArticleRow } from './article-row.ts';
import { SqliteLibraryQueries, writeTitleWords } from './sqlite-library.ts';
import { statement } from './sqlite-statements.ts';
import { viaWriter } from './sqlite-writer.ts';

/**
 * Newest first, undated last. Written to match the `articles_newest` index exactly (SQLite
 * sorts NULL lowest, so DESC puts undated articles last; ties follow the index's rowid order),
 * so a LIMIT query walks the index instead of sorting the whole table.
 */
const NEWEST_FIRST = 'ORDER BY published_at DESC, first_seen_at DESC';
const NOT_SENT = 'NOT EXISTS (SELECT 1 FROM sent_articles s WHERE s.channel_key = ? AND s.article_id = articles.id)';

/**
 * Store an article's row by the rules of ArticleStore.put (a duplicate of stored content keeps
 * the stored id; the same id is refreshed), with its title words, inside the caller's
 * transaction. Shared by the article store and the briefings-folder sync. `prepared`: the row
 * computed already (by a parse worker; see article-row.ts), else computed here.
 */
export function putArticleRow(db: Database.Database, article: Article | null, now: Date, prepared?: ArticleRow): { id: string; added: boolean } {
  if (!article && !prepared) throw new Error('putArticleRow: no article');
  const row = prepared ?? articleRow(article!);
  const { id, hash, json, published } = row;
  // A new article (nearly all of a poll's) in one statement: inserted unless its id or its
  // content is stored already, and only then the lookups below decide (the same outcome as
  // looking first: a conflict inserts nothing).
  const fresh = statement(db, 'INSERT INTO articles (id, content_hash, json, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(id, hash, json, published, now.toISOString());
  if (fresh.changes > 0) {
    writeTitleWords(db, fresh.lastInsertRowid, rowWords(row), true);
    return { id, added: true };
  }
  const byHash = statement(db, 'SELECT id FROM articles WHERE content_hash = ?').get(hash) as { id: string } | undefined;
  if (byHash && byHash.id !== id) return { id: byHash.id, added: false };
  const byId = statement(db, 'SELECT rowid AS k FROM articles WHERE id = ?').get(id) as { k: number } | undefined;
  if (byId) {
    // Same id: refresh what we know (an edited file, a feed item with a better date).
    statement(db, 'UPDATE articles SET content_hash = ?, json = ?, published_at = ? WHERE id = ?').run(hash, json, published, id);
    writeTitleWords(db, byId.k, rowWords(row));
  } else {
    const { lastInsertRowid } = statement(db, 'INSERT INTO articles (id, content_hash, json, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?)').run(id, hash, json, published, now.toISOString());
    writeTitleWords(db, lastInsertRowid, rowWords(row), true);
  }
  return { id, added: !byId };
}

/**
 * ArticleStore.putMany's writes (inside the caller's transaction). `prepared[i]`: articles[i]'s
 * row when computed already; articles[i] may then be null (the write thread is sent the row
 * alone, not the article too).
 */
export function putArticleRows(
  db: Database.Database,
  articles: readonly (Article | null)[],
  now: Date,
  prepared?: readonly (ArticleRow | undefined)[],
): { id: string; added: boolean }[] {
  return articles.map((a, i) => putArticleRow(db, a, now, prepared?.[i]));
}

export class SqliteArticleStore implements ArticleStore {
  private readonly queries: SqliteLibraryQueries;
  constructor(private readonly db: Database.Database) {
    this.queries = new SqliteLibraryQueries(db);
  }

  async put(article: Article, now: Date): Promise<{ id: string; added: boolean }> {
    return this.db.transaction(() => putArticleRow(this.db, article, now)).immediate();
  }

  async putMany(articles: readonly Article[], now: Date, prepared?: readonly (ArticleRow | undefined)[]): Promise<{ id: string; added: boolean }[]> {
    // One commit for a feed's new items, not one each (a commit per article was most of a poll's
    // cost); on the write thread when there is one (sqlite-writer.ts). Rows computed by the
    // parse workers are used as given (the write thread is the poll's busiest), and an article
    // with its row is sent as the row alone: a few strings to copy, not an object graph.
    const sent = prepared ? articles.map((a, i) => (prepared[i] ? null : a)) : articles;
    return viaWriter(this.db, 'putMany', [sent, now, prepared], () => this.db.transaction(() => putArticleRows(this.db, articles, now, prepared)).immediate());
  }

  async get(id: string): Promise<Article | null> {
    const row = this.db.prepare('SELECT json FROM articles WHERE id = ?').get(id) as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as Article) : null;
  }

  async list(): Promise<Article[]> {
    const rows = this.db.prepare(`SELECT json FROM articles ${NEWEST_FIRST}`).all() as { json: string }[];
    return rows.map((r) => JSON.parse(r.json) as Article);
  }

  async unsent(channelKey: string, limit: number): Promise<{ articles: Article[]; total: number }> {
    const rows = this.db
      .prepare(`SELECT json FROM articles WHERE ${NOT_SENT} ${NEWEST_FIRST} LIMIT ?`)
      .all(channelKey, limit) as { json: string }[];
    return { articles: rows.map((r) => JSON.parse(r.json) as Article), total: this.unsentCount(channelKey) };
  }

  async newestKeys(limit: number, unsentTo?: string): Promise<{ keys: ArticleKey[]; total: number }> {
    const cols = 'SELECT id, content_hash AS contentHash FROM articles';
    const keys = (
      unsentTo === undefined
        ? this.db.prepare(`${cols} ${NEWEST_FIRST} LIMIT ?`).all(limit)
        : this.db.prepare(`${cols} WHERE ${NOT_SENT} ${NEWEST_FIRST} LIMIT ?`).all(unsentTo, limit)
    ) as ArticleKey[];
    const total = unsentTo === undefined ? this.countAll() : this.unsentCount(unsentTo);
    return { keys, total };
  }

  private countAll(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** All articles less those sent to the channel: O(sent to it), not a probe per library article. */
  private unsentCount(channelKey: string): number {
    const { n } = this.db
      .prepare('SELECT COUNT(*) AS n FROM sent_articles s WHERE s.channel_key = ? AND EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)')
      .get(channelKey) as { n: number };
    return this.countAll() - n;
  }

  async newest(limit: number): Promise<Article[]> {
    return this.queries.newest(limit);
  }

  async search(query: string, limit: number): Promise<Article[]> {
    return this.queries.search(query, limit);
  }

  async since(time: Date, limit: number): Promise<Article[]> {
    return this.queries.since(time, limit);
  }

  async count(): Promise<number> {
    return this.queries.count();
  }

  async prune(olderThan: Date): Promise<number> {
    return this.queries.prune(olderThan);
  }
}
