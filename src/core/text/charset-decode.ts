/**
 * Bytes to text by their charset, with no I/O: a byte-order mark first, then a declared
 * charset, else UTF-8; windows-1252 read as browsers read it. Shared by article files, a
 * fetched page or feed (src/sources/body-decode.ts) and the `.env` reader (src/config-env-file.ts),
 * which must not depend on the sources.
 */

/**
 * Decode a body with its charset: a byte-order mark first, then the Content-Type charset,
 * then what the document itself declares (`<?xml encoding>`, `<meta charset>`,
 * `<meta http-equiv content="...; charset=...">`), else UTF-8.
 */
export function decode(bytes: Uint8Array, contentTypeHeader: string | null, contentType: string | null = null): string {
  const label = sniffBom(bytes) ?? charsetParam(contentTypeHeader) ?? declaredCharset(bytes, contentType) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8'); // an unknown label: UTF-8 is the web's default
  }
  const text = decoder.decode(bytes);
  // Node's TextDecoder decodes windows-1252 (also what "iso-8859-1" means on the web) as plain
  // latin1, leaving 0x80-0x9F as control characters instead of “smart quotes”, dashes and €.
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] || c) : text;
}

/** windows-1252 characters for bytes 0x80-0x9F ('' where the byte is unassigned; mojibake.ts reads it too). */
export const WINDOWS_1252: readonly string[] = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

/** Whether bytes start with a UTF-8 or UTF-16 byte-order mark (which `decode` then reads). */
export function hasByteOrderMark(b: Uint8Array): boolean {
  return sniffBom(b) !== null;
}

function sniffBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

function charsetParam(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType) : null;
  return m ? m[1].toLowerCase() : null;
}

function declaredCharset(bytes: Uint8Array, contentType: string | null): string | null {
  // Declarations are ASCII and sit near the top: read the head byte for byte (as latin1) to find them.
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  if (contentType && !contentType.includes('html') && !contentType.startsWith('text/plain')) return null;
  const meta = /<meta[^>]+charset\s*=\s*["']?([a-z0-9_:.-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}
