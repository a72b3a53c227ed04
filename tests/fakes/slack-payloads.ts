/**
 * What Slack sends and what the fake Slack records: payload and record types, builders for
 * slash commands, events, button presses and modal submissions exactly as Slack shapes them,
 * the v0 request signature, and the HTTP encoding of each kind. Pure: no server here (see
 * slack-server.ts, which wraps these with its own identity and URLs).
 */
import { createHmac, randomUUID } from 'node:crypto';

/** Who the fake workspace and app are, and where its response_urls point. */
export interface SlackIdentity {
  teamId: string;
  appId: string;
  botId: string;
  botUserId: string;
  /** `http://127.0.0.1:PORT` of the fake (response_urls live under it). */
  baseUrl: string;
}

/** One Web API call as the fake received it. */
export interface ApiCall {
  method: string;
  /** Parsed body: form fields, with JSON-encoded values (blocks, metadata) decoded. */
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** Epoch ms when the call arrived (for Retry-After lower bounds). */
  at: number;
  /** HTTP status the fake answered with. */
  status: number;
}

/** A message the bot posted with chat.postMessage (what a channel would show). */
export interface PostedMessage {
  channel: string;
  ts: string;
  threadTs: string | null;
  text: string;
  blocks: SlackBlock[];
  metadata: { event_type: string; event_payload: Record<string, unknown> } | null;
  user: string;
  botId: string;
  /**
   * Who Slack would notify for this post, from the mention tokens in its text and mrkdwn
   * blocks: `subteam:S…` (a user group), `user:U…`, `here`, `channel`, `everyone`.
   */
  pings: string[];
}

/** An ephemeral message the bot sent with chat.postEphemeral. */
export interface EphemeralMessage {
  channel: string;
  user: string;
  threadTs: string | null;
  text: string;
  blocks: SlackBlock[];
}

/** A POST to a slash command's response_url (what `respond()` sends). */
export interface ResponsePost {
  /** The id in the response_url path (one per slash command). */
  id: string;
  body: {
    response_type?: 'in_channel' | 'ephemeral';
    text?: string;
    blocks?: SlackBlock[];
    replace_original?: boolean;
    thread_ts?: string;
  };
  at: number;
}

// Blocks are checked by tests, not interpreted here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SlackBlock = Record<string, any>;

/** A slash command as Slack sends it (form fields). */
export interface SlashCommandPayload {
  token: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  user_id: string;
  user_name: string;
  command: string;
  text: string;
  api_app_id: string;
  is_enterprise_install: string;
  response_url: string;
  trigger_id: string;
}

/** An Events API envelope (`event_callback`). */
export interface EventCallback {
  token: string;
  team_id: string;
  api_app_id: string;
  event: Record<string, unknown>;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  authorizations: { team_id: string; user_id: string; is_bot: boolean }[];
}

/** An interactive payload: a button press or a modal submission. */
export interface InteractivePayload {
  type: 'block_actions' | 'view_submission';
  [key: string]: unknown;
}

/** Anything Slack delivers to a bot's request URL or socket. */
export type Deliverable = SlashCommandPayload | EventCallback | InteractivePayload;

/** A modal the bot opened with views.open. */
export interface OpenedView {
  triggerId: string;
  view: SlackBlock;
}

/** The HTTP answer the bot gave to a delivered request. */
export interface Delivery {
  status: number;
  body: string;
}

/** A slash command payload whose response_url points at this fake. */
export function slashCommandPayload(
  who: SlackIdentity,
  command: string,
  text = '',
  over: Partial<SlashCommandPayload> = {},
): SlashCommandPayload {
  const id = randomUUID();
  return {
    token: 'legacy-verification-token',
    team_id: who.teamId,
    team_domain: 'testteam',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command: command.startsWith('/') ? command : `/${command}`,
    text,
    api_app_id: who.appId,
    is_enterprise_install: 'false',
    response_url: `${who.baseUrl}/respond/${id}`,
    trigger_id: `trigger-${id}`,
    ...over,
  };
}

