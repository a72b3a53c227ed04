/**
 * The feed parser proper (run inside a parse worker, see parse-pool.ts): feed text -> items.
 * RSS 0.90-2.0x with or without a version or in the old Userland namespace, RSS 1.0 (RDF, with
 * or without a prefix), and Atom; CDATA and HTML entities; an empty channel is a feed with no
 * items, not an error. Each item is read on its own: one that cannot be read is skipped and
 * counted, never the whole feed.
 *
 * Two readers, one result. A plainly well-formed feed is read by xml-tree.ts (htmlparser2's
 * tokenizer) and its fields picked here exactly as rss-parser picks them; anything that reader
 * has doubts about (a malformed feed, inline XHTML bodies, odd shapes) goes to the strict reader
 * (feed-parse-legacy.ts, rss-parser over sax), which words the error or reads it as before.
 * tests/sources/feed-parse-same.test.ts checks that both give the same items.
 */
import { decodeHTML } from 'entities';
import { UserError } from '../core/errors.ts';
import type { FeedItem, ParsedFeed } from './feed-types.ts';
import { findFeedLinks } from './feed-links.ts';
import { feedHead, type RawItem, toItem } from './feed-item.ts';
import { parseFeedLegacy, renameTag } from './feed-parse-legacy.ts';
import { markupProblem } from './markup-limits.ts';
import { isoDate } from './to-article.ts';
import { readXmlTree, type XmlNode, type XmlValue } from './xml-tree.ts';

export { FULL_TEXT_WORDS } from './feed-item.ts';

/**
 * Parse feed XML into items. Throws a UserError naming the URL and what is wrong (not XML, an
 * HTML page, a broken tag at line N, too deep) when the text is not a feed. `strict` reads it
 * with the strict reader only (for comparing the two).
 */
export async function parseFeedText(xml: string, url: string, opts: { strict?: boolean } = {}): Promise<ParsedFeed> {
  const text = xml.replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new UserError(`${url} is empty, not a feed.`, 'bad_feed');
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html)[\s>]/i.test(text)) {
    const found = findFeedLinks(text, url);
    throw new UserError(
      found.length ? `${url} is a web page, not a feed; its feed seems to be ${found[0]}.` : `${url} is a web page, not an RSS or Atom feed.`,
      'bad_feed',
    );
  }
  const xmlText = htmlEntitiesToXml(text);
  // The fast reader checks the markup limits as it goes (and leaves a feed past them to the strict path).
  const fast = opts.strict ? null : readFast(xmlText, url);
  if (fast) return fast;
  const tooBig = markupProblem(text, false);
  if (tooBig) throw new UserError(`${url} ${tooBig}: not read as a feed.`, 'too_complex');
  return parseFeedLegacy(xmlText, url);
}

/** Thrown where rss-parser would do something this reader does not copy (rebuild inline XML). */
class Doubt extends Error {}

/** The fast reader: null when the strict reader should read this feed instead. */
function readFast(xml: string, url: string): ParsedFeed | null {
  const tree = readXmlTree(xml, renameTag);
  if (!tree) return null;
  try {
    return fromTree(tree, url);
  } catch (e) {
    if (e instanceof Doubt) return null;
    throw e;
  }
}

const kid = (v: XmlValue | undefined, name: string): XmlValue[] | undefined => (typeof v === 'object' ? v.kids?.get(name) : undefined);
/** xml2js's `x[name][0]`, with rss-parser's unwrapping of `{_: text}`. */
function field(v: XmlValue | undefined, name: string): XmlValue | undefined {
  const first = kid(v, name)?.[0];
  return typeof first === 'object' && typeof first._ === 'string' ? first._ : first;
}
/** rss-parser's getContent: an element's text; inline markup it would rebuild as XML is left to the strict reader. */
function content(v: XmlValue | undefined): string | undefined {
  if (v === undefined || typeof v === 'string') return v;
  if (typeof v._ === 'string') return v._;
  throw new Doubt();
}
/** rss-parser's setISODate. */
function rssIsoDate(date: unknown): string | undefined {
  if (!date || typeof date !== 'string') return undefined;
  try {
    return new Date(date.trim()).toISOString();
  } catch {
    return undefined; // as rss-parser: a bad date is ignored
  }
}

