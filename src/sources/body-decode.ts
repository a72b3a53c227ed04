/**
 * Decoding a fetched body to text by its charset. Its own file so a parse worker can decode a
 * feed's bytes itself (the poller transfers the body to the worker instead of decoding it on
 * the main thread and copying the string). The decoder itself is src/core/text/charset-decode.ts.
 */
import { decode } from '../core/text/charset-decode.ts';

/** A body left undecoded (safeFetch's `raw` option): its bytes and the Content-Type header. */
export interface RawBody {
  bytes: Uint8Array;
  contentTypeHeader: string | null;
}

/** A raw body's text, exactly as safeFetch would have decoded it. */
export function decodeBody(raw: RawBody): string {
  const h = raw.contentTypeHeader;
  return decode(raw.bytes, h, h ? h.split(';')[0].trim().toLowerCase() : null);
}
