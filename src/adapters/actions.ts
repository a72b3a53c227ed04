/**
 * Platform-neutral actions, handled once for every platform: a message offers "Ask a question"
 * (action id `ask:<articleId>`, see core/message/build.ts); the action opens a prompt described by
 * QUESTION_PROMPT; its answer runs the `ask` command. Adapters only turn the platform's button,
 * form and submission into these calls and post what comes back.
 */
import type { Command, CommandContext } from '../../commands/types.ts';
import { MAX_QUESTION_CHARS } from '../core/answer/answer.ts';
import { looksLikeQuestion, notAQuestionHint } from '../conversation/free-text.ts';
import type { Message } from '../core/message/message.ts';
import { errorMessage, runCommand } from './dispatch.ts';

/** The id prefix of the "ask a question" action; the rest is the article id. */
export const ASK_ACTION_PREFIX = 'ask:';

/** The article an "ask a question" action is about, or null when the id is not one. */
export function askActionArticle(actionId: string): string | null {
  return actionId.startsWith(ASK_ACTION_PREFIX) && actionId.length > ASK_ACTION_PREFIX.length ? actionId.slice(ASK_ACTION_PREFIX.length) : null;
}

/** The prompt an "ask a question" action opens: the same words and the same limit everywhere. */
export const QUESTION_PROMPT = {
  title: 'Ask about this article',
  label: 'Your question',
  hint: 'Answered from the article text only.',
  placeholder: 'Who said what? Where did it happen?',
  minLength: 3,
  /** The answerer's own limit, so a form never takes a question /ask would refuse. */
  maxLength: MAX_QUESTION_CHARS,
} as const;

/** The `ask` command of a command list (undefined on a bot built without it). */
export function askCommand(commands: readonly Command[]): Command | undefined {
  return commands.find((c) => c.name === 'ask');
}

/**
 * Answer a question from an action's prompt: run `ask` in `ctx` (the place the answer goes),
 * about `articleId` when given, else about what that place follows. Never throws.
 */
export async function runAskAction(commands: readonly Command[], ctx: CommandContext, question: string, articleId?: string): Promise<Message[]> {
  const ask = askCommand(commands);
  if (!ask) return [errorMessage('Follow-up questions are not available in this version.')];
  if (!looksLikeQuestion(question)) return [notAQuestionHint(question.trim())];
  const questionOpt = ask.options.find((o) => o.name === 'question') ?? ask.options.find((o) => o.type === 'string');
  const articleOpt = ask.options.find((o) => o.name === 'article');
  const args = { [questionOpt?.name ?? 'question']: question, ...(articleId && articleOpt ? { [articleOpt.name]: articleId } : {}) };
  return runCommand(ask, ctx, args);
}
