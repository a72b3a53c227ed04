/**
 * What a platform calls things and how it writes a mention. Commands speak through these and
 * never branch on the platform: each adapter puts its own in the command context
 * (`CommandContext.words`: Discord's in src/adapters/discord/mentions.ts, Slack's in
 * src/adapters/slack/mentions.ts, the console's beside it); a platform that gives none gets
 * PLAIN_WORDS.
 */
import { UserError } from '../core/errors.ts';

/**
 * Someone or some group a post may notify, platform-neutral: `kind` says what it is, `id` is
 * what the platform knows it by (stored with a follow), `label` how the user wrote it, if given.
 */
export interface Mention {
  kind: 'role' | 'group';
  id: string;
  label?: string;
}

/** A platform's words and mention syntax. */
export interface PlatformWords {
  /** What the place that shares feeds and follows is called: `server`, `workspace`, `bot`. */
  scope: string;
  /** What a ping names, for refusals: `role`, `user group`. */
  pingable: string;
  /**
   * Read what a `ping:` names (a mention, an id, a handle) as a Mention, or throw a UserError
   * naming what to give instead. `off` and everyone-pings never reach it (readPing).
   */
  readMention(input: string): Mention | Promise<Mention>;
  /** A stored ping id as the platform writes the mention in a message (in a reply it notifies no one). */
  showMention(id: string): string;
  /**
   * False where a channel is seen by no one but the user (the console): a change is then only
   * answered, not also announced in the channel.
   */
  announces: boolean;
}

/**
 * The words of a platform that says nothing of its own: a `server`, and a ping named by its
 * plain id or name (`ping:desk`, `ping:@desk`), shown as `@desk`.
 */
export const PLAIN_WORDS: PlatformWords = {
  scope: 'server',
  pingable: 'group',
  readMention: (input) => plainMention(input, 'group'),
  showMention: (id) => `@${id}`,
  announces: true,
};

/** `desk` or `@desk` as a Mention (letters, digits, `.`, `_`, `-`), or a one-line refusal. */
export function plainMention(input: string, pingable: string): Mention {
  const m = /^@?([\p{L}\p{N}][\p{L}\p{N}._-]{0,63})$/u.exec(input.trim());
  if (!m) throw new UserError(`ping:${input.trim()} is not a ${pingable}: give its name, like ping:@desk.`, 'bad_ping');
  return { kind: 'group', id: m[1], label: `@${m[1]}` };
}

/** The words of a command context: its platform's, or the plain ones. */
export function wordsOf(ctx: { words?: PlatformWords }): PlatformWords {
  return ctx.words ?? PLAIN_WORDS;
}

/** `@here`, `@everyone`, `@channel` (and without the @): pings of everyone, refused on every platform. */
const EVERYONE = /^@?(here|everyone|channel)$/i;

/** The refusal for a ping that would notify everyone. */
export function everyoneRefusal(input: string, words: PlatformWords): UserError {
  return new UserError(`ping:${input.trim()} would notify everyone: name one ${words.pingable} instead.`, 'bad_ping');
}

/**
 * What a `ping:` argument names: `off` (or `none`, `no`) -> null; everyone-pings refused; the
 * rest read by the platform (`words.readMention`). Only one named role or group is ever pinged.
 */
export async function readPing(input: string, words: PlatformWords): Promise<Mention | null> {
  const s = input.trim();
  if (isPingOff(s)) return null;
  if (EVERYONE.test(s)) throw everyoneRefusal(s, words);
  return words.readMention(s);
}

/** True for `off`, `none`, `no`: the ping is taken away. */
export function isPingOff(input: string): boolean {
  return /^(off|none|no)$/i.test(input.trim());
}
