/**
 * The library queries on SQLite (newest, search, since, count, retention) and the title-word
 * index they use. Migration 4 creates the `article_words` table and an id index, and fills
 * them for the articles already stored.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../core/types.ts';
import { idKey, prefixEnd, queryWords, titleWords } from './title-words.ts';
import { contextIds } from './types.ts';
import { statement } from './sqlite-statements.ts';

/** Migration 4: title words, lowercase ids, first-seen times, and the newest-first index with its id tiebreak. */
export const LIBRARY_MIGRATION_SQL = `
CREATE TABLE article_words (
  word TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (word, article_id)
) WITHOUT ROWID;
CREATE INDEX article_words_article ON article_words (article_id, word);
CREATE INDEX articles_id_lower ON articles (lower(id));
CREATE INDEX articles_first_seen ON articles (first_seen_at);
DROP INDEX articles_newest;
CREATE INDEX articles_newest ON articles (published_at DESC, first_seen_at DESC, id);
CREATE INDEX sent_articles_article ON sent_articles (article_id);
CREATE INDEX feed_items_seen_article ON feed_items_seen (article_id);
`;

/** Fill the title-word index for articles stored before migration 4. */
export function backfillTitleWords(db: Database.Database): void {
  const write = db.prepare('INSERT OR IGNORE INTO article_words (word, article_id) VALUES (?, ?)');
  // .all(), not .iterate(): better-sqlite3 allows no writes while a read is open.
  for (const r of db.prepare("SELECT id, json_extract(json, '$.title') AS title FROM articles").all() as { id: string; title: string | null }[]) {
    for (const w of titleWords(r.title ?? '')) write.run(w, r.id);
  }
}

/**
 * Migration 5: each title word carries its article's newest-first sort key, so the titles with
 * a given word can be read newest first straight from an index (see search).
 */
export const WORD_ORDER_MIGRATION_SQL = `
ALTER TABLE article_words ADD COLUMN published_at TEXT;
ALTER TABLE article_words ADD COLUMN first_seen_at TEXT NOT NULL DEFAULT '';
UPDATE article_words SET
  published_at = (SELECT a.published_at FROM articles a WHERE a.id = article_words.article_id),
  first_seen_at = (SELECT a.first_seen_at FROM articles a WHERE a.id = article_words.article_id);
CREATE INDEX article_words_newest ON article_words (word, published_at DESC, first_seen_at DESC, article_id);
`;

/**
 * Migration 11: `article_words` as a rowid table. As a WITHOUT ROWID table its primary key
 * (word, article_id) was a third B-tree that every new title word went into at a random place,
 * and no query reads it (word lookups use `article_words_newest`, an article's words
 * `article_words_article`). A rowid table appends its rows; the article index becomes the unique
 * one, so `INSERT OR IGNORE` still keeps one row per word and article. Writing 50,000 title words
 * in 400-article transactions: 704 -> 458 ms of CPU (docs/feeds-speed.md).
 */
export const TITLE_WORDS_ROWID_MIGRATION_SQL = `
CREATE TABLE article_words_rowid (
  word TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  published_at TEXT,
  first_seen_at TEXT NOT NULL DEFAULT ''
);
INSERT INTO article_words_rowid (word, article_id, published_at, first_seen_at)
  SELECT word, article_id, published_at, first_seen_at FROM article_words ORDER BY article_id, word;
DROP TABLE article_words;
ALTER TABLE article_words_rowid RENAME TO article_words;
CREATE UNIQUE INDEX article_words_article ON article_words (article_id, word);
CREATE INDEX article_words_newest ON article_words (word, published_at DESC, first_seen_at DESC, article_id);
`;

/**
 * Migration 12: `articles_first_seen` goes. Only pruning (every 6 hours) read it, and
 * `articles_newest` holds `first_seen_at` too, so pruning scans that covering index instead
 * (~0.2 s at 100,000 articles either way: the per-row feed check costs more than the scan); the
 * index cost every new article one more B-tree insert (~10% of storing a poll's articles).
 * `since()` finds undated articles by `articles_newest` (published_at IS NULL, first_seen_at range).
 */
export const DROP_FIRST_SEEN_INDEX_MIGRATION_SQL = `DROP INDEX IF EXISTS articles_first_seen;`;

