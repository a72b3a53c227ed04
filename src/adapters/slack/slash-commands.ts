/**
 * Every command in commands/ as a Slack slash command.
 *
 * Ack at once (Slack allows 3 s), then run the command through dispatch.ts and answer:
 * - errors and help go back ephemerally through `respond` (only the person who asked sees them);
 * - a briefing is posted with chat.postMessage, because only that returns the message's `ts`:
 *   the ts is the thread people reply in, and the conversation context
 *   `slack:<channel>:<ts>` -> article is recorded so follow-ups in that thread know the article.
 *   Where the bot cannot post (not invited to the channel, a DM between other people) the
 *   briefing falls back to an in-channel `respond` and the user is told how to get threads;
 * - anything else (answers, digests, info) goes in the channel through `respond`.
 */
import type { App, RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Command, CommandArgs } from '../../../commands/types.ts';
import { errorMessage, runCommand, textArgs } from '../dispatch.ts';
import { PostError, userFacingMessage } from '../../core/errors.ts';
import type { Message } from '../../core/message/message.ts';
import { conversationsOf, followedBy } from '../../conversation/conversations.ts';
import { slackContext, type SlackDeps } from './deps.ts';
import { unescapeSlack } from './incoming-text.ts';
import { postToSlack, slackPayloads } from './poster.ts';

/** chat.postMessage errors meaning the bot is not in the conversation. */
export const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);
const INVITE_TIP =
  'Tip: add me to this channel (type /invite and pick me) so each briefing gets a thread for follow-up questions.';

/** `respond` may be used at most 5 times per slash command. */
const MAX_RESPONSES = 5;

/** Register `/name` for every command. */
export function registerSlashCommands(app: App, deps: SlackDeps): void {
  for (const command of deps.commands) {
    app.command(`/${command.name}`, async ({ command: body, ack, respond, client }) => {
      await ack();
      await deps.track(answerSlashCommand(deps, command, body, respond, client));
    });
  }
}

/** Whether a message is for the asker's eyes only. */
export function isEphemeral(m: Message): boolean {
  return m.ephemeral === true || m.kind === 'error' || m.kind === 'help';
}

async function answerSlashCommand(
  deps: SlackDeps,
  command: Command,
  body: SlashCommand,
  respond: RespondFn,
  client: WebClient,
): Promise<void> {
  const log = deps.log.child({ platform: 'slack', command: command.name, channel: body.channel_id, user: body.user_id });
  const ctx = await slackContext(
    deps,
    { teamId: body.team_id || null, channelId: body.channel_id, threadId: null, userId: body.user_id, userName: body.user_name },
    log,
  );
  let messages: Message[];
  try {
    const args: CommandArgs = textArgs(command, unescapeSlack(body.text ?? ''));
    messages = await runCommand(command, ctx, args);
  } catch (e) {
    // Only argument parsing can throw here: runCommand contains its own failures.
    messages = [errorMessage(userFacingMessage(e))];
  }
  for (const m of messages) {
    try {
      await deliver(deps, m, body, respond, client, log);
    } catch (e) {
      log.error({ err: e, kind: m.kind }, 'could not deliver slash command reply');
    }
  }
}

async function deliver(
  deps: SlackDeps,
  m: Message,
  body: SlashCommand,
  respond: RespondFn,
  client: WebClient,
  log: SlackDeps['log'],
): Promise<void> {
  if (isEphemeral(m)) return respondWith(respond, m, 'ephemeral', log);
  // Briefings and digests are posted as the bot so they have a thread for follow-ups. What the
  // channel itself follows, the command has already recorded.
  if ((m.kind === 'briefing' || m.kind === 'digest') && followedBy(m)) {
    try {
      const res = await postToSlack(client, body.channel_id, m);
      // Every part's ts opens a thread about this article or digest.
      for (const ts of res.messageIds) {
        await conversationsOf(deps.services.store).followPosted({ platform: 'slack', channelId: body.channel_id, threadId: ts }, m);
      }
      return;
    } catch (e) {
      log.info({ err: e }, 'chat.postMessage refused the briefing; answering through response_url');
      await respondWith(respond, m, 'in_channel', log);
      if (e instanceof PostError && NOT_A_MEMBER.has(e.code)) {
        await respondWith(respond, { kind: 'info', ephemeral: true, text: INVITE_TIP }, 'ephemeral', log);
      }
      return;
    }
  }
  await respondWith(respond, m, 'in_channel', log);
}

async function respondWith(
  respond: RespondFn,
  m: Message,
  responseType: 'in_channel' | 'ephemeral',
  log: SlackDeps['log'],
): Promise<void> {
  const payloads = slackPayloads(m);
  if (payloads.length > MAX_RESPONSES) log.warn({ parts: payloads.length }, 'reply cut to the 5 responses Slack allows');
  for (const p of payloads.slice(0, MAX_RESPONSES)) {
    await respond({ response_type: responseType, text: p.text, blocks: p.blocks as never, replace_original: false });
  }
}
