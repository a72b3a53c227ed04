/**
 * A feed entry's fields, as rss-parser names them, made into a FeedItem. Shared by both readers
 * of feed XML (feed-parse.ts and feed-parse-legacy.ts), so an item reads the same either way.
 */
import type { FeedItem } from './feed-types.ts';
import { absolute } from './feed-links.ts';
import { htmlToText, inlineText } from './html-text.ts';
import { isoDate, shortHash } from './to-article.ts';

/** A body with at least this many words is taken as the full article, not an excerpt. */
export const FULL_TEXT_WORDS = 150;

/** An entry's fields as rss-parser gives them (a value may still be an element with attributes). */
export interface RawItem {
  title?: unknown;
  link?: unknown;
  'content:encoded'?: unknown;
  content?: unknown;
  summary?: unknown;
  guid?: unknown;
  id?: unknown;
  'rdf:about'?: unknown;
  isoDate?: unknown;
  pubDate?: unknown;
  date?: unknown;
}

/** The FeedItem of one entry, or null when it has neither title nor text. */
export function toItem(raw: RawItem, feedUrl: string): FeedItem | null {
  const title = inlineText(str(raw.title) ?? '');
  const body = str(raw['content:encoded']) ?? str(raw.content) ?? str(raw.summary) ?? '';
  const text = htmlToText(body);
  if (!title && !text) return null;
  const link = str(raw.link) ? absolute(str(raw.link) as string, feedUrl) : null;
  const guid = str(raw.guid) ?? str(raw.id) ?? str(raw['rdf:about']) ?? null;
  const contentHash = shortHash(`${title}\n${text}`, 16);
  const key = guid ? `guid:${guid.trim()}` : link ? `link:${link}` : `hash:${contentHash}`;
  return {
    key,
    guid: guid ? guid.trim() : null,
    link,
    title: title || firstWords(text),
    text,
    publishedAt: isoDate(raw.isoDate) ?? isoDate(raw.pubDate) ?? isoDate(raw.date),
    contentHash,
    fullText: hasFullText(text),
  };
}

/**
 * At least FULL_TEXT_WORDS words: one match of a single compiled pattern (no array of every word;
 * 3x faster than finding the words one exec at a time, which was a tenth of a feed's parse).
 */
const FULL_TEXT = new RegExp(`^\\s*(?:\\S+\\s+){${FULL_TEXT_WORDS - 1}}\\S`);

/** True when `text` has at least FULL_TEXT_WORDS words. */
function hasFullText(text: string): boolean {
  return FULL_TEXT.test(text);
}

/** A non-blank string value, or the text of an element with attributes (`{_: text, $: attrs}`), else null. */
export function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (v && typeof v === 'object' && typeof (v as { _?: unknown })._ === 'string') return str((v as { _: string })._);
  return null;
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 12).join(' ');
  return words.length < text.length ? `${words}…` : words;
}

/** The feed's own title and link, as both readers report them. */
export function feedHead(title: unknown, link: unknown, url: string): { title: string | null; link: string | null } {
  return {
    title: typeof title === 'string' && title.trim() ? inlineText(title) : null,
    link: typeof link === 'string' ? absolute(link, url) : null,
  };
}
