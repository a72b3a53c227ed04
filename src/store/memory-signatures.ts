/**
 * SignatureStore in memory (tests, and a store with no database): the same rules as the
 * SQLite and PostgreSQL ones, articles checked against the memory article store.
 */
import type { SignatureStore, StoredSignature } from '../core/digest/signature-store.ts';
import type { StorySignature } from '../core/digest/story-signature.ts';
import type { ArticleStore } from './types.ts';

export class MemorySignatureStore implements SignatureStore {
  private readonly rows = new Map<string, { contentHash: string; signature: StorySignature }>();

  /** `articles`: only signatures of articles it holds are kept. */
  constructor(private readonly articles: Pick<ArticleStore, 'get'>) {}

  async getSignatures(keys: readonly { id: string; contentHash: string }[]): Promise<Map<string, StorySignature>> {
    const out = new Map<string, StorySignature>();
    for (const k of keys) {
      const r = this.rows.get(k.id);
      if (r && r.contentHash === k.contentHash && (await this.articles.get(k.id))) out.set(k.id, r.signature);
    }
    return out;
  }

  async putSignatures(entries: readonly StoredSignature[]): Promise<void> {
    for (const e of entries) if (await this.articles.get(e.id)) this.rows.set(e.id, { contentHash: e.contentHash, signature: e.signature });
  }
}
