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
 * Replace an article's title words, with its sort key (after its row is written, in the caller's
 * transaction). A caller that knows the row's `published_at` and `first_seen_at` passes them
 * (half the cost of reading them back for every word, which a poll of thousands of items felt),
 * and `isNew` when it has just inserted the row. `words`: titleWords(title), from the row (article-row.ts).
 */
export function writeTitleWords(
  db: Database.Database,
  id: string,
  words: readonly string[],
  sortKey?: { publishedAt: string | null; firstSeenAt: string },
  isNew = false,
): void {
  // A row just inserted has no words yet (they reference it): nothing to delete.
  if (!isNew) statement(db, 'DELETE FROM article_words WHERE article_id = ?').run(id);
  if (sortKey) {
    const write = statement(db, 'INSERT OR IGNORE INTO article_words (word, article_id, published_at, first_seen_at) VALUES (?, ?, ?, ?)');
    for (const w of words) write.run(w, id, sortKey.publishedAt, sortKey.firstSeenAt);
    return;
  }
  const write = statement(
    db,
    'INSERT OR IGNORE INTO article_words (word, article_id, published_at, first_seen_at) SELECT ?, id, published_at, first_seen_at FROM articles WHERE id = ?',
  );
  for (const w of words) write.run(w, id);
}

/**
 * Newest first. SQLite sorts NULLs lowest, so DESC puts undated articles last, and the order
 * is exactly the articles_newest index: a LIMIT reads only the first rows of the index.
 */
export const SQLITE_NEWEST_FIRST = 'ORDER BY published_at DESC, first_seen_at DESC, id';

/** A word matching at least this many titles is "common" (see search). */
const COMMON = 2000;
/** Count cap for ranking the words that can drive a search (see search). */
const RANK_CAP = 200;

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
      const range = (w: string) => [w, prefixEnd(w)];
      // A query word that begins exactly one title word (min = max of its range) can drive the
      // search from article_words_newest: that word's titles, newest first, straight off the
      // index, stopping at `limit` matches (or at the end of that word's titles).
      const single = words.map((w) => {
        // Two one-row index seeks: SQLite optimizes a lone MIN() or MAX() into a seek, but
        // MIN and MAX together in one SELECT read every entry of the range (all 8,000 titles
        // of a common word at 100,000 articles: 1.6 ms of a 3.9 ms keystroke).
        const r = this.db
          .prepare(
            `SELECT (SELECT word FROM article_words WHERE word >= ? AND word < ? ORDER BY word LIMIT 1) AS lo,
                    (SELECT word FROM article_words WHERE word >= ? AND word < ? ORDER BY word DESC LIMIT 1) AS hi`,
          )
          .get(...range(w), ...range(w)) as { lo: string | null; hi: string | null };
        return r.lo !== null && r.lo === r.hi ? r.lo : null;
      });
      // How many titles each word matches, counted only up to a cap (an index range count):
      // a small cap just to rank the driving words, COMMON to choose a plan otherwise.
      const cap = single.some((x) => x !== null) ? RANK_CAP : COMMON;
      const counts = words.map(
        (w) => (this.db.prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM article_words WHERE word >= ? AND word < ? LIMIT ?)').get(...range(w), cap) as { n: number }).n,
      );
      const rarest = counts.indexOf(Math.min(...counts));
      const complete = words.map((_, i) => i).filter((i) => single[i] !== null).sort((a, b) => counts[a] - counts[b])[0];
      if (complete !== undefined) {
        const others = words.filter((_, i) => i !== complete);
        const checks = others.map(() => 'AND EXISTS (SELECT 1 FROM article_words o WHERE o.article_id = w.article_id AND o.word >= ? AND o.word < ?)').join(' ');
        byTitle = this.db
          .prepare(
            `SELECT w.article_id AS id, w.published_at AS p, w.first_seen_at AS f FROM article_words w INDEXED BY article_words_newest
             WHERE w.word = ? ${checks} ORDER BY w.published_at DESC, w.first_seen_at DESC, w.article_id LIMIT ?`,
          )
          .all(single[complete], ...others.flatMap(range), limit) as Hit[];
      } else if (counts[rarest] < COMMON) {
        // A rare word: start from its few articles, check the other words on each.
        const others = words.filter((_, i) => i !== rarest);
        const checks = others.map(() => 'AND EXISTS (SELECT 1 FROM article_words w WHERE w.article_id = articles.id AND w.word >= ? AND w.word < ?)').join(' ');
        byTitle = this.db
          .prepare(`${cols} INDEXED BY sqlite_autoindex_articles_1 WHERE id IN (SELECT article_id FROM article_words WHERE word >= ? AND word < ?) ${checks} ${SQLITE_NEWEST_FIRST} LIMIT ?`)
          .all(...range(words[rarest]), ...others.flatMap(range), limit) as Hit[];
      } else {
        // Only common words: walk the newest-first index and stop at `limit` matches, so the
        // cost follows how common the words are, not how large the library is.
        const checks = words.map(() => 'EXISTS (SELECT 1 FROM article_words w WHERE w.article_id = articles.id AND w.word >= ? AND w.word < ?)').join(' AND ');
        byTitle = this.db
          .prepare(`${cols} INDEXED BY articles_newest WHERE ${checks} ${SQLITE_NEWEST_FIRST} LIMIT ?`)
          .all(...words.flatMap(range), limit) as Hit[];
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
