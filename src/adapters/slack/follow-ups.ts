/**
 * Follow-up questions by mention or direct message, answered in the thread they were asked in.
 *
 * - `app_mention` in a briefing's thread: the thread's recorded article (see slash-commands.ts)
 *   is the context; the answer is posted in that thread. A mention outside a thread uses the
 *   channel's last briefing and is answered in a new thread under the question.
 * - `message.im` (a DM with the bot): a reply in a thread uses that thread's article; a
 *   top-level DM uses the DM's last briefing and is answered in the DM.
 * The question runs through the `ask` command (via dispatch.ts), with the article passed
 * explicitly, so the answer is the same one `/ask` would give. The thread then remembers the
 * article the answer used, so the next question in it stays on topic.
 */
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { CommandArgs } from '../../../commands/types.ts';
import type { Message } from '../../core/message.ts';
import { conversationKey } from '../../store/types.ts';
import { runCommand } from '../dispatch.ts';
import { slackContext, type SlackDeps } from './deps.ts';
import { questionFromSlackText } from './incoming-text.ts';
import { postToSlack, slackPayloads } from './poster.ts';
import { isEphemeral } from './slash-commands.ts';

interface Asked {
  teamId: string | null;
  channel: string;
  user: string;
  text: string;
  ts: string;
  threadTs: string | null;
  isDm: boolean;
  botUserId?: string;
}

/** Listen for mentions and DMs. */
export function registerFollowUps(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    if (!event.user || event.bot_id) return;
    await deps.track(
      answerFollowUp(deps, client, {
        teamId: context.teamId ?? null,
        channel: event.channel,
        user: event.user,
        text: event.text,
        ts: event.ts,
        threadTs: event.thread_ts ?? null,
        isDm: false,
        botUserId: context.botUserId,
      }),
    );
  });

  app.event('message', async ({ event, context, client }) => {
    // Only plain messages people type in a DM with the bot (no edits, joins, bot posts).
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id || !event.user || !event.text) return;
    await deps.track(
      answerFollowUp(deps, client, {
        teamId: context.teamId ?? null,
        channel: event.channel,
        user: event.user,
        text: event.text,
        ts: event.ts,
        threadTs: event.thread_ts ?? null,
        isDm: true,
        botUserId: context.botUserId,
      }),
    );
  });
}

async function answerFollowUp(deps: SlackDeps, client: WebClient, q: Asked): Promise<void> {
  const log = deps.log.child({ platform: 'slack', command: 'ask', channel: q.channel, user: q.user, via: q.isDm ? 'dm' : 'mention' });
  // Answer in the thread asked in; a channel mention outside a thread starts one under it.
  const replyThread = q.threadTs ?? (q.isDm ? null : q.ts);
  const conversations = deps.services.store.conversations;
  try {
    const question = questionFromSlackText(q.text, q.botUserId);
    const ask = deps.commands.find((c) => c.name === 'ask');
    let messages: Message[];
    if (!ask) {
      messages = [{ kind: 'error', ephemeral: true, text: 'Follow-up questions are not available in this version.' }];
    } else if (!question) {
      messages = [{ kind: 'info', ephemeral: true, text: 'Ask me a question about the briefing, for example "who said what?".' }];
    } else {
      const articleId =
        (q.threadTs ? await conversations.getContext(conversationKey('slack', q.channel, q.threadTs)) : null) ??
        (await conversations.getContext(conversationKey('slack', q.channel, null)));
      const questionOpt = ask.options.find((o) => o.name === 'question') ?? ask.options.find((o) => o.type === 'string');
      const args: CommandArgs = { [questionOpt?.name ?? 'question']: question };
      if (articleId && ask.options.some((o) => o.name === 'article')) args.article = articleId;
      const ctx = slackContext(deps, { teamId: q.teamId, channelId: q.channel, threadId: replyThread, userId: q.user }, log);
      messages = await runCommand(ask, ctx, args);
    }
    for (const m of messages) {
      if (isEphemeral(m) && !q.isDm) {
        await postEphemeral(client, q, replyThread, m);
        continue;
      }
      await postToSlack(client, q.channel, m, { threadTs: replyThread });
      if (m.articleId) await conversations.setContext(conversationKey('slack', q.channel, replyThread), m.articleId);
    }
  } catch (e) {
    log.error({ err: e }, 'could not answer follow-up');
  }
}

/** Errors and hints in a channel are shown only to the person who asked. */
async function postEphemeral(client: WebClient, q: Asked, threadTs: string | null, m: Message): Promise<void> {
  for (const p of slackPayloads(m)) {
    await client.chat.postEphemeral({
      channel: q.channel,
      user: q.user,
      text: p.text,
      blocks: p.blocks as never,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  }
}