/** The response_url id of a slash command payload (to wait for its responses). */
export function responseIdOf(cmd: SlashCommandPayload): string {
  return cmd.response_url.slice(cmd.response_url.lastIndexOf('/') + 1);
}

/** An `event_callback` body around an event (app_mention, message ...). */
export function eventCallbackPayload(who: SlackIdentity, event: Record<string, unknown>): EventCallback {
  return {
    token: 'legacy-verification-token',
    team_id: who.teamId,
    api_app_id: who.appId,
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: who.teamId, user_id: who.botUserId, is_bot: true }],
  };
}

/** A button press on a message (`block_actions`), as Slack sends it. */
export function blockActionPayload(
  who: SlackIdentity,
  opts: {
    actionId: string;
    value?: string;
    channel: string;
    messageTs: string;
    threadTs?: string;
    userId?: string;
  },
): InteractivePayload {
  const id = randomUUID();
  return {
    type: 'block_actions',
    token: 'legacy-verification-token',
    api_app_id: who.appId,
    team: { id: who.teamId, domain: 'testteam' },
    user: { id: opts.userId ?? 'U0ALICE', username: 'alice', team_id: who.teamId },
    channel: { id: opts.channel, name: 'general' },
    container: { type: 'message', message_ts: opts.messageTs, channel_id: opts.channel, is_ephemeral: false },
    message: { type: 'message', ts: opts.messageTs, ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}) },
    trigger_id: `trigger-${id}`,
    response_url: `${who.baseUrl}/respond/${id}`,
    actions: [
      {
        type: 'button',
        action_id: opts.actionId,
        block_id: 'actions',
        value: opts.value ?? opts.actionId,
        text: { type: 'plain_text', text: 'button' },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

/**
 * A modal submission (`view_submission`) of a view the bot opened, with input values as
 * `{ blockId: { actionId: 'typed text' } }`.
 */
export function viewSubmissionPayload(
  who: SlackIdentity,
  opened: OpenedView,
  values: Record<string, Record<string, string>>,
  userId = 'U0ALICE',
): InteractivePayload {
  const state: Record<string, Record<string, { type: string; value: string }>> = {};
  for (const [block, inputs] of Object.entries(values)) {
    state[block] = {};
    for (const [action, value] of Object.entries(inputs)) state[block][action] = { type: 'plain_text_input', value };
  }
  return {
    type: 'view_submission',
    token: 'legacy-verification-token',
    api_app_id: who.appId,
    team: { id: who.teamId, domain: 'testteam' },
    user: { id: userId, username: 'alice', team_id: who.teamId },
    trigger_id: `trigger-${randomUUID()}`,
    view: {
      id: `V${randomUUID().slice(0, 8).toUpperCase()}`,
      team_id: who.teamId,
      app_id: who.appId,
      bot_id: who.botId,
      hash: 'h',
      root_view_id: null,
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
      ...opened.view,
      state: { values: state },
    },
  };
}

/** The v0 signature Slack puts in `x-slack-signature`. */
export function signV0(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The body and content type Slack uses to deliver each kind of payload over HTTP. */
export function httpBody(payload: Deliverable): { body: string; contentType: string } {
  const kind = kindOf(payload);
  if (kind === 'events_api') return { body: JSON.stringify(payload), contentType: 'application/json' };
  const form =
    kind === 'interactive'
      ? new URLSearchParams({ payload: JSON.stringify(payload) })
      : new URLSearchParams(payload as unknown as Record<string, string>);
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** How Socket Mode labels what it carries. */
export function kindOf(payload: Deliverable): 'slash_commands' | 'events_api' | 'interactive' {
  const type = (payload as { type?: string }).type;
  if (type === 'event_callback') return 'events_api';
  if (type === 'block_actions' || type === 'view_submission') return 'interactive';
  return 'slash_commands';
}
