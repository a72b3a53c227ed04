/**
 * Reading what people type for `/follow`: the topic, and where `ping:` and `quiet:22:00-07:00`
 * stand in a text line; each refused in one sentence when it cannot be used. What a ping names
 * is read by the platform (`readPing`, src/conversation/platform-words.ts).
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
 * Split a `/follow` text line: `ping:…` and `quiet:…` (a window may be written `22:00 - 07:00`)
 * come out, the rest is the topic. Either one with nothing after it is refused.
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
  // `ping:` or `quiet:` with nothing after it was kept in the topic ("Kyrgyzstan quiet:"), a
  // follow that never matches anything; refused like an empty include:.
  const empty = /(?:^|\s)(ping|quiet):(?=\s|$)/i.exec(rest)?.[1]?.toLowerCase();
  if (empty === 'ping') throw new UserError('ping: needs a role or group after it, like ping:@desk (or ping:off).', 'bad_ping');
  if (empty === 'quiet') throw new UserError('quiet: needs hours after it, like quiet:22:00-07:00 (or quiet:off).', 'bad_quiet');
  out.topic = rest.replace(/\s+/g, ' ').trim();
  return out;
}
