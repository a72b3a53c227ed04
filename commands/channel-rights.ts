/**
 * Who may manage a channel: set a ping, add or remove its feeds. The platform engineer's
 * branch (s3/platform) replaces `permissions.manageChannel` with one platform-neutral field,
 * `canManageChannel`; this reads whichever the context has, so commands need no change at merge
 * (after it, this is just `ctx.canManageChannel`).
 */
import type { CommandContext } from './types.ts';

/** True when the platform says this user may manage this channel. */
export function canManageChannel(ctx: CommandContext): boolean {
  const c = ctx as unknown as { canManageChannel?: boolean; permissions?: { manageChannel?: boolean } };
  return c.canManageChannel ?? c.permissions?.manageChannel ?? false;
}
