/**
 * BriefingFileStore on PostgreSQL: the same behaviour as src/store/sqlite-briefing-files.ts
 * (one row per file of the briefings folder, the article it owns; a file removed, or a folder
 * no longer used, removes its article). Several processes sync the folder at start-up: each
 * sync holds an advisory lock for its transaction, so they apply their changes one after the
 * other and the later ones find the work done. The table is created by the migration
 * 'briefing-files' in src/store/pg-schema.ts.
 */
import type { Article } from '../core/types.ts';
import { putArticleRow } from './pg-articles.ts';
import { isUniqueViolation, type PgDb, type Queryable } from './pg-db.ts';
import type { BriefingFile, BriefingFileStore } from './types.ts';

/** The advisory lock key a folder sync holds ("file" in ASCII). */
const SYNC_LOCK = 0x66696c65;

interface Row {
  dir: string;
  name: string;
  size: number;
  mtime_ms: number;
  article_id: string | null;
}

async function deleteArticle(q: Queryable, id: string): Promise<boolean> {
  const r = await q.query('DELETE FROM articles WHERE id = $1', [id]);
  return (r.rowCount ?? 0) > 0;
}

export class PgBriefingFileStore implements BriefingFileStore {
  constructor(private readonly db: PgDb) {}

  async listFiles(): Promise<BriefingFile[]> {
    const r = await this.db.query<Row>('SELECT dir, name, size, mtime_ms, article_id FROM briefing_files ORDER BY dir, name');
    return r.rows.map((x) => ({ dir: x.dir, name: x.name, size: Number(x.size), mtimeMs: Number(x.mtime_ms), articleId: x.article_id }));
  }

  async applyFileChanges(
    changes: { changed: { file: Omit<BriefingFile, 'articleId'>; article: Article | null }[]; removed: BriefingFile[] },
    now: Date,
  ): Promise<{ added: number; updated: number; removed: number }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.tx((q) => this.apply(q, changes, now));
      } catch (e) {
        // A feed stored the same text between our check and insert: the retry finds its row.
        if (attempt < 4 && isUniqueViolation(e)) continue;
        throw e;
      }
    }
  }

  private async apply(
    q: Queryable,
    changes: { changed: { file: Omit<BriefingFile, 'articleId'>; article: Article | null }[]; removed: BriefingFile[] },
    now: Date,
  ): Promise<{ added: number; updated: number; removed: number }> {
    // Processes starting together sync one at a time; the rows read below are the latest.
    await q.query('SELECT pg_advisory_xact_lock($1)', [SYNC_LOCK]);
    const out = { added: 0, updated: 0, removed: 0 };
    for (const f of changes.removed) {
      // The article this file gave, as recorded now (another process may have synced it since).
      const gone = await q.query<{ article_id: string | null }>('DELETE FROM briefing_files WHERE dir = $1 AND name = $2 RETURNING article_id', [f.dir, f.name]);
      const id = gone.rows[0]?.article_id ?? null;
      if (id && (await deleteArticle(q, id))) out.removed++;
    }
    for (const { file, article } of changes.changed) {
      const prev = await q.query<{ article_id: string | null }>('SELECT article_id FROM briefing_files WHERE dir = $1 AND name = $2', [file.dir, file.name]);
      const before = prev.rows[0]?.article_id ?? null;
      const put = article ? await putArticleRow(q, article, now) : null;
      const owned = put && put.id === article?.id ? put.id : null;
      // The file no longer gives the article it gave (now a duplicate, or not an article).
      if (before && before !== owned && (await deleteArticle(q, before))) out.removed++;
      if (put?.added) out.added++;
      else if (owned && before === owned) out.updated++;
      await q.query(
        `INSERT INTO briefing_files (dir, name, size, mtime_ms, article_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (dir, name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, article_id = excluded.article_id`,
        [file.dir, file.name, file.size, file.mtimeMs, owned],
      );
    }
    return out;
  }

  async removeArticle(id: string): Promise<boolean> {
    return this.db.tx(async (q) => {
      await q.query('DELETE FROM briefing_files WHERE article_id = $1', [id]);
      return deleteArticle(q, id);
    });
  }
}
