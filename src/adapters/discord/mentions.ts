/**
 * Discord's words and mention syntax for commands (`CommandContext.words`): a server, and a
 * ping names a role, typed as its mention `<@&id>` (picked from the @ list) or its id. The
 * same `roleMention` leads an alert that pings (post.ts, with allowed_mentions naming only it).
 */
import { UserError } from '../../core/errors.ts';
import type { Mention, PlatformWords } from '../../conversation/platform-words.ts';

/** A role as Discord writes its mention. */
export function roleMention(roleId: string): string {
  return `<@&${roleId}>`;
}

/** `<@&123…>` or `123…` as a role Mention, or a one-line refusal. */
export function readRoleMention(input: string): Mention {
  const s = input.trim();
  const role = /^<@&(\d{5,25})>$/.exec(s) ?? /^(\d{5,25})$/.exec(s);
  if (role) return { kind: 'role', id: role[1] };
  throw new UserError(`ping:${s} is not a role: pick the role from the @ list, or give its ID.`, 'bad_ping');
}

/** Discord's words. */
export const discordWords: PlatformWords = {
  scope: 'server',
  pingable: 'role',
  readMention: readRoleMention,
  showMention: roleMention,
  announces: true,
};
