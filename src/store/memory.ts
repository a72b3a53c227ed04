/**
 * In-memory store: the same interface as the SQLite store, for unit tests and the console.
 */
import type { ConversationStore, Store } from './types.ts';
import { MemorySignatureStore } from './memory-signatures.ts';
import { MemoryArticles, MemoryRuns, MemorySent, MemorySubscriptions, type RetentionRefs } from './memory-digests.ts';
import { contextIds } from './types.ts';
import { MemoryFeedStore } from './memory-feeds.ts';
import { MemoryAlertStore } from './memory-alerts.ts';

class MemoryConversations implements ConversationStore {
  readonly map = new Map<string, string>();
  async getContext(key: string): Promise<string | null> {
    return this.map.get(key) ?? null;
  }
  async setContext(key: string, articleId: string): Promise<void> {
    this.map.set(key, articleId);
  }
}

/** A fresh empty in-memory store. */
export function createMemoryStore(): Store {
  const sent = new MemorySent();
  const conversations = new MemoryConversations();
  const runs = new MemoryRuns(sent);
  const feeds = new MemoryFeedStore();
  const refs: RetentionRefs = {
    feedArticleIds: async () => new Set(feeds.articleIds),
    keptArticleIds: async () => {
      const keep = new Set<string>();
      for (const v of conversations.map.values()) for (const id of contextIds(v)) keep.add(id);
      for (const r of await runs.unfinished()) for (const id of r.articleIds) keep.add(id);
      return keep;
    },
  };
  const articles = new MemoryArticles(sent, refs);
  // Repositories: add new ones here (see src/store/migrations.ts).
  return {
    conversations,
    articles,
    signatures: new MemorySignatureStore(articles),
    subscriptions: new MemorySubscriptions(),
    runs,
    sent,
    feeds,
    alerts: new MemoryAlertStore(),
    async close() {},
  };
}
