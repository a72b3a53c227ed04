/**
 * The console adapter: with no platform token, `npm start` prints the library's briefings and
 * answers slash commands typed on stdin. When stdin is not a terminal it answers each line
 * and ends at end of input. A line without a slash is taken as a question (/ask).
 */
import readline from 'node:readline';
import type { Logger } from 'pino';
import { commands, findCommand } from '../../../commands/index.ts';
import type { CommandContext } from '../../../commands/types.ts';
import { PLAIN_WORDS, type PlatformWords } from '../../conversation/platform-words.ts';
import { UserError, userFacingMessage } from '../../core/errors.ts';
import { briefingMessage } from '../../core/message/build.ts';
import type { Message } from '../../core/message/message.ts';
import { summarizeForChat as summarize } from '../../core/brief/summarize.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import type { Services } from '../../services.ts';
import { runAskAction } from '../actions.ts';
import { errorMessage, runCommand, textArgs } from '../dispatch.ts';
import type { Adapter, PostOptions, PostResult } from '../types.ts';

/** The console's one channel (and its server, in command contexts). */
export const CONSOLE_CHANNEL = 'console';

/**
 * The console's words: its one channel belongs to the bot ("This bot follows 2 feeds"), a ping
 * is a plain name shown as `@desk`, and nothing is announced in a channel only the user sees.
 */
export const consoleWords: PlatformWords = { ...PLAIN_WORDS, scope: 'bot', announces: false };

/** Briefings printed at start; the rest of the library is counted. */
export const CONSOLE_START_BRIEFINGS = 3;

export interface ConsoleAdapterOptions {
  services: Services;
  log: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Is the input an interactive terminal? (prompts, no exit at end of input) */
  interactive?: boolean;
  /** Print the briefing of every article at start (default true). */
  briefOnStart?: boolean;
  /** Called when the input ends (the app then shuts down). */
  onEnd?: () => void;
}

/** C0 and C1 control characters other than tab and line feed. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Control characters shown as symbols (ESC as ␛): a refusal quotes what was typed, and an escape
 * sequence in it (a pasted arrow key, `\x1b[2J`) printed as it is would act on the terminal:
 * clear it, recolour it, move the cursor.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x20 ? String.fromCharCode(0x2400 + n) : n === 0x7f ? '\u2421' : '\uFFFD';
  });
}

export class ConsoleAdapter implements Adapter {
  readonly platform = 'console' as const;
  private rl: readline.Interface | null = null;
  private readonly out: NodeJS.WritableStream;
  private posted = 0;
  private queue: Promise<void> = Promise.resolve();

  private closedOutput = false;

  constructor(private readonly opts: ConsoleAdapterOptions) {
    this.out = opts.output ?? process.stdout;
    // `npm start | head -3`: the reader went away. Stop as at the end of input, without a stack trace.
    this.out.on?.('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' || this.closedOutput) return;
      this.closedOutput = true;
      this.opts.onEnd?.();
    });
  }

  private write(text: string): void {
    if (this.closedOutput) return;
    this.out.write(`${visibleControls(text)}\n`);
  }

  private print(messages: Message[]): void {
    for (const m of messages) this.write(`${renderMarkdown(m)}\n`);
  }

  private context(): CommandContext {
    return {
      platform: 'console',
      user: { id: 'console', name: process.env.USER ?? 'you' },
      guildId: CONSOLE_CHANNEL,
      channelId: CONSOLE_CHANNEL,
      threadId: null,
      canManageChannel: true,
      words: consoleWords,
      services: this.opts.services,
      log: this.opts.log.child({ platform: 'console' }),
    };
  }

  /** Answer one input line; returns the messages printed. Never throws. */
  async handleLine(line: string): Promise<Message[]> {
    const text = line.trim();
    if (!text) return [];
    let messages: Message[];
    try {
      messages = await this.dispatch(text);
    } catch (e) {
      messages = [errorMessage(userFacingMessage(e))];
    }
    this.print(messages);
    return messages;
  }

  private async dispatch(text: string): Promise<Message[]> {
    const ctx = this.context();
    // Free text is a follow-up question, read as a chat follow-up is ("hello" gets a hint).
    if (!text.startsWith('/')) return runAskAction(commands, ctx, text);
    const [name, ...rest] = text.slice(1).split(/\s+/);
    const command = findCommand(name);
    if (!command) throw new UserError(`Unknown command /${name}: try /help.`);
    const args = textArgs(command, rest.join(' '));
    return runCommand(command, ctx, args);
  }

  async start(): Promise<void> {
    const { services } = this.opts;
    if (this.opts.briefOnStart !== false) {
      // The newest few and a count, not every article: a library that follows feeds is large.
      const articles = await services.library.newest(CONSOLE_START_BRIEFINGS + 1);
      if (!articles.length) this.write('The library is empty: put articles in the briefings folder, or follow a feed with /sources add <url>.\n');
      for (const a of articles.slice(0, CONSOLE_START_BRIEFINGS)) {
        try {
          this.print([briefingMessage(summarize(a))]);
        } catch (e) {
          this.write(`Could not brief ${a.id}: ${userFacingMessage(e)}\n`);
        }
      }
      if (articles.length > CONSOLE_START_BRIEFINGS) {
        // The store counts the library; a library not kept in the store (tests) has at least these.
        const total = Math.max(articles.length, await services.store.articles.count().catch(() => 0));
        this.write(`${total} articles in the library; the newest ${CONSOLE_START_BRIEFINGS} are above. /digest lists the top stories, /brief <id or title words> briefs one.\n`);
      }
      // No conversation context is set here: a question with none searches the whole library.
    }
    const input = this.opts.input ?? process.stdin;
    const interactive = this.opts.interactive ?? Boolean((input as NodeJS.ReadStream).isTTY);
    this.rl = readline.createInterface({ input, terminal: false });
    if (interactive) this.write('Type /help for commands, or ask a question about the article.');
    this.rl.on('line', (line) => {
      // One line at a time, in order, even when a command is slow.
      this.queue = this.queue.then(() => this.handleLine(line).then(() => undefined));
    });
    this.rl.on('close', () => {
      void this.queue.then(() => {
        if (!interactive || this.opts.onEnd) this.opts.onEnd?.();
      });
    });
  }

  async stop(): Promise<void> {
    this.rl?.close();
    this.rl = null;
    await this.queue;
  }

  /**
   * Print a post under a `[#channel]` line. A post in the thread of an earlier one
   * (`threadOf`) is indented under `↳ ` and says which post it follows; a ping is shown as
   * `@group` on the header line (a terminal notifies no one).
   */
  async post(channelId: string, message: Message, options: PostOptions = {}): Promise<PostResult> {
    const ping = options.ping ? ` ${consoleWords.showMention(options.ping.id)}` : '';
    if (options.threadOf) {
      this.write(`[#${channelId} ↳ thread of ${options.threadOf}]${ping}`);
      this.write(`${renderMarkdown(message).replace(/^/gm, '↳ ')}\n`);
    } else {
      this.write(`[#${channelId}]${ping}`);
      this.print([message]);
    }
    this.posted += 1;
    return { messageIds: [`console-${this.posted}`] };
  }
}
