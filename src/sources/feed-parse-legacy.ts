/**
 * The strict reader of feed XML: rss-parser over xml2js and sax. feed-parse.ts reads plainly
 * well-formed feeds without it, and hands it what it has doubts about (a malformed feed, whose
 * error this reader words with its line; inline XHTML bodies; odd shapes), so those read
 * exactly as before.
 */
import { createRequire } from 'node:module';
import Parser from 'rss-parser';
import { looksBinary } from '../core/article/binary.ts';
import { UserError } from '../core/errors.ts';
import type { FeedItem, ParsedFeed } from './feed-types.ts';
import { feedHead, type RawItem, toItem } from './feed-item.ts';
import { isoDate } from './to-article.ts';

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

/** RSS 1.0 with its namespace bound to a prefix (`<rss:item>`) reads like plain RSS 1.0. */
export const renameTag = (name: string): string => name.replace(/^rss:/, '');

function makeParser(): RssParserInternals {
  const parser = new Parser({ xml2js: { tagNameProcessors: [renameTag] } }) as unknown as RssParserInternals;
  // rss-parser turns an Atom <published> into a date with toISOString(), which throws on a bad
  // date; drop unreadable dates first (we read dates ourselves, in toItem).
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
 * Read feed XML (already checked for emptiness, HTML and size, with HTML entities made XML) with
 * rss-parser. Throws a UserError naming the URL and the broken line when it is not XML.
 */
export async function parseFeedLegacy(xml: string, url: string): Promise<ParsedFeed> {
  const parser = makeParser();
  let root: unknown;
  try {
    root = await parser.xmlParser.parseStringPromise(xml);
  } catch (e) {
    // An image or archive at a feed's address was refused in sax's words ("non-whitespace before first tag").
    if (xml.includes('\u0000') || looksBinary(xml)) throw new UserError(`${url} is not a feed: the answer is binary data, not XML.`, 'bad_feed');
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
  return { ...feedHead(feed.title, feed.link, url), items, skipped };
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

/** The line (and reason) of an XML error, in a few words. */
function describeXmlError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const [reason, ...rest] = msg.split('\n');
  const line = /Line:\s*(\d+)/.exec(rest.join(' '));
  const r = reason.replace(/\.$/, '').trim() || 'unreadable XML';
  return line ? `${r.charAt(0).toLowerCase()}${r.slice(1)} at line ${Number(line[1]) + 1}` : `${r.charAt(0).toLowerCase()}${r.slice(1)}`;
}
