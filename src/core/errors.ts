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

/** Longest error text shown in chat: refusals quote what was typed, which may be huge. */
export const MAX_ERROR_CHARS = 400;

/**
 * The one-line text shown for an error: the UserError's message, or a generic apology. Messages
 * often quote the user's input (a Slack command can hold newlines and thousands of characters),
 * so the text is folded to one line and shortened at a word boundary, never mid-character.
 */
export function userFacingMessage(e: unknown): string {
  if (!isUserError(e)) return 'Sorry, something went wrong while doing that. The error has been logged.';
  const line = e.message.replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_ERROR_CHARS) return line;
  let cut = line.lastIndexOf(' ', MAX_ERROR_CHARS - 1);
  if (cut < MAX_ERROR_CHARS / 2) cut = MAX_ERROR_CHARS - 1;
  if (/[\uD800-\uDBFF]/.test(line.charAt(cut - 1))) cut--;
  return `${line.slice(0, cut)}…`;
}