function fromTree(root: Record<string, XmlValue>, url: string): ParsedFeed {
  const obj = (v: XmlValue | undefined): XmlNode => (typeof v === 'object' ? v : {});
  let head: { title: unknown; link: unknown };
  let entries: XmlValue[];
  let atom = false;
  if (root.feed !== undefined) {
    const feed = obj(root.feed);
    const links = kid(feed, 'link');
    // rss-parser's getLink reads every link's attributes and throws on one without.
    if (links?.some((l) => typeof l !== 'object' || !l.$)) throw new Doubt();
    let title = kid(feed, 'title')?.[0] || '';
    if (typeof title === 'object' && title._) title = title._;
    head = { title: title || undefined, link: links ? atomLink(links) : undefined };
    entries = kid(feed, 'entry') ?? [];
    atom = true;
  } else if (root['rdf:RDF'] !== undefined) {
    const rdf = obj(root['rdf:RDF']);
    const channel = kid(rdf, 'channel')?.[0];
    head = channelHead(typeof channel === 'object' ? channel : {});
    entries = kid(rdf, 'item') ?? [];
  } else if (root.rss !== undefined) {
    const rss = obj(root.rss);
    const channel = kid(rss, 'channel')?.[0];
    const ch = typeof channel === 'object' ? channel : {};
    head = channelHead(ch);
    entries = [...(kid(ch, 'item') ?? []), ...(kid(rss, 'item') ?? [])];
  } else {
    throw new UserError(`${url} is not a valid RSS or Atom feed (feed not recognized as RSS 1 or 2).`, 'bad_feed');
  }
  let skipped = 0;
  const items: FeedItem[] = [];
  for (const entry of entries) {
    try {
      const item = toItem(atom ? atomItem(entry) : rssItem(entry), url);
      if (item) items.push(item);
    } catch (e) {
      if (e instanceof Doubt) throw e;
      skipped++; // one unreadable item; the others still count
    }
  }
  return { ...feedHead(head.title, head.link, url), items, skipped };
}

/** rss-parser's buildRSS: `title` over `dc:title`, and `link`. */
function channelHead(channel: XmlNode): { title: unknown; link: unknown } {
  return { title: field(channel, 'title') ?? field(channel, 'dc:title'), link: field(channel, 'link') };
}

/** rss-parser's getLink(links, 'alternate', 0); throws (a skipped item) on a link without attributes, as it does. */
function atomLink(links: XmlValue[]): string | undefined {
  for (const l of links) if ((l as XmlNode).$!.rel === 'alternate') return (l as XmlNode).$!.href;
  return (links[0] as XmlNode).$!.href;
}

/** rss-parser's parseItemRss, for the fields toItem reads. */
function rssItem(x: XmlValue): RawItem {
  const pubDate = field(x, 'pubDate');
  const date = field(x, 'dc:date');
  const description = kid(x, 'description');
  return {
    title: field(x, 'title') ?? field(x, 'dc:title'),
    link: field(x, 'link'),
    pubDate,
    date,
    summary: field(x, 'summary'),
    'content:encoded': field(x, 'content:encoded'),
    content: description ? content(description[0]) : undefined,
    guid: field(x, 'guid'),
    'rdf:about': typeof x === 'object' && x.$?.['rdf:about'] ? x.$['rdf:about'] : undefined,
    isoDate: rssIsoDate(pubDate || date),
  };
}

/** rss-parser's parseItemAtom (with unreadable dates dropped first, as feed-parse-legacy.ts does). */
function atomItem(e: XmlValue): RawItem {
  const date = (k: string): string | undefined => {
    const v = kid(e, k)?.[0];
    return typeof v === 'string' && v.length && isoDate(v) !== null ? v : undefined;
  };
  const published = date('published');
  const updated = date('updated');
  const raw: RawItem = {};
  const titles = kid(e, 'title');
  if (titles) {
    let title = titles[0] || '';
    if (typeof title === 'object' && title._) title = title._;
    if (title) raw.title = title;
  }
  const links = kid(e, 'link');
  if (links?.length) raw.link = atomLink(links);
  if (published) raw.pubDate = new Date(published).toISOString();
  if (!raw.pubDate && updated) raw.pubDate = new Date(updated).toISOString();
  const body = kid(e, 'content');
  if (body?.length) raw.content = content(body[0]);
  const summary = kid(e, 'summary');
  if (summary?.length) raw.summary = content(summary[0]);
  const id = kid(e, 'id');
  if (id) raw.id = id[0];
  raw.isoDate = rssIsoDate(raw.pubDate);
  return raw;
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
