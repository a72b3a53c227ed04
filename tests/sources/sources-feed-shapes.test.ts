/**
 * Real-world feed shapes (written for this test, one per kind that well-behaved feed readers
 * accept): each well-formed one is accepted; an empty one is a feed with no stories yet; script
 * and style content never reaches the story text.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/sources/feed.ts';

const URL = 'https://shapes.example/feed';
const ITEM = '<item><title>Harbour reopens</title><link>https://shapes.example/harbour</link><description>The harbour reopened on Monday after repairs.</description></item>';

/** name -> [feed text, titles expected] */
const SHAPES: Record<string, [string, string[]]> = {
  'RSS 2.0 without a version attribute': [`<rss><channel><title>No version</title>${ITEM}</channel></rss>`, ['Harbour reopens']],
  'RSS in the old Userland namespace': [`<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>Userland</title>${ITEM}</channel></rss>`, ['Harbour reopens']],
  'RSS 0.91 (Netscape DOCTYPE)': [
    `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><language>en</language>${ITEM}</channel></rss>`,
    ['Harbour reopens'],
  ],
  'RSS 0.92 with an enclosure': [`<rss version="0.92"><channel><title>Pod</title><item><title>Episode one</title><enclosure url="https://shapes.example/1.mp3" length="1" type="audio/mpeg"/><description>Talk about the harbour.</description></item></channel></rss>`, ['Episode one']],
  'RSS 0.93 and 0.94': [`<rss version="0.94"><channel><title>T</title>${ITEM}</channel></rss>`, ['Harbour reopens']],
  'RSS 2.01': [`<rss version="2.01"><channel><title>T</title>${ITEM}</channel></rss>`, ['Harbour reopens']],
  'RSS 0.90 (RDF, Netscape namespace)': [
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>Ninety</title><link>https://shapes.example/</link></channel><item><title>Harbour reopens</title><link>https://shapes.example/harbour</link></item></rdf:RDF>`,
    ['Harbour reopens'],
  ],
  'RSS 1.0 with its namespace on a prefix': [
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/"><rss:channel rdf:about="https://shapes.example/"><rss:title>Prefixed</rss:title></rss:channel><rss:item rdf:about="https://shapes.example/harbour"><rss:title>Harbour reopens</rss:title><rss:link>https://shapes.example/harbour</rss:link><rss:description>Reopened.</rss:description></rss:item></rdf:RDF>`,
    ['Harbour reopens'],
  ],
  'made-up elements inside an item': [`<rss><channel><item><tags>harbour, ferries</tags><mood>good</mood><title>Harbour reopens</title><category>Local</category></item></channel></rss>`, ['Harbour reopens']],
  'items straight under <rss>, no channel': [`<rss>${ITEM}</rss>`, ['Harbour reopens']],
  // Declared entities are accepted but never expanded (that is how entity-expansion bombs work).
  'a DOCTYPE that declares an entity': [`<!DOCTYPE rss [<!ENTITY harbour "Harbour">]><rss version="2.0"><channel><title>Entities</title><item><title>&harbour; reopens</title><description>Open again.</description></item></channel></rss>`, ['&harbour; reopens']],
  'Atom with inline XHTML content': [
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><entry><id>tag:shapes.example,2024:1</id><title>Harbour reopens</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The harbour <b>reopened</b>.</p></div></content></entry></feed>`,
    ['Harbour reopens'],
  ],
  'HTML entities an XML parser does not know': [`<rss version="2.0"><channel><title>Caf&eacute;</title><item><title>Harbour&nbsp;reopens</title><description>Prices &mdash; unchanged.</description></item></channel></rss>`, ['Harbour reopens']],
};

/** Feeds with nothing in them yet, in every version. */
const EMPTY: Record<string, string> = {
  'RSS 0.90': '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">\n</rdf:RDF>',
  'RSS 0.91': '<rss version="0.91"></rss>',
  'RSS 0.92': '<rss version="0.92"><channel/></rss>',
  'RSS 2.0': '<rss version="2.0">\n</rss>',
  'RSS 2.0, empty channel': '<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>',
  'RSS 1.0': '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"></rdf:RDF>',
  'RSS 1.0, prefixed empty channel': '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/"><rss:channel rdf:about="https://shapes.example/"></rss:channel></rdf:RDF>',
  Atom: '<feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>',
};

describe('real-world feed shapes', () => {
  for (const [name, [xml, titles]] of Object.entries(SHAPES)) {
    it(`accepts ${name}`, async () => {
      const f = await parseFeed(xml, URL);
      expect(f.items.map((i) => i.title)).toEqual(titles);
    });
  }

  for (const [name, xml] of Object.entries(EMPTY)) {
    it(`reads an empty ${name} feed as one with no stories yet`, async () => {
      const f = await parseFeed(xml, URL);
      expect(f.items).toEqual([]);
    });
  }

  it('drops script and style content (and an embedded page title) from item text', async () => {
    const html = '&lt;html&gt;&lt;head&gt;&lt;title&gt;Page chrome&lt;/title&gt;&lt;style&gt;p { color: red }&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;script&gt;alert("ran")&lt;/script&gt;&lt;p&gt;The harbour reopened.&lt;/p&gt;&lt;script type="text/javascript"&gt;var tracked = true;&lt;/script&gt;&lt;/body&gt;&lt;/html&gt;';
    const cdata = '<![CDATA[<p>Ferries resume.</p><script>document.write("injected")</script><style>.x{}</style><noscript>Enable JS</noscript>]]>';
    const f = await parseFeed(`<rss version="2.0"><channel><title>T</title><item><title>A</title><description>${html}</description></item><item><title>B</title><description>${cdata}</description></item></channel></rss>`, URL);
    expect(f.items.map((i) => i.text)).toEqual(['The harbour reopened.', 'Ferries resume.']);
  });

  it('reads every item it can: an item that cannot be read is skipped, the rest kept', async () => {
    // An item with neither a title nor any text is not a story; the others still count.
    const f = await parseFeed(`<rss version="2.0"><channel><title>T</title><item><link>https://shapes.example/x</link></item>${ITEM}</channel></rss>`, URL);
    expect(f.items.map((i) => i.title)).toEqual(['Harbour reopens']);
  });
});
