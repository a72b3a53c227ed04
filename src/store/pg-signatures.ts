/**
 * SignatureStore on PostgreSQL: one row per article, the story signature of its current
 * content (see src/core/digest/signature-store.ts). Deleted with its article (foreign key).
 */
import type { SignatureStore, StoredSignature } from '../core/digest/signature-store.ts';
import { SIGNATURE_VERSION, signatureFromJson, signatureToJson, type StorySignature } from '../core/digest/story-signature.ts';
import type { Queryable } from './pg-db.ts';

/** The story_signatures table (PostgreSQL migration "story-signatures"). Committed: never edit. */
export const PG_SIGNATURES_MIGRATION_SQL = `
CREATE TABLE IF NOT EXISTS story_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  version INTEGER NOT NULL,
  json TEXT NOT NULL
);
`;

export class PgSignatureStore implements SignatureStore {
  constructor(private readonly db: Queryable) {}

  async getSignatures(keys: readonly { id: string; contentHash: string }[]): Promise<Map<string, StorySignature>> {
    const out = new Map<string, StorySignature>();
    if (!keys.length) return out;
    const r = await this.db.query<{ id: string; json: string }>(
      `SELECT s.article_id AS id, s.json FROM story_signatures s
         JOIN unnest($1::text[], $2::text[]) AS k(id, hash) ON k.id = s.article_id AND k.hash = s.content_hash
        WHERE s.version = $3`,
      [keys.map((k) => k.id), keys.map((k) => k.contentHash), SIGNATURE_VERSION],
    );
    for (const row of r.rows) {
      const s = signatureFromJson(row.json);
      if (s) out.set(row.id, s);
    }
    return out;
  }

  async putSignatures(entries: readonly StoredSignature[]): Promise<void> {
    if (!entries.length) return;
    // One statement for the batch; articles deleted meanwhile are skipped (the join finds none).
    await this.db.query(
      `INSERT INTO story_signatures (article_id, content_hash, version, json)
       SELECT e.id, e.hash, $4, e.json FROM unnest($1::text[], $2::text[], $3::text[]) AS e(id, hash, json)
         JOIN articles a ON a.id = e.id
       ON CONFLICT (article_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, version = EXCLUDED.version, json = EXCLUDED.json`,
      [entries.map((e) => e.id), entries.map((e) => e.contentHash), entries.map((e) => signatureToJson(e.signature)), SIGNATURE_VERSION],
    );
  }
}
