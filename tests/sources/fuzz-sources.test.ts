/**
 * Property tests over hostile HTML and feed shapes, deterministic (a seeded PRNG). What a user
 * would notice is asserted: nothing throws but a UserError with one short line; script and
 * style content never becomes story text; markup past the depth and element limits is never
 * handed to a parser (the scan that decides it agrees with the limits); well-formed feeds,
 * whatever their version or extra elements, are read.
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { parseFeed } from '../../src/sources/feed.ts';
import { domToText, htmlToText } from '../../src/sources/html-text.ts';
import { MAX_HTML_DEPTH, measureMarkup } from '../../src/sources/markup-limits.ts';
import { extractPage } from '../../src/sources/page.ts';
import { prng } from '../../scripts/prng.ts';

/** Text inside script or style: must never reach a story. */
const SECRET = 'SCRIPTBODY';
const TAGS = ['div', 'p', 'span', 'b', 'i', 'a', 'ul', 'li', 'table', 'tr', 'td', 'section', 'article', 'blockquote', 'font', 'x-made-up', 'svg', 'math'];
const PIECES = [
  `<script>var s = "${SECRET}";</script>`, `<style>.${SECRET} { color: red }</style>`, `<script type="text/javascript"><!-- ${SECRET} --></script>`,
  '<!-- comment -->', '<!-- unterminated', '<![CDATA[ cdata ]]>', '<!doctype html>', '<?xml version="1.0"?>', '&amp;', '&nbsp;', '&eacute;', '&bogus;', '&#x1F600;', '&#0;', '&#xD800;',
  '<br>', '<br/>', '<img src=x onerror=alert(1)>', '<>', '< p>', '<a href="javascript:alert(1)">link</a>', '</div></div></div>', '"', "'", '>', '<', ' ', '\n', 'The mayor said', 'words here.',
  '\u0000', '\u202e', '😀', 'e\u0301',
];

/** Broken tags: what follows one is read as attributes or text, as a browser would (so a script after it is no script). */
const BROKEN = ['<p', '</', '<div class="'];

/** Random HTML; `broken` when it holds a broken tag. */
function randomHtml(rand: () => number, budget: number): { html: string; broken: boolean } {
  const out: string[] = [];
  let broken = false;
  const open: string[] = [];
  for (let n = 0; n < budget; n++) {
    const r = rand();
    if (r < 0.3) {
      const tag = TAGS[Math.floor(rand() * TAGS.length)];
      // Sometimes a run of deep nesting, past every limit.
      const run = rand() < 0.05 ? 100 + Math.floor(rand() * 600) : 1;
      for (let k = 0; k < run; k++) {
        out.push(`<${tag}${rand() < 0.2 ? ' class="x"' : ''}>`);
        open.push(tag);
      }
    } else if (r < 0.5 && open.length) {
      out.push(`</${open.pop()}>`);
    } else if (r < 0.52) {
      out.push(BROKEN[Math.floor(rand() * BROKEN.length)]);
      broken = true;
    } else {
      out.push(PIECES[Math.floor(rand() * PIECES.length)]);
    }
  }
  if (rand() < 0.5) while (open.length) out.push(`</${open.pop()}>`);
  return { html: out.join(''), broken };
}

function oneLine(e: unknown): string {
  expect(e).toBeInstanceOf(UserError);
  const msg = (e as UserError).message;
  expect(msg).not.toContain('\n');
  expect(msg.length).toBeLessThan(400);
  return msg;
}

describe('hostile HTML', () => {
  it('htmlToText never throws and never keeps script or style text, at any depth', () => {
    const rand = prng(1801);
    for (let i = 0; i < 300; i++) {
      const { html, broken } = randomHtml(rand, 20 + Math.floor(rand() * 400));
      const text = htmlToText(html);
      expect(typeof text).toBe('string');
      if (!broken) expect(text, html.slice(0, 200)).not.toContain(SECRET);
    }
  });

  it('reads simple item markup without a DOM to exactly the text the DOM gives', () => {
    const rand = prng(1805);
    const tags = ['p', 'b', 'i', 'em', 'strong', 'a', 'span', 'ul', 'li', 'h2', 'blockquote', 'div', 'small', 'code'];
    const text = ['The ferry', ' runs', ' again.', ' Caf&eacute;', ' &amp; more', ' &nbsp;', '\n', '  ', 'x', ' &#8212; ', ' &bogus; ', '"quoted"', "it's"];
    for (let i = 0; i < 300; i++) {
      const out: string[] = [];
      const open: string[] = [];
      for (let n = 0; n < 5 + Math.floor(rand() * 40); n++) {
        const r = rand();
        if (r < 0.25) {
          const tag = tags[Math.floor(rand() * tags.length)];
          out.push(`<${tag}${rand() < 0.3 ? ` class="c${n}"` : ''}${tag === 'a' ? " href='https://fuzz.example/?a=1&amp;b=2'" : ''}>`);
          open.push(tag);
        } else if (r < 0.45 && open.length) out.push(`</${open.pop()}>`);
        else if (r < 0.5) out.push(rand() < 0.5 ? '<br>' : '<img src="x.png" alt="">');
        else out.push(text[Math.floor(rand() * text.length)]);
      }
      while (open.length) out.push(`</${open.pop()}>`);
      const html = out.join('');
      expect(htmlToText(html), html).toBe(domToText(html));
    }
  });

  it('extractPage gives an article or a one-line refusal, and refuses what is past the limits without parsing it', () => {
    const rand = prng(1802);
    for (let i = 0; i < 120; i++) {
      const part = randomHtml(rand, 20 + Math.floor(rand() * 300));
      const html = `<html><body><article>${'<p>The harbour authority said the ferry would run again in April, with more sailings at weekends and on holidays.</p>'.repeat(3)}${part.html}</article></body></html>`;
      const deep = measureMarkup(html, true).depth > MAX_HTML_DEPTH;
      let text: string | null = null;
      let error: unknown = null;
      try {
        text = extractPage(html, 'https://fuzz.example/p').text;
      } catch (e) {
        error = e;
      }
      if (text !== null) {
        expect(deep).toBe(false);
        if (!part.broken) expect(text).not.toContain(SECRET);
      } else {
        const msg = oneLine(error);
        if (deep) expect(msg).toBe(`https://fuzz.example/p is nested more than ${MAX_HTML_DEPTH} levels deep: not read.`);
      }
    }
  });
});

