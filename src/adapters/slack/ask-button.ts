/**
 * The "Ask a question" button under a briefing (action id `ask:<articleId>`): it opens a modal
 * with one text input; on submit the question is answered in the briefing's thread, about that
 * briefing's article, exactly as a mention in the thread would be (follow-ups.ts).
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { askActionArticle, askCommand, QUESTION_PROMPT } from '../actions.ts';
import type { SlackDeps } from './deps.ts';
import { answerFollowUp } from './follow-ups.ts';

/** The modal's callback id. */
export const ASK_VIEW = 'newsbrief_ask';
const QUESTION_BLOCK = 'question';
const QUESTION_INPUT = 'question_input';

/** Where the answer goes, carried through the modal in private_metadata. */
interface AskTarget {
  articleId: string;
  channel: string | null;
  threadTs: string | null;
}

export function registerAskButton(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(/^ask:/, async ({ ack, body, action, client, respond }) => {
    await ack();
    await deps.track(
      (async () => {
        const log = deps.log.child({ platform: 'slack', command: 'ask', via: 'button', user: body.user.id });
        try {
          if (!askCommand(deps.commands)) {
            await respond({ response_type: 'ephemeral', replace_original: false, text: 'Follow-up questions are not available in this version.' });
            return;
          }
          const messageTs = body.message?.ts ?? (body.container.message_ts as string | undefined) ?? null;
          const target: AskTarget = {
            articleId: askActionArticle(action.value ?? action.action_id) ?? '',
            channel: body.channel?.id ?? (body.container.channel_id as string | undefined) ?? null,
            // Answer in the thread the briefing is in, or start one under it.
            threadTs: (body.message?.thread_ts as string | undefined) ?? messageTs,
          };
          await client.views.open({
            trigger_id: body.trigger_id,
            view: {
              type: 'modal',
              callback_id: ASK_VIEW,
              private_metadata: JSON.stringify(target),
              title: { type: 'plain_text', text: QUESTION_PROMPT.title },
              submit: { type: 'plain_text', text: 'Ask' },
              close: { type: 'plain_text', text: 'Cancel' },
              blocks: [
                {
                  type: 'input',
                  block_id: QUESTION_BLOCK,
                  label: { type: 'plain_text', text: QUESTION_PROMPT.label },
                  element: {
                    type: 'plain_text_input',
                    action_id: QUESTION_INPUT,
                    max_length: QUESTION_PROMPT.maxLength,
                    placeholder: { type: 'plain_text', text: QUESTION_PROMPT.placeholder },
                  },
                },
              ],
            },
          });
        } catch (e) {
          log.error({ err: e }, 'could not open the question modal');
        }
      })(),
    );
  });

  app.view(ASK_VIEW, async ({ ack, body, view, client }) => {
    const question = view.state.values[QUESTION_BLOCK]?.[QUESTION_INPUT]?.value?.trim() ?? '';
    if (!question) {
      await ack({ response_action: 'errors', errors: { [QUESTION_BLOCK]: 'Type a question first.' } });
      return;
    }
    await ack();
    let target: AskTarget;
    try {
      target = JSON.parse(view.private_metadata) as AskTarget;
    } catch {
      deps.log.warn({ platform: 'slack' }, 'question modal without a target');
      return;
    }
    const user = body.user.id;
    const channel = target.channel ?? user;
    await deps.track(
      answerFollowUp(deps, client, {
        teamId: body.team?.id ?? null,
        channel,
        user,
        question,
        replyThread: target.channel ? target.threadTs : null,
        followed: { articleId: target.articleId },
        isDm: channel.startsWith('D') || channel === user,
        via: 'button',
      }),
    );
  });
}
