/**
 * Parsing feed text we fetched ourselves (never rss-parser's own fetcher: it has no address
 * checks) into items: RSS 2.0, RSS 1.0 (RDF), RSS 0.9x and Atom; CDATA and HTML entities;
 * dates that cannot be read become null instead of failing the feed.
 */
import Parser from 'rss-parser';
import { parseHTML } from 'linkedom';
import { UserError } from '../core/errors.ts';
import { htmlToText, inlineText } from './html-text.ts';
import { isoDate, shortHash } from './to-article.ts';

/** One feed entry, normalized. */
export interface FeedItem {
  /** What identifies the item for dedup: `guid:…`, else `link:…`, else `hash:…` of its content. */
  key: string;
  guid: string | null;
  link: string | null;
  title: string;
  /** Plain text of the richest body the feed carries (content:encoded, Atom content, description). */
  text: string;
  publishedAt: string | null;
  /** A hash of title and text: tells an edit from the original, and identifies items with neither guid nor link. */
  contentHash: string;
  /** True when the body looks like the whole article rather than a teaser. */
  fullText: boolean;
}

export interface ParsedFeed {
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
}

/** A body with at least this many words is taken as the full article, not an excerpt. */
export const FULL_TEXT_WORDS = 150;

type RawItem = Parser.Item & { id?: string; 'content:encoded'?: string; summary?: string; date?: string; 'rdf:about'?: string };
interface AtomEntry {
  published?: unknown[];
  updated?: unknown[];
}

function makeParser(): Parser<Record<string, unknown>, RawItem> {
  const parser = new Parser<Record<string, unknown>, RawItem>();
  // rss-parser turns an Atom <published> into a date with toISOString(), which throws on a bad
  // date and fails the whole feed; drop unreadable dates first (we read dates ourselves below).
  const p = parser as unknown as { parseItemAtom(entry: AtomEntry): RawItem };
  const original = p.parseItemAtom.bind(parser);
  p.parseItemAtom = (entry: AtomEntry) => {
    const e: AtomEntry & Record<string, unknown> = { ...entry };
    for (const k of ['published', 'updated'] as const) {
      const v = e[k]?.[0];
      if (typeof v !== 'string' || isoDate(v) === null) delete e[k];
    }
    return original(e);
  };
  return parser;
}

/**
 * Parse feed XML into items. Throws a UserError naming the URL and what is wrong (not XML, an
 * HTML page, a broken tag at line N) when the text is not a feed.
 */
export async function parseFeed(xml: string, url: string): Promise<ParsedFeed> {
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new UserError(`${url} is empty, not a feed.`, 'bad_feed');
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html)[\s>]/i.test(text)) {
    const found = findFeedLinks(text, url);
    throw new UserError(
      found.length ? `${url} is a web page, not a feed; its feed seems to be ${found[0]}.` : `${url} is a web page, not an RSS or Atom feed.`,
      'bad_feed',
    );
  }
  let out: Parser.Output<RawItem> & Record<string, unknown>;
  try {
    out = await makeParser().parseString(htmlEntitiesToXml(text));
  } catch (e) {
    throw new UserError(`${url} is not a valid RSS or Atom feed (${describeXmlError(e)}).`, 'bad_feed');
  }
  const items = (out.items ?? []).map((i) => toItem(i, url)).filter((i): i is FeedItem => i !== null);
  return {
    title: typeof out.title === 'string' && out.title.trim() ? inlineText(out.title) : null,
    link: typeof out.link === 'string' ? absolute(out.link, url) : null,
    items,
  };
}

function toItem(raw: RawItem, feedUrl: string): FeedItem | null {
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
    fullText: text.split(/\s+/).filter(Boolean).length >= FULL_TEXT_WORDS,
  };
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  // xml2js gives {_: text, $: attrs} for elements with attributes.
  if (v && typeof v === 'object' && typeof (v as { _?: unknown })._ === 'string') return str((v as { _: string })._);
  return null;
}

function firstWords(text: string): string {
  const words = text.split(/\s+/).slice(0, 12).join(' ');
  return words.length < text.length ? `${words}…` : words;
}

function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The line (and reason) of an XML error, in a few words. */
function describeXmlError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const [reason, ...rest] = msg.split('\n');
  const line = /Line:\s*(\d+)/.exec(rest.join(' '));
  const r = reason.replace(/\.$/, '').trim() || 'unreadable XML';
  return line ? `${r.charAt(0).toLowerCase()}${r.slice(1)} at line ${Number(line[1]) + 1}` : `${r.charAt(0).toLowerCase()}${r.slice(1)}`;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const entityCache = new Map<string, string | null>();

/**
 * Feeds often use HTML entities (`&nbsp;`, `&eacute;`, `&mdash;`) that XML does not define, which
 * makes a strict XML parser give up. Replace each with its numeric reference (decoded by an
 * HTML parser, so every HTML entity is known); unknown names become `&amp;name;`.
 */
export function htmlEntitiesToXml(xml: string): string {
  return xml.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (all, name: string) => {
    if (XML_ENTITIES.has(name)) return all;
    let decoded = entityCache.get(name);
    if (decoded === undefined) {
      const { document } = parseHTML(`<!doctype html><html><body><p>&${name};</p></body></html>`);
      const t = document.querySelector('p')?.textContent ?? '';
      decoded = t && t !== `&${name};` ? t : null;
      entityCache.set(name, decoded);
    }
    if (decoded === null) return `&amp;${name};`;
    return Array.from(decoded, (ch) => `&#${ch.codePointAt(0)};`).join('');
  });
}

/** Feed links a web page advertises (`<link rel="alternate" type="application/rss+xml">`). */
export function findFeedLinks(html: string, base: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const el of Array.from(document.querySelectorAll('link[rel~="alternate"]'))) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const href = el.getAttribute('href');
    if (!href || !/(rss|atom|rdf)\+xml|application\/(xml|feed\+json)/.test(type)) continue;
    const abs = absolute(href, base);
    if (abs) out.push(abs);
  }
  return out;
}