const ITEM_PARTS = [
  '<title>Ferry returns</title>', '<link>https://fuzz.example/a</link>', '<guid>id-1</guid>', '<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate>', '<pubDate>not a date</pubDate>',
  '<description>The ferry returns in April.</description>', `<description><![CDATA[<p>Text</p><script>${SECRET}</script>]]></description>`, `<description>&lt;style&gt;${SECRET}&lt;/style&gt;Escaped text.</description>`,
  '<mood>sunny</mood>', '<x:thing xmlns:x="urn:x">made up</x:thing>', '<category>Local</category>', '<enclosure url="https://fuzz.example/a.mp3" type="audio/mpeg" length="1"/>', '<author>desk@fuzz.example</author>',
  '<description>Caf&eacute; &mdash; &bogus; &amp; more</description>', `<description><![CDATA[${'<div>'.repeat(2000)}deep${'</div>'.repeat(2000)}]]></description>`, '<comments/>', '<source url="https://fuzz.example/">Src</source>',
];
const ROOTS: ((items: string) => string)[] = [
  (items) => `<rss version="2.0"><channel><title>F</title>${items}</channel></rss>`,
  (items) => `<rss><channel><title>F</title>${items}</channel></rss>`,
  (items) => `<rss version="0.91"><channel><title>F</title><language>en</language>${items}</channel></rss>`,
  (items) => `<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>F</title>${items}</channel></rss>`,
  (items) => `<rss version="2.0">${items}</rss>`,
  (items) => `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>F</title></channel>${items}</rdf:RDF>`,
];

describe('hostile and unusual feed shapes', () => {
  it('reads every well-formed shape, never keeping script or style text', async () => {
    const rand = prng(1803);
    for (let i = 0; i < 60; i++) {
      const n = Math.floor(rand() * 4);
      const items = Array.from({ length: n }, () => {
        const parts = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => ITEM_PARTS[Math.floor(rand() * ITEM_PARTS.length)]);
        return `<item>${parts.join('')}</item>`;
      });
      const xml = ROOTS[Math.floor(rand() * ROOTS.length)](items.join(''));
      const f = await parseFeed(xml, 'https://fuzz.example/feed');
      expect(f.items.length, xml.slice(0, 300)).toBeLessThanOrEqual(n);
      for (const item of f.items) {
        expect(item.text).not.toContain(SECRET);
        expect(item.title).not.toContain(SECRET);
      }
    }
  });

  it('refuses broken or hostile feed text with one line, never anything else', async () => {
    const rand = prng(1804);
    const base = ROOTS[0](`<item>${ITEM_PARTS.slice(0, 6).join('')}</item>`);
    const cases = [
      '', '   ', '<', '<rss', '<rss>', '</rss>', '<html><body>no feed</body></html>', '{"items": []}', 'plain text', '<?xml version="1.0"?>',
      `<rss version="2.0"><channel>${'<a>'.repeat(3000)}</channel></rss>`, `<rss>${'&x;'.repeat(5000)}</rss>`, '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>',
    ];
    for (let i = 0; i < 30; i++) {
      // Random cuts and splices of a valid feed.
      const at = Math.floor(rand() * base.length);
      cases.push(rand() < 0.5 ? base.slice(0, at) : `${base.slice(0, at)}${PIECES[Math.floor(rand() * PIECES.length)]}${base.slice(at)}`);
    }
    for (const xml of cases) {
      try {
        await parseFeed(xml, 'https://fuzz.example/feed');
      } catch (e) {
        expect(oneLine(e), JSON.stringify(xml.slice(0, 120))).toMatch(/^https:\/\/fuzz\.example\/feed /);
      }
    }
  });
});
