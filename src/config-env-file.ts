/**
 * Reading the .env file. dotenv reads it as UTF-8 and says nothing when it cannot: a `.env`
 * that is a folder, or one saved as UTF-16 by a Windows editor (every name then starts with a
 * byte-order mark or holds NULs), was ignored silently and the bot started without its settings.
 * Here such a file is read in its encoding, or named in one warning.
 */
import fs from 'node:fs';
import { parse } from 'dotenv';
import { fileErrorReason } from './core/errors.ts';
import { decode, hasByteOrderMark } from './core/text/charset-decode.ts';

/** What the .env file holds, and a one-line warning when it could not be read as it was meant. */
export interface EnvFile {
  parsed: Record<string, string>;
  warning?: string;
}

/**
 * The text of .env bytes: by their byte-order mark (UTF-16 LE/BE, UTF-8; core/text/charset-decode's reader,
 * which strips the mark), else UTF-8; null when they are UTF-16 without a mark.
 */
function decodeEnv(bytes: Buffer): string | null {
  if (hasByteOrderMark(bytes)) return decode(bytes, null);
  // NULs in a text file of settings: UTF-16 saved without a byte-order mark.
  if (bytes.includes(0)) return null;
  return bytes.toString('utf8');
}

/** Read a .env file: nothing when it does not exist, a warning naming it when it cannot be used. */
export function readEnvFile(file: string): EnvFile {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) return { parsed: {}, warning: `${file} is a folder, not a file of settings: it is not read` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { parsed: {} };
    return { parsed: {}, warning: `${file} cannot be read: ${fileErrorReason(e)}` };
  }
  const text = decodeEnv(bytes);
  if (text === null) return { parsed: {}, warning: `${file} is not read: it holds NUL bytes (UTF-16 without a byte-order mark?); save it as UTF-8` };
  return { parsed: parse(text) };
}
