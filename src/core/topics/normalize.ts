/**
 * What a user may follow: a name or a short phrase ("Kyrgyzstan", "Bank of England", "rate cut").
 * `normalizeTopic` cleans what was typed (spaces, quotes, "us" → "US") or says in one line what
 * is wrong with it; `topicKey` is the form two spellings of one topic share ("china", "China ").
 */
import { STOPWORDS } from '../text/text.ts';
import { LOWERCASE_ACRONYMS } from './aliases.ts';
import { foldWord, tokenize } from './words.ts';

/** Longest topic, in characters ("Organization of the Petroleum Exporting Countries" fits). */
export const MAX_TOPIC_CHARS = 60;
/** Most words in a topic: a name or a phrase, not a sentence. */
export const MAX_TOPIC_WORDS = 6;

/** A cleaned topic, or why it cannot be followed (one sentence for the chat). */
export type TopicCheck = { topic: string; error?: undefined } | { topic?: undefined; error: string };

const QUOTES = /^["'“”‘’`«»]+|["'“”‘’`«»]+$/g;
// Control and format characters (zero-width spaces and the like) are never part of a topic.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Clean a topic as typed after `/follow`, or say what is wrong with it. */
export function normalizeTopic(raw: string): TopicCheck {
  const text = String(raw ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(QUOTES, '')
    .trim();
  if (!text) return { error: 'Say what to follow: a name or a short phrase, e.g. `/follow Bank of England`.' };
  if (/<[@#!&][^>]*>|^@/.test(text)) return { error: 'A topic is a name or a phrase, not a mention of a person, role or channel.' };
  if (/(?:https?:\/\/|www\.)\S/i.test(text)) return { error: 'A topic is a name or a phrase, not a link (to follow a feed, use `/sources add <url> live`).' };
  if (text.length > MAX_TOPIC_CHARS) return { error: `A topic is at most ${MAX_TOPIC_CHARS} characters; this one has ${text.length}.` };
  const words = tokenize(text);
  if (!words.length) return { error: `"${text}" has no letters or digits to look for in a story.` };
  if (words.length > MAX_TOPIC_WORDS) return { error: `A topic is a name or a short phrase of at most ${MAX_TOPIC_WORDS} words; this one has ${words.length}.` };
  if (words.every((w) => /^\p{N}+$/u.test(w.raw))) return { error: `"${text}" is only a number: follow a name or a phrase.` };
  // Nobody follows the pronoun "us" or the prefix "un": lowercase acronyms mean the country or body.
  if (LOWERCASE_ACRONYMS.has(text)) return { topic: text.toUpperCase() };
  // "/follow the" matched the lead of nearly every story. Written with a capital it may be a name ("May").
  if (text === text.toLowerCase() && words.every((w) => STOPWORDS.has(w.raw.toLowerCase()))) {
    return { error: `"${text}" is a common word, in nearly every story: follow a name or a phrase (a name with its capitals, like May).` };
  }
  return { topic: text };
}

/** The form two spellings of one topic share: folded words joined by single spaces. */
export function topicKey(topic: string): string {
  return tokenize(topic)
    .map((t) => foldWord(t.raw))
    .join(' ');
}
