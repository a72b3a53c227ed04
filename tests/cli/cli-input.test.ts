/** The CLI's file input: a binary file without a NUL byte is refused like one with it. */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { loadArticleArg, readStdin, readTextFile } from '../../src/cli/input.ts';
import { parseConfig } from '../../src/config.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-input-'));

describe('newsbrief brief <file>: what is not text', () => {
  it('refuses a binary file that has no NUL byte (it was briefed as gibberish)', async () => {
    // High bytes that are not UTF-8 and a few control bytes, as in a small image or compressed data.
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x1b : 0x80 + ((i * 37) % 128))));
    const file = path.join(dir, 'photo.txt');
    writeFileSync(file, bytes);
    await expect(readTextFile(file)).rejects.toThrow(`${file} is a binary file, not an article`);
  });

  it('names a broken symbolic link and its missing target (it said only "no such file")', async () => {
    const file = path.join(dir, 'gone.txt');
    symlinkSync(path.join(dir, 'moved.txt'), file);
    await expect(readTextFile(file)).rejects.toThrow(`${file}: a broken symbolic link: its target ${path.join(dir, 'moved.txt')} does not exist`);
  });

  it('still reads an article saved in Latin-1, whose few accented letters are not UTF-8', async () => {
    const file = path.join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from('Caf\u00e9 owners in S\u00e3o Paulo said on Monday that prices rose by 4 percent.\n\nThe council will meet again in June.\n', 'latin1'));
    await expect(readTextFile(file)).resolves.toContain('owners in S');
  });

  it('reads a Latin-1 article with its accents, not replacement characters', async () => {
    const file = path.join(dir, 'latin1-accents.txt');
    writeFileSync(file, Buffer.from('Caf\u00e9 owners in S\u00e3o Paulo said on Monday that prices rose.\n', 'latin1'));
    const text = await readTextFile(file);
    expect(text).toContain('Café owners in São Paulo');
    expect(text).not.toContain('\ufffd');
  });
});

describe('newsbrief brief - (standard input): the same encodings as a file', () => {
  const stdin = (bytes: Buffer) => readStdin(4 * 1024 * 1024, Readable.from([bytes]));

  it('reads Latin-1 piped in with its accents (it came out as "Caf\ufffd")', async () => {
    const text = await stdin(Buffer.from('Caf\u00e9 owners in S\u00e3o Paulo said on Monday that prices rose.\n', 'latin1'));
    expect(text).toContain('Café owners in São Paulo');
    expect(text).not.toContain('\ufffd');
  });

  it('reads UTF-16 with a byte-order mark, as a Windows editor saves it', async () => {
    const body = Buffer.from('Z\u00fcrich council voted on Tuesday to widen the tram line.\n', 'utf16le');
    const text = await stdin(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    expect(text).toBe('Zürich council voted on Tuesday to widen the tram line.\n');
  });

  it('keeps UTF-8 as it is, split across chunks mid-character', async () => {
    const bytes = Buffer.from('Café in São Paulo.\n', 'utf8');
    const text = await readStdin(1024, Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]));
    expect(text).toBe('Café in São Paulo.\n');
  });
});

describe('newsbrief brief - with nothing piped in', () => {
  it('says standard input is empty, not only "the article is empty"', async () => {
    await expect(loadArticleArg('-', parseConfig({}), Readable.from([]))).rejects.toThrow(/^standard input: the article is empty$/);
  });
});
