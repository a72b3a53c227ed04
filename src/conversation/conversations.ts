/**
 * What a place follows. A place is a channel, or a thread in it, on one platform; it follows
 * one article (the last briefed or asked about there) or the stories of a digest posted there,
 * and follow-up questions in it are about that. Commands, adapters and the scheduler read and
 * write it only through here, with typed places and values instead of keys built by hand.
 */
import { contextValueFor, conversationKey, parseContextValue, type ConversationContext, type ConversationStore } from '../store/types.ts';

/** A channel or a thread on a platform (`threadId`: Discord thread channel id, Slack thread_ts). */
export interface Place {
  platform: string;
  channelId: string;
  threadId?: string | null;
}

/** What a place follows: one article, or the articles a digest showed (follow-ups search those). */
export type Followed = ConversationContext;

/** Read and write what places follow. */
export interface Conversations {
  /** What the place follows, or null when nothing was briefed, asked or digested there. */
  followed(place: Place): Promise<Followed | null>;
  /** Make the place follow an article or a digest's stories. */
  follow(place: Place, what: Followed): Promise<void>;
  /** Make the place follow what a posted message is about (see followedBy); nothing when it is about nothing. */
  followPosted(place: Place, message: { articleId?: string; articleIds?: string[] }): Promise<void>;
}

/** What a message is about: its article, or a digest's stories; null for help, errors and the like. */
export function followedBy(message: { articleId?: string; articleIds?: string[] }): Followed | null {
  return parseContextValue(contextValueFor(message));
}

// The stored form (an article id, or `digest:id1,id2`) and the key are the store's
// (src/store/types.ts), so existing databases read the same; only this file uses them.
const keyOf = (place: Place) => conversationKey(place.platform, place.channelId, place.threadId ?? null);
const encode = (what: Followed) => contextValueFor('articleId' in what ? what : { articleIds: what.digest });

const cache = new WeakMap<ConversationStore, Conversations>();

/** The Conversations service over a store's conversation table (one per store). */
export function conversationsOf(store: { conversations: ConversationStore }): Conversations {
  let c = cache.get(store.conversations);
  if (!c) {
    const table = store.conversations;
    const follow = async (place: Place, what: Followed) => {
      const value = encode(what);
      if (!value) return;
      // Writing the same value again is skipped (a Slack follow-up re-follows on each answer).
      if ((await table.getContext(keyOf(place))) !== value) await table.setContext(keyOf(place), value);
    };
    c = {
      followed: async (place) => parseContextValue(await table.getContext(keyOf(place))),
      follow,
      followPosted: async (place, message) => {
        const what = followedBy(message);
        if (what) await follow(place, what);
      },
    };
    cache.set(table, c);
  }
  return c;
}
