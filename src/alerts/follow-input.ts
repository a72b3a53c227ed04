/**
 * Reading what people type for `/follow`: the topic, `ping:` (a Discord role mention `<@&id>`,
 * a Slack user group `<!subteam^ID|@name>`, or the id itself) and `quiet:22:00-07:00`, each
 * refused in one sentence when it cannot be used.
 */
import { UserError } from '../core/errors.ts';

/** Longest topic, in characters and words. */
export const MAX_TOPIC_CHARS = 80;
export const MAX_TOPIC_WORDS = 8;
/** Follows one channel may have. */
export const MAX_FOLLOWS_PER_CHANNEL = 25;

/** A topic as typed -> trimmed, quotes and spacing tidied. Throws a UserError naming the problem. */
export function readTopic(input: string): string {
  const t = input.trim().replace(/^["“'‘]+|["”'’]+$/g, '').replace(/\s+/g, ' ').trim();
  if (!t) throw new UserError('Name a topic to follow, like /follow Kyrgyzstan or /follow "Bank of England".', 'bad_topic');
  if (!/[\p{L}\p{N}]/u.test(t)) throw new UserError(`"${t}" has no letters or digits to match in a story.`, 'bad_topic');
  if (t.length > MAX_TOPIC_CHARS) throw new UserError(`A topic is at most ${MAX_TOPIC_CHARS} characters; "${t.slice(0, 24)}…" is longer.`, 'bad_topic');
  if (t.split(' ').length > MAX_TOPIC_WORDS) throw new UserError(`A topic is a name or a short phrase of at most ${MAX_TOPIC_WORDS} words.`, 'bad_topic');
  return t;
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
