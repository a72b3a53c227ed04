/**
 * The library backed by the store: articles from briefings/, feeds and fetched URLs are kept
 * in the store's article table (deduplicated by content), so they survive a restart and the
 * scheduled digests see every source.
 */
import type { Logger } from 'pino';
import type { Article } from '../core/types.ts';
import type { Library } from '../services.ts';
import { findArticle, loadArticleDir } from './library.ts';
import type { ArticleStore } from '../store/types.ts';

export class StoreLibrary implements Library {
  constructor(
    private readonly articles: ArticleStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): Promise<Article[]> {
    return this.articles.list();
  }

  async find(ref: string): Promise<Article | undefined> {
    const exact = await this.articles.get(ref.trim());
    return exact ?? findArticle(await this.list(), ref);
  }

  async add(article: Article): Promise<void> {
    await this.articles.put(article, this.now());
  }
}

/** A store-backed library holding (at least) every article file of `dir`. */
export async function loadStoreLibrary(articles: ArticleStore, dir: string, log: Logger, now: () => Date): Promise<StoreLibrary> {
  const library = new StoreLibrary(articles, now);
  let added = 0;
  for (const a of await loadArticleDir(dir, log)) {
    if ((await articles.put(a, now())).added) added++;
  }
  if (added) log.info({ dir, added }, 'articles added to the store');
  return library;
}
