/**
 * SignatureStore on SQLite: one row per article, the story signature of its current content
 * (see src/core/digest/signature-store.ts). Deleted with its article (foreign key).
 */
import type Database from 'better-sqlite3';
import type { SignatureStore, StoredSignature } from '../core/digest/signature-store.ts';
import { SIGNATURE_VERSION, signatureFromJson, signatureToJson, type StorySignature } from '../core/digest/story-signature.ts';

/**
 * The story_signatures table (migration "story-signatures"). IF NOT EXISTS: safe to renumber
 * when another migration lands first. Committed: never edit, append a new migration.
 */
export const SIGNATURES_MIGRATION_SQL = `
CREATE TABLE IF NOT EXISTS story_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  version INTEGER NOT NULL,
  json TEXT NOT NULL
);
`;

/** Keys looked up per query (SQLite's limit on bound parameters is far above this). */
const BATCH = 200;

export class SqliteSignatureStore implements SignatureStore {
  constructor(private readonly db: Database.Database) {}

  async getSignatures(keys: readonly { id: string; contentHash: string }[]): Promise<Map<string, StorySignature>> {
    const out = new Map<string, StorySignature>();
    const want = new Map(keys.map((k) => [k.id, k.contentHash]));
    const ids = [...want.keys()];
    for (let i = 0; i < ids.length; i += BATCH) {
      const part = ids.slice(i, i + BATCH);
      const rows = this.db
        .prepare(`SELECT article_id AS id, content_hash AS hash, json FROM story_signatures WHERE version = ? AND article_id IN (${part.map(() => '?').join(',')})`)
        .all(SIGNATURE_VERSION, ...part) as { id: string; hash: string; json: string }[];
      for (const r of rows) {
        if (want.get(r.id) !== r.hash) continue;
        const s = signatureFromJson(r.json);
        if (s) out.set(r.id, s);
      }
    }
    return out;
  }

  async putSignatures(entries: readonly StoredSignature[]): Promise<void> {
    if (!entries.length) return;
    // Only for articles still stored (one deleted meanwhile is skipped, not a foreign-key error).
    const put = this.db.prepare(
      `INSERT INTO story_signatures (article_id, content_hash, version, json) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)
       ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, version = excluded.version, json = excluded.json`,
    );
    this.db.transaction(() => {
      for (const e of entries) put.run(e.id, e.contentHash, SIGNATURE_VERSION, signatureToJson(e.signature), e.id);
    })();
  }
}
