import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { FULL_TEXT_WORDS, htmlEntitiesToXml, parseFeed } from '../../src/sources/feed.ts';

const URL = 'https://news.example/feed.xml';

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbor Times</title>
  <link>https://news.example/</link>
  <item>
    <title>Port reopens after storm</title>
    <link>https://news.example/port-reopens</link>
    <guid isPermaLink="false">harbor-123</guid>
    <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
    <description>The port reopened on Tuesday.</description>
  </item>
  <item>
    <title>Ferry timetable changes</title>
    <link>/ferry</link>
    <pubDate>sometime last week</pubDate>
    <description>New sailings start in April.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Valley Courier</title>
  <link href="https://valley.example/" rel="alternate"/>
  <link href="https://valley.example/atom.xml" rel="self"/>
  <updated>2024-03-06T08:00:00Z</updated>
  <entry>
    <title type="html">Bridge &amp;amp; road repairs approved</title>
    <link href="https://valley.example/bridge" rel="alternate"/>
    <id>tag:valley.example,2024:bridge</id>
    <published>2024-03-06T07:30:00Z</published>
    <updated>2024-03-06T08:00:00Z</updated>
    <summary type="html">&lt;p&gt;The council approved &lt;b&gt;repairs&lt;/b&gt;.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Library hours extended</title>
    <link href="https://valley.example/library"/>
    <id>tag:valley.example,2024:library</id>
    <published>not a date</published>
    <content type="html">&lt;p&gt;Open until nine.&lt;/p&gt;</content>
  </entry>
</feed>`;

const RSS1 = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/">
    <title>Old School News</title>
    <link>https://old.example/</link>
  </channel>
  <item rdf:about="https://old.example/story1">
    <title>Election results certified</title>
    <link>https://old.example/story1</link>
    <description>The results were certified on Monday.</description>
    <dc:date>2024-03-04T12:00:00Z</dc:date>
  </item>
</rdf:RDF>`;

