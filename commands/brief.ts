/**
 * /brief [article]: brief an article from the library (by id or title words), a URL, or the
 * newest one; the conversation then follows that article for /ask.
 */
import { UserError } from '../src/core/errors.ts';
import { briefingMessage } from '../src/core/message/build.ts';
import { summarizeForChat as summarize } from '../src/core/brief/summarize.ts';
import type { Article } from '../src/core/types.ts';
import { conversationsOf } from '../src/conversation/conversations.ts';
import type { Command, CommandContext } from './types.ts';

/** Resolve an article reference: none (newest), a URL, an id or title words. */
export async function resolveArticle(ctx: CommandContext, ref: string | undefined): Promise<Article> {
  const { library, fetchArticle } = ctx.services;
  if (!ref || !ref.trim()) {
    const [newest] = await library.newest(1);
    if (!newest) throw new UserError('The library is empty: add articles to the briefings folder or a feed with /sources add.');
    return newest;
  }
  const r = ref.trim();
  if (/^https?:\/\//i.test(r)) {
    if (!fetchArticle) throw new UserError('Fetching URLs is not available here.');
    const a = await fetchArticle(r);
    await library.add(a);
    return a;
  }
  const found = await library.find(r);
  if (!found) throw new UserError(`No article matches "${r.length > 80 ? `${r.slice(0, 80)}…` : r}": try /brief with no argument, or an id from /digest.`);
  return found;
}

/**
 * Up to 25 library articles for autocomplete: the newest, or those whose id starts with
 * `partial` or whose title words begin with its words (an indexed store query per keystroke).
 */
export async function completeArticles(ctx: CommandContext, partial: string): Promise<{ name: string; value: string }[]> {
  const p = partial.trim();
  const list = p ? await ctx.services.library.search(p, 25) : await ctx.services.library.newest(25);
  return list
    .map((a) => ({ name: (a.title.length > 100 ? `${a.title.slice(0, 99)}…` : a.title) || a.id, value: a.id.slice(0, 100) }));
}

export const brief = {
  name: 'brief',
  description: 'Brief an article: TL;DR, key points, who and where',
  options: [{ name: 'article', description: 'Article id, title words or URL (default: the newest)', type: 'string', autocomplete: true }],
  slow: true,
  async run(ctx, args) {
    const article = await resolveArticle(ctx, typeof args.article === 'string' ? args.article : undefined);
    const b = summarize(article);
    await conversationsOf(ctx.services.store).follow(ctx, { articleId: article.id });
    return briefingMessage(b);
  },
  complete: (ctx, _option, partial) => completeArticles(ctx, partial),
} satisfies Command;
