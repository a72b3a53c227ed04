/**
 * Where story signatures are kept between runs: with their article in the store (SQLite and
 * PostgreSQL tables `story_signatures`), so a restart does not compute them again for every
 * candidate. Each is stored under the article's content hash and SIGNATURE_VERSION; a changed
 * article, or signatures of another version, are simply not found and computed again.
 */
import type { StorySignature } from './story-signature.ts';

/** An article version (id and content hash) and its signature. */
export interface StoredSignature {
  id: string;
  contentHash: string;
  signature: StorySignature;
}

/** The store's side: the Store's `signatures` repository implements it. */
export interface SignatureStore {
  /**
   * The stored signatures of these article versions, by article id. An article whose stored
   * signature is of another content hash or version is left out.
   */
  getSignatures(keys: readonly { id: string; contentHash: string }[]): Promise<Map<string, StorySignature>>;
  /** Store (or replace) signatures; an article no longer in the store is skipped. */
  putSignatures(entries: readonly StoredSignature[]): Promise<void>;
}
