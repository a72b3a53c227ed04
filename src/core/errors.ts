/**
 * Typed errors. A UserError is shown to the user as it is (one sentence, ephemeral where the
 * platform allows); anything else is logged and answered with a short generic apology.
 */
export class UserError extends Error {
  readonly code: string;
  constructor(message: string, code = 'bad_input') {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

/** A post to a platform failed; `retryable` says whether trying again may help (429, 5xx). */
export class PostError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;
  /**
   * What someone in the channel can do so the bot may post there, in the platform's own words
   * (`invite me with /invite and try again`); set by the adapter when the platform refused the
   * bot access, so commands can say it without knowing the platform.
   */
  readonly hint: string | null;
  constructor(message: string, opts: { code: string; retryable: boolean; retryAfterMs?: number | null; cause?: unknown; hint?: string | null }) {
    super(message, { cause: opts.cause });
    this.name = 'PostError';
    this.code = opts.code;
    this.retryable = opts.retryable;
    this.retryAfterMs = opts.retryAfterMs ?? null;
    this.hint = opts.hint ?? null;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** A word (a URL, a pasted run) longer than this is shortened inside a refusal that is too long. */
const LONG_WORD = 80;
const LONG_WORDS = new RegExp(`\\S{${LONG_WORD + 1},}`, 'g');

/**
 * The start of a word, "…", and the punctuation it ended with (a closing quote, a colon), never
 * splitting a surrogate pair.
 */
function shorten(word: string, max: number): string {
  const tail = /["'”’),.:;\]]{0,3}$/.exec(word)?.[0] ?? '';
  let cut = max - 1 - tail.length;
  if (/[\uD800-\uDBFF]/.test(word.charAt(cut - 1))) cut--;
  return `${word.slice(0, cut)}…${tail}`;
}

/** Longest error text shown in chat: refusals quote what was typed, which may be huge. */
export const MAX_ERROR_CHARS = 400;

/**
 * The one-line text shown for an error: the UserError's message, or a generic apology. Messages
 * often quote the user's input (a Slack command can hold newlines and thousands of characters),
 * so the text is folded to one line and shortened at a word boundary, never mid-character.
 */
export function userFacingMessage(e: unknown): string {
  if (!isUserError(e)) return 'Sorry, something went wrong while doing that. The error has been logged.';
  let line = e.message.replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_ERROR_CHARS) return line;
  // A long quoted URL or word comes first in many refusals (`<url> could not be found`): cutting
  // only the end left "http://aaaa…" and lost the reason, so long words are shortened first.
  line = line.replace(LONG_WORDS, (w) => shorten(w, LONG_WORD));
  if (line.length <= MAX_ERROR_CHARS) return line;
  let cut = line.lastIndexOf(' ', MAX_ERROR_CHARS - 1);
  if (cut < MAX_ERROR_CHARS / 2) cut = MAX_ERROR_CHARS - 1;
  if (/[\uD800-\uDBFF]/.test(line.charAt(cut - 1))) cut--;
  return `${line.slice(0, cut)}…`;
}

/**
 * Why a file or folder could not be read, in words for a user: "permission denied" for a path
 * this user may not read (not Node's "EACCES: permission denied, open '…'"), else the error's
 * own message. Shared by the CLI, the briefings folder and the .env reader.
 */
export function fileErrorReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message;
}
