/**
 * In-memory store: the same interface as the SQLite store, for unit tests and the console.
 */
import type { ConversationStore, Store } from './types.ts';

class MemoryConversations implements ConversationStore {
  private readonly map = new Map<string, string>();
  async getContext(key: string): Promise<string | null> {
    return this.map.get(key) ?? null;
  }
  async setContext(key: string, articleId: string): Promise<void> {
    this.map.set(key, articleId);
  }
}

export function createMemoryStore(): Store {
  return {
    conversations: new MemoryConversations(),
    async close() {},
  };
}