const CDATA_ENTITIES = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Caf&eacute; Society &mdash; Weekly</title>
  <item>
    <title><![CDATA[Chef's "secret" menu & more]]></title>
    <link>https://cafe.example/menu</link>
    <guid>menu-1</guid>
    <description><![CDATA[<p>The caf&eacute; on Main&nbsp;Street reopened.</p><p>Prices rose by 5&#8201;% &ndash; modestly.</p><script>alert(1)</script>]]></description>
  </item>
  <item>
    <title>Na&iuml;ve pricing &amp; the &lsquo;new&rsquo; normal</title>
    <link>https://cafe.example/pricing</link>
    <description>&lt;p&gt;Owners said &amp;quot;no&amp;quot;.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

describe('parseFeed', () => {
  it('reads RSS 2.0: title, items, guid, links made absolute, dates', async () => {
    const f = await parseFeed(RSS2, URL);
    expect(f.title).toBe('Harbor Times');
    expect(f.items).toHaveLength(2);
    const [a, b] = f.items;
    expect(a).toMatchObject({
      key: 'guid:harbor-123',
      title: 'Port reopens after storm',
      link: 'https://news.example/port-reopens',
      text: 'The port reopened on Tuesday.',
      publishedAt: '2024-03-05T10:00:00.000Z',
      fullText: false,
    });
    // No guid: identified by its link; an unreadable date is null, not an error.
    expect(b.key).toBe('link:https://news.example/ferry');
    expect(b.publishedAt).toBeNull();
  });

  it('reads Atom, with HTML summaries and content, and a bad date', async () => {
    const f = await parseFeed(ATOM, URL);
    expect(f.title).toBe('Valley Courier');
    expect(f.link).toBe('https://valley.example/');
    expect(f.items.map((i) => i.title)).toEqual(['Bridge & road repairs approved', 'Library hours extended']);
    expect(f.items[0]).toMatchObject({ key: 'guid:tag:valley.example,2024:bridge', text: 'The council approved repairs.', publishedAt: '2024-03-06T07:30:00.000Z' });
    expect(f.items[1]).toMatchObject({ text: 'Open until nine.', publishedAt: null });
  });

  it('reads RSS 1.0 (RDF) with a Dublin Core date', async () => {
    const f = await parseFeed(RSS1, URL);
    expect(f.title).toBe('Old School News');
    expect(f.items[0]).toMatchObject({
      title: 'Election results certified',
      link: 'https://old.example/story1',
      publishedAt: '2024-03-04T12:00:00.000Z',
      key: 'guid:https://old.example/story1',
    });
  });

  it('decodes CDATA and HTML entities, and drops scripts', async () => {
    const f = await parseFeed(CDATA_ENTITIES, URL);
    expect(f.title).toBe('Café Society — Weekly');
    expect(f.items[0].title).toBe('Chef\'s "secret" menu & more');
    expect(f.items[0].text).toBe('The café on Main Street reopened.\n\nPrices rose by 5\u2009% – modestly.');
    expect(f.items[1].title).toBe('Naïve pricing & the ‘new’ normal');
    expect(f.items[1].text).toBe('Owners said "no".');
  });

  it('marks a long body as full text', async () => {
    const long = Array.from({ length: FULL_TEXT_WORDS + 10 }, (_, i) => `word${i}`).join(' ');
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>Long</title><guid>x</guid><description>${long}.</description></item></channel></rss>`;
    expect((await parseFeed(xml, URL)).items[0].fullText).toBe(true);
  });

  it('identifies an item with neither guid nor link by a hash of its content', async () => {
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>Only a title</title><description>And text.</description></item></channel></rss>`;
    const [item] = (await parseFeed(xml, URL)).items;
    expect(item.key).toBe(`hash:${item.contentHash}`);
    const edited = (await parseFeed(xml.replace('And text.', 'And new text.'), URL)).items[0];
    expect(edited.contentHash).not.toBe(item.contentHash);
  });

  it('refuses malformed XML with a clear one-line reason', async () => {
    const broken = RSS2.replace('</title>\n  <link>https://news.example/</link>', '</titel>\n  <link>https://news.example/</link>');
    const e = await parseFeed(broken, URL).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toMatch(/^https:\/\/news\.example\/feed\.xml is not a valid RSS or Atom feed \(.+ at line 4\)\.$/);
    expect((e as UserError).message).not.toContain('\n');
  });

  it('says when a URL is a web page, and where its feed is', async () => {
    const page = '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>hi</body></html>';
    await expect(parseFeed(page, 'https://site.example/news')).rejects.toThrow('https://site.example/news is a web page, not a feed; its feed seems to be https://site.example/rss.');
    await expect(parseFeed('{"json": true}', URL)).rejects.toThrow(/is not a valid RSS or Atom feed/);
    await expect(parseFeed('<html-ish></html-ish>', URL)).rejects.toThrow(/is not a valid RSS or Atom feed \(feed not recognized/);
  });

  it('refuses a binary answer (an image, an archive) in one line of its own, not the XML parser\'s', async () => {
    // A PNG's signature and header, then bytes as compressed data has them.
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 400 }, (_, i) => (i * 149 + 7) % 256)]);
    const expected = `${URL} is not a feed: the answer is binary data, not XML.`;
    await expect(parseFeed({ bytes: png.slice(), contentTypeHeader: 'application/rss+xml' }, URL)).rejects.toThrow(expected);
    await expect(parseFeed({ bytes: png.slice(), contentTypeHeader: null }, URL)).rejects.toThrow(expected);
    await expect(parseFeed(Buffer.from(png).toString('latin1'), URL)).rejects.toThrow(expected);
    // Text that is not XML keeps its reason.
    await expect(parseFeed('{"json": true}', URL)).rejects.toThrow(/is not a valid RSS or Atom feed \(non-whitespace before first tag/);
  });

  it('leaves XML entities alone and escapes unknown names', () => {
    expect(htmlEntitiesToXml('a &amp; b &lt; &eacute; &bogusname; &#233;')).toBe('a &amp; b &lt; &#233; &amp;bogusname; &#233;');
  });
});
