/**
 * /ask <question> [article]: answer a follow-up question from the article's own sentences,
 * quoting the sentence that says it. The article is the one last briefed in this channel or
 * thread; `article` picks another; with neither, the whole library is searched and the
 * answer names the article it came from.
 */
import { answer, answerFromLibrary, MAX_QUESTION_CHARS } from '../src/core/answer/answer.ts';
import { UserError } from '../src/core/errors.ts';
import { answerMessage } from '../src/core/message/build.ts';
import type { Article } from '../src/core/types.ts';
import { conversationsOf } from '../src/conversation/conversations.ts';
import { completeArticles } from './brief.ts';
import type { Command, CommandContext } from './types.ts';

/** What this conversation follows: the article last briefed (or asked about) here, or a digest's stories. */
async function conversationArticles(ctx: CommandContext): Promise<{ single?: Article; among?: Article[] }> {
  const followed = await conversationsOf(ctx.services.store).followed(ctx);
  if (!followed) return {};
  if ('articleId' in followed) return { single: await ctx.services.library.find(followed.articleId) };
  const found = await Promise.all(followed.digest.map((id) => ctx.services.library.find(id)));
  return { among: found.filter((a): a is Article => a !== undefined) };
}

/** Newest articles a context-free question is answered among, besides those whose titles share its words. */
const ASK_NEWEST = 200;

/**
 * What a question without a conversation is answered from: the newest articles and those whose
 * title has one of the question's longer words, found by indexed queries, never the whole library.
 */
async function libraryCandidates(ctx: CommandContext, question: string): Promise<Article[]> {
  const { library } = ctx.services;
  const words = [...new Set(question.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].slice(0, 6);
  const lists = await Promise.all([library.newest(ASK_NEWEST), ...words.map((w) => library.search(w, 20))]);
  const byId = new Map<string, Article>();
  for (const a of lists.flat()) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()];
}

/**
 * The article named after a question's last question mark (`Which railway? Kyrgyzstan`, as
 * `/ask <question> [article]` reads): used when those words find exactly one article (by id or
 * title words); otherwise null and the whole line stays the question.
 */
async function trailingArticle(ctx: CommandContext, line: string): Promise<{ question: string; ref: string } | null> {
  const m = /^(.*\?)\s+([^?]+)$/s.exec(line);
  if (!m) return null;
  const ref = m[2].trim();
  const { library } = ctx.services;
  const [matches, found] = await Promise.all([library.search(ref, 2), library.find(ref)]);
  if (matches.length !== 1 || found?.id !== matches[0].id) return null;
  return { question: m[1].trim(), ref: found.id };
}

export const ask = {
  name: 'ask',
  description: 'Ask a question about the article briefed here',
  options: [
    { name: 'question', description: 'Your question, e.g. "Which railway?"', type: 'string', required: true, rest: true },
    { name: 'article', description: 'Article id or title words (default: the one briefed here)', type: 'string', autocomplete: true },
  ],
  async run(ctx, args) {
    let question = typeof args.question === 'string' ? args.question.trim() : '';
    if (!question) throw new UserError('Ask a question, for example: /ask Who did they meet?');
    if (question.length > MAX_QUESTION_CHARS) {
      throw new UserError(`That question is ${question.length} characters long: ask it in under ${MAX_QUESTION_CHARS}.`);
    }
    const conversations = conversationsOf(ctx.services.store);
    let ref = typeof args.article === 'string' ? args.article.trim() : '';
    if (!ref) {
      // "/ask Which railway? Kyrgyzstan": words after the question mark that name exactly one article.
      const tail = await trailingArticle(ctx, question);
      if (tail) {
        ref = tail.ref;
        question = tail.question;
      }
    }
    if (ref) {
      const article = await ctx.services.library.find(ref);
      if (!article) throw new UserError(`No article matches "${ref.length > 80 ? `${ref.slice(0, 80)}…` : ref}": try an id from /digest.`);
      // Follow-ups in this conversation are now about the article asked about.
      await conversations.follow(ctx, { articleId: article.id });
      return answerMessage(answer(question, article), article, { named: true });
    }
    const { single, among } = await conversationArticles(ctx);
    if (single) return answerMessage(answer(question, single), single);
    // After a digest: the best answer among the stories it showed, naming the one used.
    const articles = among?.length ? among : await libraryCandidates(ctx, question);
    const best = answerFromLibrary(question, articles);
    if (!best) throw new UserError('The library is empty: add articles to the briefings folder or a feed with /sources add.');
    // A library search narrows the conversation to the article found; a digest's stories stay open.
    if (best.answer.found && !among?.length) await conversations.follow(ctx, { articleId: best.article.id });
    return answerMessage(best.answer, best.article, { named: true });
  },
  complete: (ctx, _option, partial) => completeArticles(ctx, partial),
} satisfies Command;
