/**
 * `brief <url>` and `/brief <url>`: fetch a URL safely and turn it into an Article (a web page
 * through Readability, a plain-text page as it is). This is `services.fetchArticle`.
 */
import type { Config } from '../config.ts';
import { parseArticle } from '../core/article/parse.ts';
import { UserError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import { runParseJob } from './parse-pool.ts';
import { safeFetch, type PinnedAgent, type SafeFetchOptions } from './safe-fetch.ts';
import { articleId } from './to-article.ts';

/** Fetch tuning that is not configuration: tests pass a resolver or a first-hop allowance here. */
export type FetchTuning = Pick<SafeFetchOptions, 'allowAddresses' | 'resolve' | 'timeoutMs' | 'maxBytes'>;

export const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** The fetch options that configuration implies. */
export function fetchOptions(config: Pick<Config, 'allowPrivateUrls'>, tuning: FetchTuning = {}): SafeFetchOptions {
  return { ...tuning, allowPrivate: config.allowPrivateUrls };
}

/**
 * Fetch the article at a URL (over `via.agent`'s connections when given; `via.signal` cancels). Throws a UserError with a one-line reason (a private address,
 * too large, not an article, HTTP 404, ...).
 */
export async function fetchArticle(url: string, config: Pick<Config, 'allowPrivateUrls'>, tuning: FetchTuning = {}, via: { agent?: PinnedAgent; signal?: AbortSignal } = {}): Promise<Article> {
  const res = await safeFetch(url, { ...fetchOptions(config, tuning), accept: PAGE_ACCEPT, ...via });
  const shown = res.url;
  const head = res.text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml[\s\S]*?<(rss|feed|rdf:RDF)[\s>]/i.test(head) || /^<(rss|feed|rdf:RDF)[\s>]/i.test(head)) {
    throw new UserError(`${shown} is a feed, not an article: add it with /sources add ${shown}`, 'is_feed');
  }
  if (res.contentType === 'text/plain') {
    try {
      return { ...parseArticle(res.text, { id: articleId(res.text.slice(0, 80), `link:${shown}`), fileName: 'page.txt', url: shown }), basis: 'full text' };
    } catch (e) {
      // The parser does not know where the text came from: name the URL, as a file's refusal names the file.
      if (e instanceof UserError) throw new UserError(`${shown}: ${e.message}`, e.code);
      throw e;
    }
  }
  // Readability on an untrusted page: in a parse worker, under its time limit.
  return (await runParseJob({ kind: 'page', html: res.text, url: shown })).article as Article;
}
