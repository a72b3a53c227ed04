/**
 * Reading what people type for `/follow`: the topic, `ping:` (a Discord role mention `<@&id>`,
 * a Slack user group `<!subteam^ID|@name>`, or the id itself) and `quiet:22:00-07:00`, each
 * refused in one sentence when it cannot be used.
 */
import { UserError } from '../core/errors.ts';
import { normalizeTopic } from '../core/topics/match.ts';

/** Follows one channel may have. */
export const MAX_FOLLOWS_PER_CHANNEL = 25;

/**
 * A topic as typed -> cleaned (src/core/topics/normalize.ts: quotes, spacing, `us` -> `US`).
 * Throws a UserError naming the problem (empty, a mention, a link, too long, only a number).
 */
export function readTopic(input: string): string {
  const checked = normalizeTopic(input);
  if (checked.error !== undefined) throw new UserError(checked.error, 'bad_topic');
  return checked.topic;
}

/**
 * The role or user group a `ping:` names, as its id: `<@&123>` or `123` (Discord role),
 * `<!subteam^S0123|@team>` or `S0123` (Slack user group); `off` -> null. Everyone/here pings
 * and plain names are refused: only one named role or group is ever pinged.
 */
export function readPing(input: string): string | null {
  const s = input.trim();
  if (/^(off|none|no)$/i.test(s)) return null;
  if (/^(@?(here|everyone|channel)|<!(here|everyone|channel)[^>]*>)$/i.test(s)) {
    throw new UserError(`ping:${s} would notify everyone: name one role (Discord) or user group (Slack) instead.`, 'bad_ping');
  }
  const role = /^<@&(\d{5,25})>$/.exec(s) ?? /^(\d{5,25})$/.exec(s);
  if (role) return role[1];
  const group = /^<!subteam\^([A-Z0-9]{5,20})(?:\|[^>]*)?>$/.exec(s) ?? /^(S[A-Z0-9]{4,19})$/.exec(s);
  if (group) return group[1];
  throw new UserError(`ping:${s} is not a role or user group: pick the role from the @ list, or give the user group's ID (S…).`, 'bad_ping');
}

/**
 * Split a `/follow` text line: `ping:…` and `quiet:…` (a window may be written `22:00 - 07:00`)
 * come out, the rest is the topic.
 */
export function splitFollowText(text: string): { topic: string; ping?: string; quiet?: string } {
  const out: { topic: string; ping?: string; quiet?: string } = { topic: '' };
  let rest = text.replace(/\bquiet:\s*(\S+?(?:\s*[-–—]\s*\S+)?)(?=\s|$)/i, (_, q: string) => {
    out.quiet = q;
    return ' ';
  });
  rest = rest.replace(/\bping:\s*(<[^>]*>|\S+)/i, (_, p: string) => {
    out.ping = p;
    return ' ';
  });
  out.topic = rest.replace(/\s+/g, ' ').trim();
  return out;
}
