/**
 * The Slack adapter: a Bolt App carrying commands/ to Slack and Messages back.
 *
 * - HTTP mode (SLACK_SIGNING_SECRET): Bolt's HTTPReceiver on SLACK_PORT, path /slack/events.
 *   Bolt checks every request's v0 signature and its 5-minute timestamp window before any
 *   listener runs, and answers 401 otherwise.
 * - Socket Mode (SLACK_APP_TOKEN): no public URL needed. The Socket Mode client makes its own
 *   WebClient for `apps.connections.open`; it is handed the same `slackApiUrl` through
 *   SocketModeReceiver's `installerOptions.clientOptions` (which that receiver passes on as the
 *   client's `clientOptions`), so GovSlack or a test server is reached in both modes.
 * - Web API calls go to config.slack.apiUrl; 429s are retried by the WebClient honouring
 *   Retry-After (`retryConfig`).
 */
import type { Server } from 'node:http';
import { App, SocketModeReceiver } from '@slack/bolt';
import type { RetryOptions } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Command } from '../../../commands/types.ts';
import type { Message } from '../../core/message/message.ts';
import type { Services } from '../../services.ts';
import { conversationsOf } from '../../conversation/conversations.ts';
import type { Adapter, PostOptions, PostResult } from '../types.ts';
import { registerAskButton } from './ask-button.ts';
import { boltLogger } from './bolt-logger.ts';
import { channelRights } from './channel-rights.ts';
import { slackWords } from './mentions.ts';
import { userGroups } from './user-groups.ts';
import { withRetryLogging } from './retry-log.ts';
import type { SlackDeps } from './deps.ts';
import { registerFollowUps } from './follow-ups.ts';
import { postToSlack } from './poster.ts';
import { registerSlashCommands } from './slash-commands.ts';

/** Five retries over about five minutes: a 429 is waited out, a dead channel fails soon enough. */
export const DEFAULT_RETRY: RetryOptions = { retries: 5, factor: 3.86, randomize: true };
/** How long stop() lets acked commands finish before closing anyway. */
const DRAIN_MS = 3_000;

export interface SlackAdapterOptions {
  services: Services;
  commands: readonly Command[];
  logger: Logger;
  /** Interface to listen on in HTTP mode; default all interfaces (Slack must reach it). */
  host?: string;
  /** WebClient retry policy (429 Retry-After is honoured within it). Tests set it small. */
  retryConfig?: RetryOptions;
}

export class SlackAdapter implements Adapter {
  readonly platform = 'slack' as const;
  readonly mode: 'http' | 'socket';
  private readonly app: App;
  private readonly log: Logger;
  private readonly pending = new Set<Promise<unknown>>();
  private server: Server | undefined;
  private started = false;

  constructor(private readonly opts: SlackAdapterOptions) {
    const { slack } = opts.services.config;
    if (!slack.botToken) throw new Error('SLACK_BOT_TOKEN is not set');
    this.log = opts.logger.child({ platform: 'slack' });
    const logger = boltLogger(this.log);
    // Each failed attempt is logged with the API address and the wait before the next one.
    const retryConfig = withRetryLogging(opts.retryConfig ?? DEFAULT_RETRY, this.log, slack.apiUrl);
    const clientOptions = { slackApiUrl: slack.apiUrl, retryConfig };
    this.mode = slack.appToken ? 'socket' : 'http';
    if (this.mode === 'socket') {
      const receiver = new SocketModeReceiver({
        appToken: slack.appToken as string,
        logger,
        // A fresh object: the Socket Mode client adds its own reconnect retry policy to it.
        installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl } },
      });
      this.app = new App({ token: slack.botToken, receiver, logger, clientOptions, deferInitialization: true });
    } else {
      if (!slack.signingSecret) throw new Error('SLACK_SIGNING_SECRET is not set (needed for HTTP mode)');
      this.app = new App({
        token: slack.botToken,
        signingSecret: slack.signingSecret,
        logger,
        clientOptions,
        deferInitialization: true,
      });
    }
    const deps: SlackDeps = {
      services: opts.services,
      commands: opts.commands,
      log: this.log,
      track: (work) => this.track(work),
      rights: channelRights(this.app.client, this.log),
      words: slackWords(userGroups(this.app.client, this.log)),
    };
    registerSlashCommands(this.app, deps);
    registerFollowUps(this.app, deps);
    registerAskButton(this.app, deps);
    this.app.error(async (err) => {
      this.log.error({ err }, 'slack listener failed');
    });
  }

  /** The port the HTTP receiver listens on (after start; undefined in Socket Mode). */
  get port(): number | undefined {
    const addr = this.server?.address();
    return addr && typeof addr === 'object' ? addr.port : undefined;
  }

  /** Check the token (auth.test), then listen (HTTP) or connect (Socket Mode). */
  async start(): Promise<void> {
    try {
      await this.app.init();
    } catch (e) {
      // A one-line reason (invalid_auth, network) instead of the SDK's stack.
      const apiError = (e as { data?: { error?: string } }).data?.error;
      const at = `auth.test at ${this.opts.services.config.slack.apiUrl}`;
      // Slack answering "invalid_auth" and Slack not answering at all are different problems.
      const message = apiError
        ? `Slack refused the bot token (${at}): ${apiError}`
        : `Slack could not be reached (${at}): ${(e as { original?: Error }).original?.message ?? (e as Error).message}`;
      throw new Error(message, { cause: e });
    }
    if (this.mode === 'socket') {
      await this.app.start();
      this.log.info({ mode: 'socket' }, 'slack connected (Socket Mode)');
    } else {
      const port = this.opts.services.config.slack.port;
      const listen = this.opts.host ? { port, host: this.opts.host } : port;
      this.server = (await this.app.start(listen)) as Server;
      this.log.info({ mode: 'http', port: this.port, path: '/slack/events' }, 'slack listening');
    }
    this.started = true;
  }

  /** Stop taking requests, let acked work finish (briefly), close sockets. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    const server = this.server;
    // Requests still open after a grace period (a stuck client) must not hold shutdown.
    const force = server ? setTimeout(() => server.closeAllConnections(), DRAIN_MS) : undefined;
    try {
      await this.app.stop();
    } catch (err) {
      this.log.warn({ err }, 'slack receiver did not stop cleanly');
    } finally {
      clearTimeout(force);
    }
    if (this.pending.size) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.pending]),
        new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS))),
      ]);
      clearTimeout(timer);
    }
    this.server = undefined;
    this.log.info('slack stopped');
  }

  /**
   * Post to a channel (scheduled digests, briefings, alerts), or with `threadOf` into the
   * thread of an earlier post. A new post's thread is recorded as its conversation so
   * follow-ups there work as for /brief; a reply in a thread leaves the thread following what
   * its first post was about. Throws PostError.
   */
  async post(channelId: string, message: Message, options: PostOptions = {}): Promise<PostResult> {
    const res = await postToSlack(this.app.client, channelId, message, options);
    if (!res.alreadyPosted && !options.threadOf) {
      const conversations = conversationsOf(this.opts.services.store);
      for (const ts of res.messageIds) await conversations.followPosted({ platform: 'slack', channelId, threadId: ts }, message);
    }
    return res;
  }

  /** Resolves once every acked command and follow-up has been answered (for tests and drains). */
  async whenIdle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = (): void => {
      this.pending.delete(work);
    };
    work.then(done, done);
    return work;
  }
}

/** The Slack adapter for this configuration (call only when SLACK_BOT_TOKEN is set). */
export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  return new SlackAdapter(opts);
}
