/**
 * Text whose UTF-8 bytes were read as Windows-1252 (or Latin-1) by a feed or a copy on the way:
 * "CutiÃ©" for "Cutié", "Sinn FÃ©in" for "Sinn Féin", "donâ€™t" for "don’t". A reader asking
 * about "Cutié" meets a word the story never writes, so the answerer reads such runs decoded.
 * Only runs that decode as valid UTF-8 change; anything else stays as written.
 */
import { WINDOWS_1252 } from './charset-decode.ts';

/** Windows-1252's characters for the bytes 0x80-0x9F (the C1 range, charset-decode.ts's table; an unassigned byte as itself): the byte each one stands for. */
const CP1252: ReadonlyMap<string, number> = new Map(WINDOWS_1252.map((c, k) => [c || String.fromCharCode(0x80 + k), 0x80 + k]));
const CONT = `[\\u0080-\\u00BF${[...CP1252.keys()].filter((c) => c.charCodeAt(0) > 0xff).join('')}]`;
/** A lead byte (as a character) followed by its continuation bytes. */
const RUN = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text with its mis-decoded UTF-8 runs decoded; the same string when there are none. */
export function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = Uint8Array.from([...run].map((c) => CP1252.get(c) ?? c.charCodeAt(0)));
    try {
      return decoder.decode(bytes);
    } catch {
      return run;
    }
  });
}