/**
 * Migration 13: the title words as one full-text row per article instead of one row per word.
 * `article_words` cost every title word a table row and two B-tree inserts at random places
 * (~45% of the SQL of storing a poll's articles, docs/feeds-speed.md, session 9); an FTS5 row
 * per article is buffered by FTS5 and written as one sorted segment per transaction. The row
 * holds titleWords(title) joined by spaces, keyed by the article's rowid (kept by VACUUM on
 * this SQLite; nothing here renumbers rows); the `ascii` tokenizer splits only on ASCII
 * separators and keeps every other character, so its tokens are exactly our words (already
 * folded) and a prefix query `"w"*` matches exactly the words beginning with w, as the
 * B-tree range did. `detail=none`: only which titles hold a word is kept; `prefix='1 2'`
 * indexes one- and two-letter beginnings (the first keystrokes of autocomplete). Filled from
 * `article_words`, so a stored library is found by the same words; a deleted article's row
 * goes with it by trigger (prune, a briefing file removed).
 */
export const TITLE_INDEX_MIGRATION_SQL = `
CREATE VIRTUAL TABLE article_titles USING fts5(words, tokenize = 'ascii', detail = 'none', columnsize = 0, prefix = '1 2');
INSERT INTO article_titles (rowid, words)
  SELECT a.rowid, group_concat(w.word, ' ') FROM articles a JOIN article_words w ON w.article_id = a.id GROUP BY a.rowid;
DROP TABLE article_words;
CREATE TRIGGER articles_title_gone AFTER DELETE ON articles BEGIN
  DELETE FROM article_titles WHERE rowid = old.rowid;
END;
`;

/**
 * Replace an article's title words (after its row is written, in the caller's transaction).
 * `rowid`: the article's row; `isNew` when it has just been inserted (no words to remove yet).
 * `words`: titleWords(title), from the row (article-row.ts).
 */
export function writeTitleWords(db: Database.Database, rowid: number | bigint, words: readonly string[], isNew = false): void {
  if (!isNew) statement(db, 'DELETE FROM article_titles WHERE rowid = ?').run(rowid);
  if (words.length) statement(db, 'INSERT INTO article_titles (rowid, words) VALUES (?, ?)').run(rowid, words.join(' '));
}

/** The FTS5 query for titles in which every query word begins a word: `"w1"* AND "w2"*` (a title word holds only letters and digits). */
export function titleMatch(words: readonly string[]): string {
  return words.map((w) => `"${w}"*`).join(' AND ');
}

/**
 * Newest first. SQLite sorts NULLs lowest, so DESC puts undated articles last, and the order
 * is exactly the articles_newest index: a LIMIT reads only the first rows of the index.
 */
export const SQLITE_NEWEST_FIRST = 'ORDER BY published_at DESC, first_seen_at DESC, id';

/** Titles matching a query at least this many times are "many" (see search). */
const COMMON = 2000;

const parse = (rows: { json: string }[]): Article[] => rows.map((r) => JSON.parse(r.json) as Article);

export class SqliteLibraryQueries {
  constructor(private readonly db: Database.Database) {}

  newest(limit: number): Article[] {
    return parse(this.db.prepare(`SELECT json FROM articles ${SQLITE_NEWEST_FIRST} LIMIT ?`).all(limit) as { json: string }[]);
  }

