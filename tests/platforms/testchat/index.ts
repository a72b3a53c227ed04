/**
 * A test-only chat platform, "testchat", built the way a new platform is added: this folder (an
 * adapter and a renderer) and one registry line (`registerPlatform` below, run on import).
 * Nothing in src/ or commands/ knows it. Its "events" are method calls a test makes: a user
 * typing a slash command, pressing a button, filling in the prompt the button opened.
 */
import type { Command } from '../../../commands/types.ts';
import { QUESTION_PROMPT, askActionArticle, runAskAction } from '../../../src/adapters/actions.ts';
import { runCommand, textArgs } from '../../../src/adapters/dispatch.ts';
import { registerPlatform, type PlatformDeps } from '../../../src/adapters/registry.ts';
import type { Adapter } from '../../../src/adapters/types.ts';
import { conversationsOf } from '../../../src/conversation/conversations.ts';
import type { Message } from '../../../src/core/message/message.ts';
import type { PostOptions, PostResult } from '../../../src/delivery/types.ts';
import { renderTestChat } from './render.ts';

/** A message as the platform shows it. */
export interface TestChatPost {
  id: string;
  channelId: string;
  threadId: string | null;
  text: string;
  /** Shown only to the user who ran the command. */
  ephemeral: boolean;
  /** Button action ids under the message. */
  buttons: string[];
}

/** The prompt a button opened: a question about an article, to answer in the message's thread. */
export interface TestChatPrompt {
  title: string;
  maxLength: number;
  articleId: string;
  channelId: string;
  threadId: string;
}

export class TestChatAdapter implements Adapter {
  readonly platform = 'testchat';
  readonly posts: TestChatPost[] = [];
  private readonly commands: readonly Command[];
  private seq = 0;

  constructor(private readonly deps: PlatformDeps) {
    this.commands = deps.commands;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** Post to a channel (the scheduler and notices come here). Idempotent by dedupe key. */
  async post(channelId: string, message: Message, options: PostOptions = {}): Promise<PostResult> {
    // A reply goes in the thread of the earlier post (its id); a ping leads the text as `@id`.
    const res = this.show(channelId, options.threadOf ?? null, message, options.ping?.id);
    if (!options.retry && !options.threadOf) await conversationsOf(this.deps.services.store).followPosted({ platform: this.platform, channelId }, message);
    return { messageIds: [res.id] };
  }

  /** A user types `/name text` in a channel (or a thread of it); returns what the platform shows. */
  async command(name: string, text: string, where: { channelId: string; threadId?: string | null; userId?: string }): Promise<TestChatPost[]> {
    const command = this.commands.find((c) => c.name === name);
    if (!command) return [this.show(where.channelId, where.threadId ?? null, { kind: 'error', text: `Unknown command /${name}.`, ephemeral: true })];
    const ctx = this.context(where.channelId, where.threadId ?? null, where.userId ?? 'U1');
    let messages: Message[];
    try {
      messages = await runCommand(command, ctx, textArgs(command, text));
    } catch (e) {
      messages = [{ kind: 'error', text: e instanceof Error ? e.message : String(e), ephemeral: true }];
    }
    return messages.map((m) => this.show(where.channelId, where.threadId ?? null, m));
  }

  /** A user presses a button under a message: an "ask a question" button opens the question prompt. */
  press(post: TestChatPost, actionId: string): TestChatPrompt | null {
    const articleId = askActionArticle(actionId);
    if (!articleId || !post.buttons.includes(actionId)) return null;
    // The answer goes in the message's thread (its id), as on Slack and Discord.
    return { title: QUESTION_PROMPT.title, maxLength: QUESTION_PROMPT.maxLength, articleId, channelId: post.channelId, threadId: post.threadId ?? post.id };
  }

  /** The user submits the prompt: the shared action layer runs `ask`, the answer is posted in the thread. */
  async submit(prompt: TestChatPrompt, question: string, userId = 'U1'): Promise<TestChatPost[]> {
    const place = { platform: this.platform, channelId: prompt.channelId, threadId: prompt.threadId };
    await conversationsOf(this.deps.services.store).follow(place, { articleId: prompt.articleId });
    const ctx = this.context(prompt.channelId, prompt.threadId, userId);
    const messages = await runAskAction(this.commands, ctx, question.slice(0, prompt.maxLength), prompt.articleId);
    return messages.map((m) => this.show(prompt.channelId, prompt.threadId, m));
  }

  private context(channelId: string, threadId: string | null, userId: string) {
    return {
      platform: this.platform,
      user: { id: userId },
      guildId: 'W1',
      channelId,
      threadId,
      canManageChannel: true,
      services: this.deps.services,
      log: this.deps.log.child({ platform: this.platform }),
    };
  }

  private show(channelId: string, threadId: string | null, m: Message, ping?: string): TestChatPost {
    const text = ping ? `@${ping} ${renderTestChat(m)}` : renderTestChat(m);
    const post = { id: `m${++this.seq}`, channelId, threadId, text, ephemeral: Boolean(m.ephemeral), buttons: (m.actions ?? []).map((a) => a.id) };
    this.posts.push(post);
    return post;
  }
}

/** Set by a test: the platform counts as configured (a real one would read its token from the config). */
export const testChat = { enabled: false, adapter: null as TestChatAdapter | null };

/** The registry line. */
export const unregisterTestChat = registerPlatform({
  id: 'testchat',
  configured: () => testChat.enabled,
  create: (deps) => (testChat.adapter = new TestChatAdapter(deps)),
});
