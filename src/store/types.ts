/**
 * The store interface. Each concern is its own small repository so that a PostgreSQL store
 * can implement the same interface later; nothing here may rely on SQLite alone.
 */

/** Which article a conversation (channel, thread, console) is about. */
export interface ConversationStore {
  /** `key` is `${platform}:${channelId}:${threadId ?? ''}`. */
  getContext(key: string): Promise<string | null>;
  setContext(key: string, articleId: string): Promise<void>;
}

export interface Store {
  conversations: ConversationStore;
  close(): Promise<void>;
}

/** The key under which a conversation's context is kept. */
export function conversationKey(platform: string, channelId: string, threadId: string | null): string {
  return `${platform}:${channelId}:${threadId ?? ''}`;
}
