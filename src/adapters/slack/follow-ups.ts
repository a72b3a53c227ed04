/**
 * Follow-up questions by mention or direct message, answered in the thread they were asked in.
 *
 * - `app_mention` in a briefing's thread: the thread's recorded article (see slash-commands.ts)
 *   is the context; the answer is posted in that thread. A mention outside a thread uses the
 *   channel's last briefing and is answered in a new thread under the question.
 * - `message.im` (a DM with the bot): a reply in a thread uses that thread's article; a
 *   top-level DM uses the DM's last briefing and is answered in the DM.
 * The question runs through the `ask` command (via dispatch.ts) with the reply thread as the
 * conversation, so the answer is the one `/ask` would give in that thread. The thread then
 * remembers the article the answer used, so the next question in it stays on topic.
 */
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { PostError } from '../../core/errors.ts';
import type { Message } from '../../core/message/message.ts';
import { conversationsOf, type Followed } from '../../conversation/conversations.ts';
import { runAskAction } from '../actions.ts';
import { slackContext, type SlackDeps } from './deps.ts';
import { questionFromSlackText } from './incoming-text.ts';
import { postToSlack, slackPayloads } from './poster.ts';
import { isEphemeral, NOT_A_MEMBER } from './slash-commands.ts';

/** A question to answer, and where. */
export interface FollowUp {
  teamId: string | null;
  channel: string;
  user: string;
  question: string;
  /** The thread to answer in (null: top level, as in a DM). */
  replyThread: string | null;
  /** What it is about (an article, a digest's stories), if known; otherwise `ask` searches the library. */
  followed: Followed | null;
  isDm: boolean;
  via: 'mention' | 'dm' | 'button';
}

/** Listen for mentions and DMs. */
export function registerFollowUps(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    if (!event.user || event.bot_id) return;
    // A mention outside a thread is answered in a new thread under it.
    await onQuestion(deps, client, { ...event, user: event.user }, context, event.thread_ts ?? event.ts, 'mention');
  });

  app.event('message', async ({ event, context, client }) => {
    // Only plain messages people type in a DM with the bot (no edits, joins, bot posts).
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id || !event.user || !event.text) return;
    await onQuestion(deps, client, { ...event, user: event.user, text: event.text }, context, event.thread_ts ?? null, 'dm');
  });
}

/** A mention or DM as a question about what its thread (or channel) follows, answered in `replyThread`. */
async function onQuestion(
  deps: SlackDeps,
  client: WebClient,
  event: { channel: string; user: string; text: string; thread_ts?: string },
  context: { teamId?: string; botUserId?: string },
  replyThread: string | null,
  via: 'mention' | 'dm',
): Promise<void> {
  await deps.track(
    answerFollowUp(deps, client, {
      teamId: context.teamId ?? null,
      channel: event.channel,
      user: event.user,
      question: questionFromSlackText(event.text, context.botUserId),
      replyThread,
      followed: await followedIn(deps, event.channel, event.thread_ts ?? null),
      isDm: via === 'dm',
      via,
    }),
  );
}

/** What a thread follows, else what the channel follows, else nothing. */
async function followedIn(deps: SlackDeps, channel: string, threadTs: string | null): Promise<Followed | null> {
  const conversations = conversationsOf(deps.services.store);
  return (
    (threadTs ? await conversations.followed({ platform: 'slack', channelId: channel, threadId: threadTs }) : null) ??
    (await conversations.followed({ platform: 'slack', channelId: channel }))
  );
}

/** Run `ask` for a follow-up and post the answer where it was asked. Never throws. */
export async function answerFollowUp(deps: SlackDeps, client: WebClient, q: FollowUp): Promise<void> {
  const log = deps.log.child({ platform: 'slack', command: 'ask', channel: q.channel, user: q.user, via: q.via });
  try {
    const messages = await askMessages(deps, q, log);
    for (const m of messages) {
      if (isEphemeral(m) && !q.isDm) {
        await postEphemeral(client, q, m);
        continue;
      }
      try {
        await postToSlack(client, q.channel, m, q.replyThread ? { threadOf: q.replyThread } : {});
      } catch (e) {
        // A button on a briefing the bot could not post itself (it was sent through the
        // response_url): answer in a DM with the asker rather than not at all.
        if (q.via !== 'button' || !(e instanceof PostError) || !NOT_A_MEMBER.has(e.code)) throw e;
        await postToSlack(client, q.user, m);
        continue;
      }
      if (m.articleId) {
        await conversationsOf(deps.services.store).follow({ platform: 'slack', channelId: q.channel, threadId: q.replyThread }, { articleId: m.articleId });
      }
    }
  } catch (e) {
    log.error({ err: e }, 'could not answer follow-up');
  }
}

async function askMessages(deps: SlackDeps, q: FollowUp, log: SlackDeps['log']): Promise<Message[]> {
  if (!q.question) {
    return [{ kind: 'info', ephemeral: true, text: 'Ask me a question about the briefing, for example "who said what?".' }];
  }
  if (q.followed) {
    // The reply thread is about this article (a new thread under a mention inherits the
    // channel's briefing): `ask` reads the conversation's article like `/ask` in that thread.
    await conversationsOf(deps.services.store).follow({ platform: 'slack', channelId: q.channel, threadId: q.replyThread }, q.followed);
  }
  const ctx = await slackContext(deps, { teamId: q.teamId, channelId: q.channel, threadId: q.replyThread, userId: q.user }, log);
  return runAskAction(deps.commands, ctx, q.question);
}

/** Errors and hints in a channel are shown only to the person who asked. */
async function postEphemeral(client: WebClient, q: FollowUp, m: Message): Promise<void> {
  for (const p of slackPayloads(m)) {
    await client.chat.postEphemeral({
      channel: q.channel,
      user: q.user,
      text: p.text,
      blocks: p.blocks as never,
      ...(q.replyThread ? { thread_ts: q.replyThread } : {}),
    });
  }
}
