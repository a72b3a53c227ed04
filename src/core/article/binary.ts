/**
 * Telling binary data from article text. A file or page that is not text (an image, an archive,
 * a PDF read as UTF-8) decodes to replacement characters and control codes; briefed, it came
 * out as gibberish. Every way an article arrives goes through the parser, so the check is here.
 */
import { UserError } from '../errors.ts';

/** The refusal every path shows (the caller names the file or URL in front of it). */
export const BINARY_MESSAGE = 'this looks like a binary file, not an article';

/**
 * Text that is mostly not text: over a tenth of it bytes that were not UTF-8
 * (decoded as U+FFFD) or control characters other than tab, line and page breaks. A Latin-1
 * article with its few accented letters is still read.
 */
export function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) bad++;
  }
  return bad > 0 && bad * 10 > text.length;
}

/** Throw the one-line refusal (a UserError, code `binary`) when the text looks binary. */
export function refuseBinary(text: string): void {
  if (looksBinary(text)) throw new UserError(BINARY_MESSAGE, 'binary');
}
