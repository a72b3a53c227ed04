/**
 * Who may manage a Slack channel, for `CommandContext.canManageChannel`.
 *
 * Slack sends no role data with a slash command, and the workspace's own channel-management
 * settings are readable only by admin APIs. What Slack does let every *full member* do by
 * default is manage channels (topic, name, archive) and mention any user group; guests
 * (single- and multi-channel, `is_restricted` / `is_ultra_restricted`) cannot. So a full
 * member, admin or owner may manage the channel here (subscribe it, add feeds, have the bot
 * ping a user group: nothing they could not do by typing); guests, bots and deactivated
 * accounts may not. One `users.info` call per user (scope `users:read`), cached. Without the
 * scope (an app not yet reinstalled from the current manifest) anyone in the channel may, as
 * before that scope was asked for.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';

/** How long an answer is reused: a promotion or a new guest is seen within this time. */
export const RIGHTS_TTL_MS = 10 * 60_000;
/** A failed lookup is retried after this long, not on every command. */
const FAILURE_TTL_MS = 60_000;

/** The fields of users.info's `user` that decide it. */
interface SlackUser {
  deleted?: boolean;
  is_bot?: boolean;
  is_admin?: boolean;
  is_owner?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
}

/** Whether a users.info user may manage channels (see the file comment). */
export function fullMember(user: SlackUser | undefined): boolean {
  if (!user || user.deleted || user.is_bot) return false;
  if (user.is_admin || user.is_owner) return true;
  return !user.is_restricted && !user.is_ultra_restricted;
}

/** `(userId) => may they manage channels?`; never throws (a failed lookup answers false). */
export type ChannelRights = (userId: string) => Promise<boolean>;

/** Channel rights looked up with `client` (users.info), cached per user for RIGHTS_TTL_MS. */
export function channelRights(client: WebClient, log: Logger, now: () => number = Date.now): ChannelRights {
  const cache = new Map<string, { may: boolean; until: number }>();
  let warnedScope = false;
  return async (userId) => {
    const hit = cache.get(userId);
    if (hit && hit.until > now()) return hit.may;
    try {
      const res = await client.users.info({ user: userId });
      const may = fullMember(res.user as SlackUser | undefined);
      cache.set(userId, { may, until: now() + RIGHTS_TTL_MS });
      return may;
    } catch (e) {
      const code = (e as { data?: { error?: string } }).data?.error;
      if (code === 'missing_scope') {
        // An app installed before users:read was in the manifest: keep that release's rule
        // (anyone in the channel may manage it) rather than lock everyone out at upgrade.
        if (!warnedScope) log.warn('users.info needs the users:read scope: until the app is reinstalled from the current manifest, anyone in a channel may manage it (guests included)');
        warnedScope = true;
        cache.set(userId, { may: true, until: now() + RIGHTS_TTL_MS });
        return true;
      }
      // Refusing is the safe side: a ping or a schedule change waits until Slack answers.
      log.warn({ err: code ?? (e instanceof Error ? e.message : String(e)), user: userId }, 'could not look the user up; treating them as unable to manage the channel');
      cache.set(userId, { may: false, until: now() + FAILURE_TTL_MS });
      return false;
    }
  };
}