  search(query: string, limit: number): Article[] {
    const prefix = idKey(query);
    if (!prefix) return [];
    type Hit = { id: string; p: string | null; f: string };
    const cols = `SELECT id, published_at AS p, first_seen_at AS f FROM articles`;
    // Two indexed lookups, merged: an OR of both in one WHERE would scan the table.
    const idRange = [prefix, prefixEnd(prefix)];
    const idCount = (this.db.prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM articles WHERE lower(id) >= ? AND lower(id) < ? LIMIT ?)').get(...idRange, COMMON) as { n: number }).n;
    // Few ids with this prefix: all of them from the id index, then sorted. Many (a short
    // prefix): the newest-first index, stopping at `limit`.
    const byId = this.db
      .prepare(`${cols} INDEXED BY ${idCount < COMMON ? 'articles_id_lower' : 'articles_newest'} WHERE lower(id) >= ? AND lower(id) < ? ${SQLITE_NEWEST_FIRST} LIMIT ?`)
      .all(...idRange, limit) as Hit[];
    const words = queryWords(query);
    let byTitle: Hit[] = [];
    if (words.length) {
      const match = titleMatch(words);
      // The titles holding every word, up to COMMON of them: FTS5 intersects the words' lists
      // and stops there.
      const found = this.db.prepare('SELECT rowid FROM article_titles WHERE article_titles MATCH ? LIMIT ?').pluck().all(match, COMMON) as number[];
      const n = found.length;
      if (n > 0 && n < COMMON) {
        // Few: those rows by rowid (NOT INDEXED: never a walk of the newest-first index), sorted.
        byTitle = this.db
          .prepare(`${cols} NOT INDEXED WHERE rowid IN (SELECT value FROM json_each(?)) ${SQLITE_NEWEST_FIRST} LIMIT ?`)
          .all(JSON.stringify(found), limit) as Hit[];
      } else if (n >= COMMON) {
        // Many: walk the newest-first index, checking each title's words (one row by rowid), and
        // stop at `limit`. At least COMMON titles match, so the walk is short unless they are
        // all old. ' w' inside ' ' + words: some word begins with w (words never hold a space).
        const checks = words.map(() => "instr(' ' || t.words, ?) > 0").join(' AND ');
        byTitle = this.db
          .prepare(`${cols} INDEXED BY articles_newest WHERE EXISTS (SELECT 1 FROM article_titles t WHERE t.rowid = articles.rowid AND ${checks}) ${SQLITE_NEWEST_FIRST} LIMIT ?`)
          .all(...words.map((w) => ` ${w}`), limit) as Hit[];
      }
    }
    const hits = new Map<string, Hit>();
    for (const h of [...byId, ...byTitle]) hits.set(h.id, h);
    const top = [...hits.values()].sort(newestRow).slice(0, limit);
    const get = this.db.prepare('SELECT json FROM articles WHERE id = ?');
    return top.map((h) => JSON.parse((get.get(h.id) as { json: string }).json) as Article);
  }

  since(time: Date, limit: number): Article[] {
    const t = time.toISOString();
    // Dated stories come first in newest-first order, undated ones after them.
    const dated = parse(this.db.prepare(`SELECT json FROM articles WHERE published_at >= ? ${SQLITE_NEWEST_FIRST} LIMIT ?`).all(t, limit) as { json: string }[]);
    if (dated.length >= limit) return dated;
    const undated = this.db
      .prepare(`SELECT json FROM articles WHERE published_at IS NULL AND first_seen_at >= ? ORDER BY first_seen_at DESC, id LIMIT ?`)
      .all(t, limit - dated.length) as { json: string }[];
    return [...dated, ...parse(undated)];
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  }

  prune(olderThan: Date): number {
    const tx = this.db.transaction((): number => {
      const keep = referencedArticleIds(this.db);
      const old = this.db
        .prepare(
          // Named: after ANALYZE the planner might read the table itself (every row's JSON) instead.
          `SELECT id FROM articles INDEXED BY articles_newest WHERE first_seen_at < ?
             AND EXISTS (SELECT 1 FROM feed_items_seen s WHERE s.article_id = articles.id)`,
        )
        .all(olderThan.toISOString()) as { id: string }[];
      const del = this.db.prepare('DELETE FROM articles WHERE id = ?');
      const unsend = this.db.prepare('DELETE FROM sent_articles WHERE article_id = ?');
      let n = 0;
      for (const { id } of old) {
        if (keep.has(id)) continue;
        unsend.run(id);
        n += del.run(id).changes;
      }
      return n;
    });
    return tx.immediate();
  }
}

/** Newest first on (published, first seen, id) rows: the SQLITE_NEWEST_FIRST order. */
function newestRow(a: { id: string; p: string | null; f: string }, b: { id: string; p: string | null; f: string }): number {
  if ((a.p === null) !== (b.p === null)) return a.p === null ? 1 : -1;
  return (b.p ?? '').localeCompare(a.p ?? '') || b.f.localeCompare(a.f) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Article ids a conversation follows (one article, or a digest's list) or an unfinished digest carries. */
function referencedArticleIds(db: Database.Database): Set<string> {
  const keep = new Set<string>();
  for (const r of db.prepare('SELECT article_id FROM conversations').iterate() as IterableIterator<{ article_id: string }>) {
    for (const id of contextIds(r.article_id)) keep.add(id);
  }
  for (const r of db.prepare("SELECT article_ids FROM digest_runs WHERE status = 'claimed'").iterate() as IterableIterator<{ article_ids: string }>) {
    for (const id of JSON.parse(r.article_ids) as string[]) keep.add(id);
  }
  return keep;
}
