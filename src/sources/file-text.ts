/**
 * An article file's bytes as text. Files saved by older editors and Windows tools are often not
 * UTF-8: read as UTF-8, a Latin-1 "Café" came out as "Caf�" in the briefing and its title could
 * not be found by the words the user typed. A file with a byte-order mark is read in that
 * encoding; valid UTF-8 as UTF-8; anything else as windows-1252 (the superset of Latin-1 that
 * such files are in practice), unless it looks binary, which the parser then refuses as before.
 */
import { looksBinary } from '../core/article/binary.ts';
import { decode, hasByteOrderMark } from '../core/text/charset-decode.ts';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decode an article file (briefings folder or CLI argument) to text. */
export function decodeArticleFile(bytes: Uint8Array): string {
  // A byte-order mark says the encoding (UTF-8, UTF-16LE/BE); decode() reads it first.
  if (hasByteOrderMark(bytes)) return decode(bytes, null);
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    // Not UTF-8. Binary data stays as UTF-8 with replacement characters so it is refused as binary.
    const loose = Buffer.from(bytes).toString('utf8');
    if (bytes.includes(0) || looksBinary(loose)) return loose;
    return decode(bytes, 'text/plain; charset=windows-1252');
  }
}
