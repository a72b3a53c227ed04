/**
 * The library backed by the store: articles from briefings/, feeds and fetched URLs are kept
 * in the store's article table (deduplicated by content), so they survive a restart and the
 * scheduled digests see every source.
 */
import type { Logger } from 'pino';
import type { Article } from '../core/types.ts';
import type { Library } from '../services.ts';
import path from 'node:path';
import { articleIdFromFile, findArticle, isArticleFileName, loadArticleDir } from './library.ts';
import type { ArticleStore } from '../store/types.ts';
import type { ArticleRow } from '../store/article-row.ts';

/** Candidates a reference is resolved among (more than one id-prefix match means "not unique" anyway). */
const FIND_CANDIDATES = 50;

export class StoreLibrary implements Library {
  constructor(
    private readonly articles: ArticleStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): Promise<Article[]> {
    return this.articles.list();
  }

  newest(limit: number): Promise<Article[]> {
    return this.articles.newest(limit);
  }

  search(query: string, limit: number): Promise<Article[]> {
    return this.articles.search(query, limit);
  }

  /**
   * The same rules as findArticle (exact id, unique id prefix, title words), applied to the few
   * candidates the store's indexed search returns instead of the whole library.
   */
  async find(ref: string): Promise<Article | undefined> {
    const r = ref.trim();
    if (!r) return undefined;
    const exact = await this.articles.get(r);
    if (exact) return exact;
    // An article file's name, as `newsbrief articles` and the folder show it ("story.txt",
    // "briefings/story.txt"): its id is the name without the extension.
    const name = path.basename(r);
    if (isArticleFileName(name)) {
      const byFile = await this.articles.get(articleIdFromFile(name));
      if (byFile) return byFile;
    }
    const found = findArticle(await this.articles.search(r, FIND_CANDIDATES), r);
    if (found) return found;
    // findArticle ignores words of one or two letters ("of", "to"): search without them too.
    const long = r.split(/\s+/).filter((w) => w.length > 2);
    if (!long.length || long.length === r.split(/\s+/).length) return undefined;
    return findArticle(await this.articles.search(long.join(' '), FIND_CANDIDATES), r);
  }

  async add(article: Article): Promise<void> {
    await this.articles.put(article, this.now());
  }

  async addMany(articles: readonly Article[], prepared?: readonly (ArticleRow | undefined)[]): Promise<void> {
    if (this.articles.putMany) await this.articles.putMany(articles, this.now(), prepared);
    else for (const a of articles) await this.articles.put(a, this.now());
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
