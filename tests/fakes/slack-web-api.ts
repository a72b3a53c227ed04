/**
 * The fake Slack's Web API methods: what each answers and what it records. Enough of Slack for
 * the bot: auth.test, apps.connections.open, chat.postMessage (with metadata and threads),
 * chat.postEphemeral, views.open, conversations.history and conversations.replies (with
 * include_all_metadata), users.info (from `users`; anyone else is a full member) and
 * usergroups.list (from `userGroups`; `missing_scope` while `missingScopes` has usergroups:read).
 */
import { randomUUID } from 'node:crypto';
import type { EphemeralMessage, OpenedView, PostedMessage, SlackBlock } from './slack-payloads.ts';

/** The state the Web API reads and records into (the FakeSlack itself). */
export interface WebApiState {
  readonly botToken: string;
  readonly appToken: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  /** `http://127.0.0.1:PORT` of the fake. */
  readonly baseUrl: string;
  readonly messages: PostedMessage[];
  readonly ephemerals: EphemeralMessage[];
  readonly views: OpenedView[];
  readonly channelsWithoutBot: Set<string>;
  /** users.info answers: user id -> the `user` fields (is_admin, is_restricted, ...). */
  readonly users: Map<string, Record<string, unknown>>;
  /** The workspace's user groups, as usergroups.list lists them. */
  readonly userGroups: { id: string; handle: string; name: string }[];
  /** Bot scopes the app was installed without: methods needing one answer `missing_scope`. */
  readonly missingScopes: Set<string>;
  nextTs(): string;
  /** Tell waiters a record was added ('message', 'ephemeral', 'view'). */
  notify(kind: string, item: unknown): void;
}

export function answerApiCall(
  fake: WebApiState,
  method: string,
  body: Record<string, unknown>,
  auth: string | undefined,
): Record<string, unknown> {
  const token = auth?.replace(/^Bearer\s+/i, '') ?? (body.token as string | undefined);
  if (method === 'apps.connections.open') {
    if (token !== fake.appToken) return { ok: false, error: 'invalid_auth' };
    return { ok: true, url: `${fake.baseUrl.replace(/^http/, 'ws')}/socket?ticket=${randomUUID()}` };
  }
  if (token !== fake.botToken) return { ok: false, error: 'invalid_auth' };
  switch (method) {
    case 'auth.test':
      return {
        ok: true,
        url: 'https://testteam.slack.com/',
        team: 'Test Team',
        user: 'newsbrief',
        team_id: fake.teamId,
        user_id: fake.botUserId,
        bot_id: fake.botId,
        is_enterprise_install: false,
      };
    case 'chat.postMessage':
      return postMessage(fake, body);
    case 'chat.postEphemeral': {
      const eph: EphemeralMessage = {
        channel: String(body.channel),
        user: String(body.user),
        threadTs: typeof body.thread_ts === 'string' ? body.thread_ts : null,
        text: String(body.text ?? ''),
        blocks: (body.blocks as SlackBlock[] | undefined) ?? [],
      };
      fake.ephemerals.push(eph);
      fake.notify('ephemeral', eph);
      return { ok: true, message_ts: fake.nextTs() };
    }
    case 'views.open': {
      const view = body.view as SlackBlock | undefined;
      if (!view || typeof body.trigger_id !== 'string') return { ok: false, error: 'invalid_arguments' };
      const opened: OpenedView = { triggerId: body.trigger_id, view };
      fake.views.push(opened);
      fake.notify('view', opened);
      return { ok: true, view: { id: `V${fake.views.length}`, ...view } };
    }
    case 'conversations.history': {
      const channel = String(body.channel);
      const msgs = fake.messages.filter((m) => m.channel === channel && m.threadTs === null).reverse();
      return { ok: true, messages: historyRows(msgs, body), has_more: false };
    }
    case 'conversations.replies': {
      // The parent first, then its replies oldest first, as Slack answers.
      const channel = String(body.channel);
      const ts = String(body.ts);
      const msgs = fake.messages.filter((m) => m.channel === channel && (m.ts === ts || m.threadTs === ts));
      if (!msgs.length) return { ok: false, error: 'thread_not_found' };
      return { ok: true, messages: historyRows(msgs, body), has_more: false };
    }
    case 'users.info': {
      const id = String(body.user ?? '');
      if (!/^[UW][A-Z0-9]+$/.test(id)) return { ok: false, error: 'user_not_found' };
      return { ok: true, user: { id, team_id: fake.teamId, name: id.toLowerCase(), deleted: false, is_bot: false, is_admin: false, is_owner: false, is_restricted: false, is_ultra_restricted: false, ...fake.users.get(id) } };
    }
    case 'usergroups.list': {
      if (fake.missingScopes.has('usergroups:read')) return { ok: false, error: 'missing_scope', needed: 'usergroups:read', provided: 'commands,chat:write' };
      return { ok: true, usergroups: fake.userGroups.map((g) => ({ ...g, team_id: fake.teamId, is_usergroup: true, date_delete: 0 })) };
    }
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/** Messages as conversations.history/replies list them (metadata only when asked for). */
function historyRows(msgs: PostedMessage[], body: Record<string, unknown>): Record<string, unknown>[] {
  const withMeta = body.include_all_metadata === true || body.include_all_metadata === 'true';
  return msgs.slice(0, Number(body.limit ?? 100)).map((m) => ({
    type: 'message',
    user: m.user,
    bot_id: m.botId,
    text: m.text,
    ts: m.ts,
    ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
    ...(withMeta && m.metadata ? { metadata: m.metadata } : {}),
  }));
}

/** The mention tokens Slack would notify for in a text: `<!subteam^S1>`, `<@U1>`, `<!here>`... */
export function mentionsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<(!subteam\^([A-Z0-9]+)|@([UW][A-Z0-9]+)|!(here|channel|everyone))(\|[^>]*)?>/g)) {
    out.push(m[2] ? `subteam:${m[2]}` : m[3] ? `user:${m[3]}` : String(m[4]));
  }
  return out;
}

/** Every mrkdwn text in a message's blocks (sections, their fields, context elements). */
function mrkdwnTexts(blocks: SlackBlock[]): string[] {
  const out: string[] = [];
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    const o = x as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
    for (const v of Object.values(o)) if (v && typeof v === 'object') visit(v);
  };
  visit(blocks);
  return out;
}

function postMessage(fake: WebApiState, body: Record<string, unknown>): Record<string, unknown> {
  const channel = typeof body.channel === 'string' ? body.channel : '';
  if (!channel) return { ok: false, error: 'channel_not_found' };
  if (fake.channelsWithoutBot.has(channel)) return { ok: false, error: 'not_in_channel' };
  if (!body.text && !body.blocks) return { ok: false, error: 'no_text' };
  const ts = fake.nextTs();
  const msg: PostedMessage = {
    channel,
    ts,
    threadTs: typeof body.thread_ts === 'string' ? body.thread_ts : null,
    text: String(body.text ?? ''),
    blocks: (body.blocks as SlackBlock[] | undefined) ?? [],
    metadata: (body.metadata as PostedMessage['metadata']) ?? null,
    user: fake.botUserId,
    botId: fake.botId,
    pings: [],
  };
  msg.pings = [...new Set([String(body.text ?? ''), ...mrkdwnTexts(msg.blocks)].flatMap(mentionsIn))];
  fake.messages.push(msg);
  fake.notify('message', msg);
  return { ok: true, channel, ts, message: { type: 'message', text: msg.text, user: msg.user, ts } };
}
