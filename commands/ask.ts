/**
 * /ask <question> [article]: answer a follow-up question from the article's own sentences,
 * quoting the sentence that says it. The article is the one last briefed in this channel or
 * thread; `article` picks another; with neither, the whole library is searched and the
 * answer names the article it came from.
 */
import { answer, answerFromLibrary, MAX_QUESTION_CHARS } from '../src/core/answer.ts';
import { UserError } from '../src/core/errors.ts';
import { answerMessage } from '../src/core/messages.ts';
import type { Article } from '../src/core/types.ts';
import { conversationKey } from '../src/store/types.ts';
import type { Command, CommandContext } from './types.ts';

/** The article this conversation is about, if one was briefed (or asked about) here. */
async function contextArticle(ctx: CommandContext): Promise<Article | undefined> {
  const id = await ctx.services.store.conversations.getContext(conversationKey(ctx.platform, ctx.channelId, ctx.threadId));
  return id ? ctx.services.library.find(id) : undefined;
}

export const ask = {
  name: 'ask',
  description: 'Ask a question about the article briefed here',
  options: [
    { name: 'question', description: 'Your question, e.g. "Which railway?"', type: 'string', required: true, rest: true },
    { name: 'article', description: 'Article id or title words (default: the one briefed here)', type: 'string', autocomplete: true },
  ],
  async run(ctx, args) {
    const question = typeof args.question === 'string' ? args.question.trim() : '';
    if (!question) throw new UserError('Ask a question, for example: /ask Who did they meet?');
    if (question.length > MAX_QUESTION_CHARS) {
      throw new UserError(`That question is ${question.length} characters long: ask it in under ${MAX_QUESTION_CHARS}.`);
    }
    const key = conversationKey(ctx.platform, ctx.channelId, ctx.threadId);
    const ref = typeof args.article === 'string' ? args.article.trim() : '';
    if (ref) {
      const article = await ctx.services.library.find(ref);
      if (!article) throw new UserError(`No article matches "${ref.length > 80 ? `${ref.slice(0, 80)}…` : ref}": try an id from /digest.`);
      // Follow-ups in this conversation are now about the article asked about.
      await ctx.services.store.conversations.setContext(key, article.id);
      return answerMessage(answer(question, article), article, { named: true });
    }
    const current = await contextArticle(ctx);
    if (current) return answerMessage(answer(question, current), current);
    const articles = await ctx.services.library.list();
    const best = answerFromLibrary(question, articles);
    if (!best) throw new UserError('The library is empty: add articles to the briefings folder or a feed with /sources add.');
    if (best.answer.found) await ctx.services.store.conversations.setContext(key, best.article.id);
    return answerMessage(best.answer, best.article, { named: true });
  },
  async complete(ctx, _option, partial) {
    const p = partial.trim().toLowerCase();
    const list = await ctx.services.library.list();
    return list
      .filter((a) => !p || a.id.toLowerCase().includes(p) || a.title.toLowerCase().includes(p))
      .slice(0, 25)
      .map((a) => ({ name: a.title.length > 100 ? `${a.title.slice(0, 99)}…` : a.title || a.id, value: a.id.slice(0, 100) }));
  },
} satisfies Command;
