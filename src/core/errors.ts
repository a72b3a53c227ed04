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
  constructor(message: string, opts: { code: string; retryable: boolean; retryAfterMs?: number | null; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.name = 'PostError';
    this.code = opts.code;
    this.retryable = opts.retryable;
    this.retryAfterMs = opts.retryAfterMs ?? null;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

/** The one-line text shown for an error: the UserError's message, or a generic apology. */
export function userFacingMessage(e: unknown): string {
  if (isUserError(e)) return e.message;
  return 'Sorry, something went wrong while doing that. The error has been logged.';
}
