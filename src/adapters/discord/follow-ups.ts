/**
 * Follow-up questions in place: the "Ask a question" button of a briefing (custom id
 * `ask:<articleId>`) opens a modal; its answer is posted in a thread on the briefing
 * message, and that thread's conversation follows the article, so a later /ask there is
 * about it. Where a thread cannot be made (no permission, or the briefing is itself in a
 * thread) the answer is a reply to the briefing; if even that fails, the asker gets it
 * ephemerally.
 */
import {
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
  type ButtonInteraction,
  type ModalSubmitInteraction,
  type REST,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Command } from '../../../commands/types.ts';
import { UserError } from '../../core/errors.ts';
import { conversationsOf } from '../../conversation/conversations.ts';
import type { Services } from '../../services.ts';
import { ASK_ACTION_PREFIX, askCommand, QUESTION_PROMPT, runAskAction } from '../actions.ts';
import { contextOf, placeOf } from './context.ts';
import { postPayloads } from './post.ts';
import { threadName, threadUnder, type KnownThreads } from './threads.ts';
import { payloadsOf, plainPayload } from './respond.ts';
import type { DiscordPayload } from '../../render/discord.ts';

export const ASK_BUTTON_PREFIX = ASK_ACTION_PREFIX;
export const ASK_MODAL_PREFIX = 'askq:';
export const QUESTION_INPUT_ID = 'question';

/** The article id carried by a button or modal custom id, or null if it is not ours. */
export function articleIdFrom(customId: string, prefix: string): string | null {
  return customId.startsWith(prefix) && customId.length > prefix.length ? customId.slice(prefix.length) : null;
}

/** The modal asking for a question about an article (a Label wrapping a paragraph input). */
export function askModal(articleId: string, title: string): APIModalInteractionResponseCallbackData {
  const heading = `Ask about: ${title}`;
  return {
    custom_id: `${ASK_MODAL_PREFIX}${articleId}`.slice(0, 100),
    title: heading.length > 45 ? `${heading.slice(0, 44)}…` : heading,
    components: [
      {
        type: ComponentType.Label,
        label: QUESTION_PROMPT.label,
        description: QUESTION_PROMPT.hint,
        component: {
          type: ComponentType.TextInput,
          custom_id: QUESTION_INPUT_ID,
          style: TextInputStyle.Paragraph,
          min_length: QUESTION_PROMPT.minLength,
          max_length: QUESTION_PROMPT.maxLength,
          required: true,
          placeholder: QUESTION_PROMPT.placeholder,
        },
      },
    ],
  };
}

export interface FollowUpDeps {
  services: Services;
  log: Logger;
  rest: REST;
  commands: readonly Command[];
  /** Threads this adapter created or found (by message, and their parents). */
  threads: KnownThreads;
}

/** Button `ask:<id>`: open the question modal (or say why not). Returns an error payload to send instead, or null. */
export async function onAskButton(interaction: ButtonInteraction, articleId: string, deps: FollowUpDeps): Promise<DiscordPayload | null> {
  const article = await deps.services.library.find(articleId);
  if (!article) return plainPayload('That article is no longer in the library: run /brief again.', true);
  await interaction.showModal(askModal(article.id, article.title));
  return null;
}

/** Where the answer goes. */
interface Destination {
  channelId: string;
  threadId: string | null;
  /** Post with a reply reference to the briefing instead of in a thread. */
  replyTo: string | null;
}

/**
 * Modal `askq:<id>` submitted: answer the question in a thread on the briefing. Returns the
 * payloads for the (ephemeral, deferred) interaction reply.
 */
export async function onAskModal(interaction: ModalSubmitInteraction, articleId: string, deps: FollowUpDeps): Promise<DiscordPayload[]> {
  const log = deps.log.child({ command: 'ask', via: 'modal' });
  if (!askCommand(deps.commands)) throw new UserError('Questions are not available on this bot yet.');
  const question = interaction.fields.getTextInputValue(QUESTION_INPUT_ID).trim();
  if (!question) throw new UserError('Type a question first.');
  const article = await deps.services.library.find(articleId);
  if (!article) throw new UserError('That article is no longer in the library: run /brief again.');

  const dest = await destination(interaction, article.title, deps, log);
  const ctx = { ...contextOf(interaction, deps.services, log, deps.threads.parents), channelId: dest.channelId, threadId: dest.threadId };
  if (dest.threadId) await conversationsOf(deps.services.store).follow({ platform: 'discord', channelId: dest.channelId, threadId: dest.threadId }, { articleId: article.id });

  const messages = await runAskAction(deps.commands, ctx, question, article.id);
  if (messages.every((m) => m.ephemeral)) return payloadsOf(messages);

  const payloads = payloadsOf(messages.map((m) => ({ ...m, actions: undefined })));
  const target = dest.threadId ?? dest.channelId;
  try {
    await postPayloads(deps.rest, target, payloads, {
      firstExtra: dest.replyTo ? { message_reference: { message_id: dest.replyTo, fail_if_not_exists: false } } : undefined,
    });
  } catch (e) {
    // Could not post where everyone sees it: the asker still gets the answer.
    log.warn({ err: e, channelId: target }, 'could not post the answer in the channel; answering ephemerally');
    return [plainPayload("I couldn't post in this channel, so here is the answer just for you:", true), ...payloads.map((p) => ({ ...p, flags: 64 }))];
  }
  return [plainPayload(dest.threadId ? `Answered in <#${dest.threadId}>.` : 'Answered below the briefing.', true)];
}

/** The thread on the briefing message (made if needed), or a reply in its channel. */
async function destination(interaction: ModalSubmitInteraction, title: string, deps: FollowUpDeps, log: Logger): Promise<Destination> {
  const place = placeOf(interaction, deps.threads.parents);
  const message = interaction.message;
  if (place.threadId) return { channelId: place.channelId, threadId: place.threadId, replyTo: null };
  if (!message) return { channelId: place.channelId, threadId: null, replyTo: null };
  if (message.hasThread) {
    deps.threads.byMessage.set(message.id, message.id);
    deps.threads.parents.set(message.id, place.channelId);
  }
  try {
    const under = await threadUnder(deps.rest, place.channelId, message.id, threadName(`Q&A: ${title}`), deps.threads, log);
    return { channelId: place.channelId, ...under };
  } catch (e) {
    // The asker is waiting: an answer below the briefing beats no answer.
    log.info({ err: e instanceof Error ? e.message : String(e) }, 'cannot start a thread now; replying to the briefing instead');
    return { channelId: place.channelId, threadId: null, replyTo: message.id };
  }
}
