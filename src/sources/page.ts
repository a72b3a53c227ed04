/**
 * An article web page -> Article, with @mozilla/readability on linkedom. The page's own
 * metadata (Open Graph, article:published_time, JSON-LD, <time>) gives the publication date
 * and site name, which Readability alone often misses.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { UserError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import { escapeRegExp } from '../core/text/escape-regexp.ts';
import { htmlToText, inlineText } from './html-text.ts';
import { markupProblem } from './markup-limits.ts';
import { articleId, buildArticle, isoDate } from './to-article.ts';

/** Fewer words than this is a teaser, a paywall or a page that is not an article. */
export const MIN_ARTICLE_WORDS = 40;

export interface PageMeta {
  title: string | null;
  siteName: string | null;
  publishedAt: string | null;
}

interface Doc {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** Read title, site name and publication date from a page's metadata. */
export function readMeta(document: Doc): PageMeta {
  const meta = (...names: string[]): string | null => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return null;
  };
  const ld = jsonLd(document);
  const timeEl = document.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]');
  const published =
    isoDate(meta('article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date')) ??
    isoDate(ld.datePublished) ??
    isoDate(timeEl?.getAttribute('datetime') ?? null);
  return {
    title: meta('og:title', 'twitter:title') ?? (typeof ld.headline === 'string' ? ld.headline : null),
    siteName: meta('og:site_name', 'application-name') ?? ld.publisher ?? null,
    publishedAt: published,
  };
}

function jsonLd(document: Doc): { datePublished?: string; headline?: string; publisher?: string } {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; other metadata still counts
    }
    const nodes: unknown[] = Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])];
    for (const n of nodes) {
      if (!n || typeof n !== 'object') continue;
      const o = n as Record<string, unknown>;
      const type = String(o['@type'] ?? '');
      if (!/Article|Posting|Report/i.test(type)) continue;
      const pub = o.publisher as { name?: unknown } | undefined;
      return {
        datePublished: typeof o.datePublished === 'string' ? o.datePublished : undefined,
        headline: typeof o.headline === 'string' ? o.headline : undefined,
        publisher: pub && typeof pub.name === 'string' ? pub.name : undefined,
      };
    }
  }
  return {};
}

/**
 * Extract the article from a page's HTML. Throws a UserError when the page has no readable
 * article (a home page, a login wall), or is too deep or too big to parse safely. Synchronous
 * and CPU-bound: the bot calls it in a parse worker (parse-pool.ts), never on the main thread.
 */
export function extractPage(html: string, url: string, opts: { id?: string } = {}): Article {
  const tooBig = markupProblem(html, true);
  if (tooBig) throw new UserError(`${url} ${tooBig}: not read.`, 'too_complex');
  let { document } = parseHTML(html);
  // linkedom makes no <html> element for a page without tags (an empty body, bare text sent as
  // text/html), and Readability then threw its own words ("First argument to Readability
  // constructor should be a document object") into chat: read such a page as a body.
  if (!document.documentElement) ({ document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`));
  const meta = readMeta(document as unknown as Doc);
  const pageTitle = document.querySelector('title')?.textContent ?? null;
  // Readability changes the document it reads: metadata first, then the article.
  const result = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = result?.content ? htmlToText(result.content) : '';
  if (text.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) {
    throw new UserError(`${url} has no article text that could be extracted.`, 'no_article');
  }
  const siteName = meta.siteName ?? result?.siteName ?? hostName(url);
  const title = cleanTitle(meta.title ?? result?.title ?? pageTitle ?? '', siteName);
  return buildArticle({
    id: opts.id ?? articleId(title, `link:${url}`),
    title,
    text,
    url,
    publishedAt: meta.publishedAt ?? isoDate(result?.publishedTime ?? null),
    source: siteName,
    basis: 'full text',
  });
}

/** "Council approves budget | Daily Gazette" -> "Council approves budget". */
function cleanTitle(title: string, siteName: string | null): string {
  const t = inlineText(title);
  if (!siteName) return t;
  const esc = escapeRegExp(siteName);
  const stripped = t.replace(new RegExp(`\\s*[|\\-–—:·•]\\s*${esc}\\s*$`, 'i'), '').replace(new RegExp(`^${esc}\\s*[|\\-–—:·•]\\s*`, 'i'), '');
  return stripped || t;
}

function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
