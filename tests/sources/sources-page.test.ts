import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/brief/summarize.ts';
import { extractPage } from '../../src/sources/page.ts';
import { fetchArticle } from '../../src/sources/url.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';

const ARTICLE = fs.readFileSync(new URL('../fixtures/sources/article.html', import.meta.url), 'utf8');
const allow = { allowPrivateUrls: true };

describe('extractPage (Readability on linkedom)', () => {
  it('keeps the article and drops navigation, sidebars, ads and footers', () => {
    const a = extractPage(ARTICLE, 'https://harbor.example/council-budget');
    expect(a.title).toBe('Council approves harbor budget');
    expect(a.source).toBe('Harbor Times');
    expect(a.publishedAt).toBe('2024-03-05T08:30:00.000Z');
    expect(a.basis).toBe('full text');
    expect(a.url).toBe('https://harbor.example/council-budget');
    expect(a.text).toContain('Mayor Ana Ruiz said the work would begin in May');
    expect(a.text).toContain('a study of how rising sea levels');
    for (const junk of ['Subscribe now', 'Most read', 'Celebrity spotted', 'All rights reserved', 'font-family']) {
      expect(a.text).not.toContain(junk);
    }
    // Paragraphs stay paragraphs, so the briefing core can split them.
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
    // The dateline is read the same way as for a file in the library.
    expect(a.dateline).toMatchObject({ place: 'PORTVILLE', date: '2024-03-05' });
  });

  it('refuses a page without an article', () => {
    const home = '<html><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><p>Welcome!</p></body></html>';
    expect(() => extractPage(home, 'https://harbor.example/')).toThrow('https://harbor.example/ has no article text that could be extracted.');
  });

  it('refuses an empty page in our words, not Readability\'s ("First argument to Readability constructor …")', () => {
    for (const html of ['', '  \n', '<!-- nothing yet -->']) {
      expect(() => extractPage(html, 'https://harbor.example/blank')).toThrow(/^https:\/\/harbor\.example\/blank has no article text that could be extracted\.$/);
    }
  });

  it('reads an article sent as bare text without any tags', () => {
    const text = 'The harbor ferry will run every twenty minutes from Monday, the port authority said, after a winter of reduced crossings. Commuters had complained about queues at both terminals. The authority said two new boats would join the fleet in spring, and fares would not change this year.';
    const a = extractPage(text, 'https://harbor.example/ferry');
    expect(a.text).toContain('The harbor ferry will run every twenty minutes from Monday');
  });
});

describe('fetchArticle (brief <url>)', () => {
  let site: HttpSite;
  beforeAll(async () => {
    site = await startSite();
    site.serve('/council-budget', ARTICLE, 'text/html; charset=utf-8');
    site.route('/old-link', (_req, res) => {
      res.writeHead(301, { location: '/council-budget' });
      res.end();
    });
    site.serve('/feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', 'application/rss+xml');
    site.route('/huge', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'word '.repeat(20_000)}</p>`;
      let sent = 0;
      const pump = (): void => {
        while (sent < 8 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
  });
  afterAll(() => site.close());

  it('fetches, follows a redirect and extracts a page that briefs as full text', async () => {
    const a = await fetchArticle(`${site.origin}/old-link`, allow);
    expect(a.url).toBe(`${site.origin}/council-budget`);
    expect(a.title).toBe('Council approves harbor budget');
    const b = summarize(a);
    expect(b.basis).toBe('full text');
    expect(b.source).toBe('Harbor Times');
    expect(b.keyPoints.join(' ')).toContain('harbor wall');
  });

  it('refuses a page over 5 MB', async () => {
    await expect(fetchArticle(`${site.origin}/huge`, allow)).rejects.toThrow(`${site.origin}/huge is larger than 5 MB: not fetched.`);
  });

  it('refuses a private address when the switch is off', async () => {
    await expect(fetchArticle(`${site.origin}/council-budget`, { allowPrivateUrls: false })).rejects.toThrow(
      `${site.origin}/council-budget is a private address: not allowed.`,
    );
  });

  it('points a feed URL to /sources add', async () => {
    await expect(fetchArticle(`${site.origin}/feed.xml`, allow)).rejects.toThrow(`is a feed, not an article: add it with /sources add ${site.origin}/feed.xml`);
  });
});
