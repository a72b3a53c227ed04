/** Feed links a web page advertises, for "this is a web page; its feed seems to be …". */
import { parseHTML } from 'linkedom';
import { markupProblem } from './markup-limits.ts';

/** Feed links a web page advertises (`<link rel="alternate" type="application/rss+xml">`). */
export function findFeedLinks(html: string, base: string): string[] {
  // The links sit in <head>: a page too deep or too big to parse is read up to </head> only.
  const head = markupProblem(html, true) ? html.slice(0, Math.max(0, html.search(/<\/head\s*>/i))) : html;
  if (!head || markupProblem(head, true)) return [];
  const { document } = parseHTML(head);
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

/** An absolute http(s) URL, or null. */
export function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
