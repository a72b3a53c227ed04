/**
 * The feed parser proper (run inside a parse worker, see parse-pool.ts): feed text -> items.
 * RSS 0.90-2.0x with or without a version or in the old Userland namespace, RSS 1.0 (RDF, with
 * or without a prefix), and Atom; CDATA and HTML entities; an empty channel is a feed with no
 * items, not an error. Each item is read on its own: one that cannot be read is skipped and
 * counted, never the whole feed.
 */
import { createRequire } from 'node:module';
import { decodeHTML } from 'entities';
import Parser from 'rss-parser';
import { UserError } from '../core/errors.ts';
import type { FeedItem, ParsedFeed } from './feed-types.ts';
import { absolute, findFeedLinks } from './feed-links.ts';
import { htmlToText, inlineText } from './html-text.ts';
import { markupProblem } from './markup-limits.ts';
import { isoDate, shortHash } from './to-article.ts';

/** A body with at least this many words is taken as the full article, not an excerpt. */
export const FULL_TEXT_WORDS = 150;

type RawItem = Parser.Item & { id?: string; 'content:encoded'?: string; summary?: string; date?: string; 'rdf:about'?: string };
type Xml = Record<string, unknown>;
interface AtomEntry {
  published?: unknown[];
  updated?: unknown[];
}
/** The parts of rss-parser used here: its builders, called per item so one item cannot fail the rest. */
interface RssParserInternals {
  xmlParser: { parseStringPromise(xml: string): Promise<unknown> };
  buildAtomFeed(xml: Xml): Xml;
  buildRSS1(xml: Xml): Xml;
  buildRSS2(xml: Xml): Xml;
  parseItemAtom(entry: unknown): RawItem;
  parseItemRss(item: unknown, fields: unknown[]): RawItem;
}

const ITEM_FIELDS = (createRequire(import.meta.url)('rss-parser/lib/fields.js') as { item: unknown[] }).item;

function makeParser(): RssParserInternals {
  // RSS 1.0 with its namespace bound to a prefix (`<rss:item>`) reads like plain RSS 1.0.
  const parser = new Parser({ xml2js: { tagNameProcessors: [(name: string) => name.replace(/^rss:/, '')] } }) as unknown as RssParserInternals;
  // rss-parser turns an Atom <published> into a date with toISOString(), which throws on a bad
  // date; drop unreadable dates first (we read dates ourselves below).
  const original = parser.parseItemAtom.bind(parser);
  parser.parseItemAtom = (entry: unknown) => {
    const e: AtomEntry & Record<string, unknown> = { ...(entry as AtomEntry) };
    for (const k of ['published', 'updated'] as const) {
      const v = e[k]?.[0];
      if (typeof v !== 'string' || isoDate(v) === null) delete e[k];
    }
    return original(e);
  };
  return parser;
}

const isObj = (v: unknown): v is Xml => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Parse feed XML into items. Throws a UserError naming the URL and what is wrong (not XML, an
 * HTML page, a broken tag at line N, too deep) when the text is not a feed.
 */
export async function parseFeedText(xml: string, url: string): Promise<ParsedFeed> {
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new UserError(`${url} is empty, not a feed.`, 'bad_feed');
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html)[\s>]/i.test(text)) {
    const found = findFeedLinks(text, url);
    throw new UserError(
      found.length ? `${url} is a web page, not a feed; its feed seems to be ${found[0]}.` : `${url} is a web page, not an RSS or Atom feed.`,
      'bad_feed',
    );
  }
  const tooBig = markupProblem(text, false);
  if (tooBig) throw new UserError(`${url} ${tooBig}: not read as a feed.`, 'too_complex');
  const parser = makeParser();
  let root: unknown;
  try {
    root = await parser.xmlParser.parseStringPromise(htmlEntitiesToXml(text));
  } catch (e) {
    throw new UserError(`${url} is not a valid RSS or Atom feed (${describeXmlError(e)}).`, 'bad_feed');
  }
  const { feed, rawItems, atom } = build(parser, isObj(root) ? root : {}, url);
  let skipped = 0;
  const items: FeedItem[] = [];
  for (const raw of rawItems) {
    try {
      const item = toItem(atom ? parser.parseItemAtom(raw) : parser.parseItemRss(raw, ITEM_FIELDS), url);
      if (item) items.push(item);
    } catch {
      skipped++; // one unreadable item; the others still count
    }
  }
  return {
    title: typeof feed.title === 'string' && feed.title.trim() ? inlineText(feed.title) : null,
    link: typeof feed.link === 'string' ? absolute(feed.link, url) : null,
    items,
    skipped,
  };
}

/** The feed-level fields, and the raw items left to read one by one. */
function build(parser: RssParserInternals, root: Xml, url: string): { feed: Xml; rawItems: unknown[]; atom: boolean } {
  if (root.feed !== undefined) {
    const feed = isObj(root.feed) ? root.feed : {};
    const rawItems = list(feed.entry);
    return { feed: parser.buildAtomFeed({ feed: { ...feed, entry: [] } }), rawItems, atom: true };
  }
  if (root['rdf:RDF'] !== undefined) {
    // RSS 0.90 and 1.0: items are siblings of the channel.
    const rdf = isObj(root['rdf:RDF']) ? root['rdf:RDF'] : {};
    const channel = isObj(list(rdf.channel)[0]) ? list(rdf.channel)[0] : {};
    const rawItems = list(rdf.item);
    return { feed: parser.buildRSS1({ 'rdf:RDF': { ...rdf, channel: [channel], item: [] } }), rawItems, atom: false };
  }
  if (root.rss !== undefined) {
    // Any RSS 0.91-2.0x, with or without a version (or a namespace); an empty or missing
    // channel is a feed with nothing in it yet. Some old feeds put items straight under <rss>.
    const rss = isObj(root.rss) ? root.rss : {};
    const channel = isObj(list(rss.channel)[0]) ? (list(rss.channel)[0] as Xml) : {};
    const rawItems = [...list(channel.item), ...list(rss.item)];
    return { feed: parser.buildRSS2({ rss: { ...rss, channel: [{ ...channel, item: [] }] } }), rawItems, atom: false };
  }
  throw new UserError(`${url} is not a valid RSS or Atom feed (feed not recognized as RSS 1 or 2).`, 'bad_feed');
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

/** The line (and reason) of an XML error, in a few words. */
function describeXmlError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const [reason, ...rest] = msg.split('\n');
  const line = /Line:\s*(\d+)/.exec(rest.join(' '));
  const r = reason.replace(/\.$/, '').trim() || 'unreadable XML';
  return line ? `${r.charAt(0).toLowerCase()}${r.slice(1)} at line ${Number(line[1]) + 1}` : `${r.charAt(0).toLowerCase()}${r.slice(1)}`;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Feeds often use HTML entities (`&nbsp;`, `&eacute;`, `&mdash;`) that XML does not define, which
 * makes a strict XML parser give up. Replace each with its numeric reference from the HTML
 * entity table (a lookup per entity: no parser, no cache that grows); unknown names become
 * `&amp;name;`.
 */
export function htmlEntitiesToXml(xml: string): string {
  return xml.replace(/&([A-Za-z][A-Za-z0-9]{1,31});/g, (all, name: string) => {
    if (XML_ENTITIES.has(name)) return all;
    const decoded = decodeHTML(all);
    if (decoded === all) return `&amp;${name};`;
    return Array.from(decoded, (ch) => `&#${ch.codePointAt(0)};`).join('');
  });
}
