/**
 * Articles stored before invisible characters were removed on arrival (bidi overrides,
 * zero-width spaces, soft hyphens: src/core/article/invisible-chars.ts) kept them until their
 * file changed or their feed item came again. These data steps of a migration (SQLite 14,
 * PostgreSQL 12) clean every stored article once, as it would arrive now.
 *
 * Nothing is lost: ids stay (conversations, sent lists, feed items and briefing files point at
 * them), and so do dates. The title words are written again, so a title is found by the words it
 * shows. The content hash is the hash of the clean text, as a fresh copy of the story would get,
 * so it is recognised as the same story; when another stored article has that hash already (the
 * same story stored clean under another id), this one keeps its old hash, so both stay. A story
 * signature computed from the old text is dropped (it is computed again when next needed).
 */
import type Database from 'better-sqlite3';
import { INVISIBLE_CODE_POINTS } from '../core/article/invisible-chars.ts';
import { withoutInvisibleChars } from '../core/article/clean-stored.ts';
import type { Article } from '../core/types.ts';
import { articleRow, rowWords } from './article-row.ts';
import type { Queryable } from './pg-db.ts';
import { writeTitleWords } from './sqlite-library.ts';

/** SQLite: the rows whose JSON holds one of the characters (most hold none and are not parsed). */
const SQLITE_MAY_HOLD = INVISIBLE_CODE_POINTS.map((c) => `instr(json, char(${c})) > 0`).join(' OR ');

/** Clean a SQLite library's stored articles (inside the migration's transaction). Returns how many changed. */
export function cleanInvisibleSqlite(db: Database.Database): number {
  const rows = db.prepare(`SELECT rowid AS k, id, json FROM articles WHERE ${SQLITE_MAY_HOLD}`).all() as { k: number; id: string; json: string }[];
  const taken = db.prepare('SELECT 1 FROM articles WHERE content_hash = ? AND id <> ?');
  const update = db.prepare('UPDATE articles SET content_hash = ?, json = ? WHERE rowid = ?');
  const updateJson = db.prepare('UPDATE articles SET json = ? WHERE rowid = ?');
  const dropSignature = db.prepare('DELETE FROM story_signatures WHERE article_id = ?');
  let changed = 0;
  for (const r of rows) {
    const clean = withoutInvisibleChars(JSON.parse(r.json) as Article);
    if (!clean) continue;
    const row = articleRow(clean);
    if (taken.get(row.hash, r.id)) updateJson.run(row.json, r.k);
    else update.run(row.hash, row.json, r.k);
    writeTitleWords(db, r.k, rowWords(row));
    dropSignature.run(r.id);
    changed++;
  }
  return changed;
}

/** PostgreSQL: a character class of the characters, matched against the JSON's text. */
const PG_MAY_HOLD = `[${INVISIBLE_CODE_POINTS.map((c) => String.fromCodePoint(c)).join('')}]`;

/** Clean a PostgreSQL library's stored articles (inside the migration's transaction). Returns how many changed. */
export async function cleanInvisiblePostgres(q: Queryable): Promise<number> {
  const rows = (await q.query<{ id: string; json: Article }>('SELECT id, json FROM articles WHERE json::text ~ $1', [PG_MAY_HOLD])).rows;
  let changed = 0;
  for (const r of rows) {
    const clean = withoutInvisibleChars(r.json);
    if (!clean) continue;
    const row = articleRow(clean);
    const taken = await q.query('SELECT 1 FROM articles WHERE content_hash = $1 AND id <> $2', [row.hash, r.id]);
    await q.query(
      `UPDATE articles SET content_hash = CASE WHEN $5 THEN content_hash ELSE $2 END, json = $3, title = $4, title_words = $6 WHERE id = $1`,
      [r.id, row.hash, row.json, clean.title, taken.rows.length > 0, rowWords(row)],
    );
    await q.query('DELETE FROM story_signatures WHERE article_id = $1', [r.id]);
    changed++;
  }
  return changed;
}
