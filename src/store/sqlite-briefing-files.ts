/**
 * BriefingFileStore on SQLite: one row per file of the briefings folder (size and mtime, to
 * read only new or changed files at start-up) and the article it owns. Changes are applied in
 * one transaction, so start-up costs one commit however many files changed.
 */
import type Database from 'better-sqlite3';
import type { Article } from '../core/types.ts';
import { putArticleRow } from './sqlite-articles.ts';
import type { BriefingFile, BriefingFileStore } from './types.ts';

/** Migration 6 ('briefing-files'). IF NOT EXISTS: safe to renumber if another migration lands first. */
export const BRIEFING_FILES_MIGRATION_SQL = `
CREATE TABLE IF NOT EXISTS briefing_files (
  dir TEXT NOT NULL,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  article_id TEXT,
  PRIMARY KEY (dir, name)
);
CREATE INDEX IF NOT EXISTS briefing_files_article ON briefing_files (article_id);
`;

interface Row {
  dir: string;
  name: string;
  size: number;
  mtime_ms: number;
  article_id: string | null;
}

export class SqliteBriefingFileStore implements BriefingFileStore {
  constructor(private readonly db: Database.Database) {}

  async listFiles(): Promise<BriefingFile[]> {
    const rows = this.db.prepare('SELECT dir, name, size, mtime_ms, article_id FROM briefing_files').all() as Row[];
    return rows.map((r) => ({ dir: r.dir, name: r.name, size: r.size, mtimeMs: r.mtime_ms, articleId: r.article_id }));
  }

  async applyFileChanges(
    changes: { changed: { file: Omit<BriefingFile, 'articleId'>; article: Article | null }[]; removed: BriefingFile[] },
    now: Date,
  ): Promise<{ added: number; updated: number; removed: number }> {
    const db = this.db;
    const forget = db.prepare('DELETE FROM briefing_files WHERE dir = ? AND name = ?');
    const previous = db.prepare('SELECT article_id FROM briefing_files WHERE dir = ? AND name = ?');
    const record = db.prepare(
      `INSERT INTO briefing_files (dir, name, size, mtime_ms, article_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (dir, name) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, article_id = excluded.article_id`,
    );
    const tx = db.transaction(() => {
      const out = { added: 0, updated: 0, removed: 0 };
      for (const f of changes.removed) {
        forget.run(f.dir, f.name);
        if (f.articleId && this.deleteArticle(f.articleId)) out.removed++;
      }
      for (const { file, article } of changes.changed) {
        const before = (previous.get(file.dir, file.name) as { article_id: string | null } | undefined)?.article_id ?? null;
        const put = article ? putArticleRow(this.db, article, now) : null;
        const owned = put && put.id === article?.id ? put.id : null;
        // The file no longer gives the article it gave (now a duplicate, or not an article).
        if (before && before !== owned && this.deleteArticle(before)) out.removed++;
        if (put?.added) out.added++;
        else if (owned && before === owned) out.updated++;
        record.run(file.dir, file.name, file.size, file.mtimeMs, owned);
      }
      return out;
    });
    return tx.immediate();
  }

  async removeArticle(id: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM briefing_files WHERE article_id = ?').run(id);
      return this.deleteArticle(id);
    }).immediate();
  }

  private deleteArticle(id: string): boolean {
    return this.db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }
}
