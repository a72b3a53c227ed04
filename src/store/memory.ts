/**
 * In-memory store: the same interface as the SQLite store, for unit tests and the console.
 */
import type { ConversationStore, Store } from './types.ts';
import { MemoryArticles, MemoryRuns, MemorySent, MemorySubscriptions } from './memory-digests.ts';
import { MemoryFeedStore } from './memory-feeds.ts';

class MemoryConversations implements ConversationStore {
  private readonly map = new Map<string, string>();
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
  // Repositories: add new ones here (see src/store/migrations.ts).
  return {
    conversations: new MemoryConversations(),
    articles: new MemoryArticles(sent),
    subscriptions: new MemorySubscriptions(),
    runs: new MemoryRuns(sent),
    sent,
    feeds: new MemoryFeedStore(),
    async close() {},
  };
}
