/**
 * First-day fixes (session 9): what a user's own article files look like in the library. A
 * Latin-1 or UTF-16 file keeps its accents (it was "Caf�"), a file too large to read is named in
 * a warning (it vanished silently), and hidden editor/macOS files are not articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article/parse.ts';
import { summarize } from '../../src/core/brief/summarize.ts';
import { briefingMessage } from '../../src/core/message/build.ts';
import { openLibrary } from '../../src/sources/briefing-sync.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { useBriefingsDir } from '../helpers/briefings-dir.ts';

const where = useBriefingsDir('nb-article-files-');

const now = () => new Date('2026-03-02T10:00:00Z');

/** Open the library on the folder, collecting the warnings it logs. */
async function open(): Promise<{ warnings: { file?: string; err?: string }[]; ids: string[]; find: (ref: string) => Promise<{ title: string; text: string } | undefined>; close: () => Promise<void> }> {
  const warnings: { file?: string; err?: string }[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
  const store = createSqliteStore(path.join(where.tmp, 'nb.db'));
  const library = await openLibrary(store, where.dir, log, now);
  const ids = (await library.list()).map((a) => a.id).sort();
  return { warnings, ids, find: (ref) => library.find(ref), close: () => store.close() };
}

describe('article files in other encodings', () => {
  it('a Latin-1 (windows-1252) file keeps its accents and is found by them', async () => {
    fs.writeFileSync(path.join(where.dir, 'cafe.txt'), Buffer.from('Caf\u00e9 in S\u00e3o Paulo reopens\n\nThe caf\u00e9 reopened on Monday \u2013 owners said prices rose.\n', 'latin1'));
    // \u2013 is not Latin-1: written as windows-1252's 0x96 by hand.
    const bytes = fs.readFileSync(path.join(where.dir, 'cafe.txt'));
    bytes[bytes.indexOf(0x13, 40)] = 0x96;
    fs.writeFileSync(path.join(where.dir, 'cafe.txt'), bytes);
    const lib = await open();
    try {
      const a = await lib.find('Café');
      expect(a?.title).toBe('Café in São Paulo reopens');
      expect(a?.text).toContain('The café reopened on Monday – owners said');
      expect(a?.text).not.toContain('\ufffd');
    } finally {
      await lib.close();
    }
  });

  it('a UTF-16 file with a byte-order mark is read (it was refused as binary)', async () => {
    const text = '\ufeffHarbour bridge opens\n\nThe harbour bridge in Tórshavn opened on Friday, the mayor said.\n';
    fs.writeFileSync(path.join(where.dir, 'bridge.txt'), Buffer.from(text, 'utf16le'));
    const lib = await open();
    try {
      expect(lib.warnings).toEqual([]);
      expect((await lib.find('bridge'))?.text).toContain('Tórshavn opened on Friday');
    } finally {
      await lib.close();
    }
  });

  it('a binary file is still skipped with a warning naming it', async () => {
    fs.writeFileSync(path.join(where.dir, 'photo.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x1b : 0x80 + ((i * 37) % 128)))));
    const lib = await open();
    try {
      expect(lib.ids).toEqual([]);
      expect(lib.warnings).toEqual([expect.objectContaining({ file: path.join(where.dir, 'photo.txt'), err: 'this looks like a binary file, not an article' })]);
    } finally {
      await lib.close();
    }
  });
});

describe('files that are not articles', () => {
  it('a file over 2 MB is skipped with a warning naming it and its size (it vanished silently)', async () => {
    fs.writeFileSync(path.join(where.dir, 'small.txt'), 'Small story\n\nThe small story is here, the editor said.\n');
    fs.writeFileSync(path.join(where.dir, 'dump.txt'), `Dump\n\n${'The long story goes on. '.repeat(110_000)}`);
    const lib = await open();
    try {
      expect(lib.ids).toEqual(['small']);
      expect(lib.warnings).toEqual([expect.objectContaining({ file: path.join(where.dir, 'dump.txt'), err: 'the file is 2.5 MB: article files over 2 MB are skipped' })]);
    } finally {
      await lib.close();
    }
  });

  it("hidden files (an editor's lock file, macOS's ._ companion) are not articles", async () => {
    fs.writeFileSync(path.join(where.dir, 'story.txt'), 'Story\n\nThe story is here, the editor said.\n');
    fs.writeFileSync(path.join(where.dir, '._story.txt'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0, 0x4d, 0x61, 0x63]));
    fs.writeFileSync(path.join(where.dir, '.draft.txt'), 'x');
    const lib = await open();
    try {
      expect(lib.ids).toEqual(['story']);
      expect(lib.warnings).toEqual([]);
    } finally {
      await lib.close();
    }
  });
});

describe('links and folders in briefings/', () => {
  it('a broken symbolic link is skipped with one warning naming it and its target (it vanished silently)', async () => {
    fs.writeFileSync(path.join(where.dir, 'story.txt'), 'Story\n\nThe story is here, the editor said.\n');
    const target = path.join(where.tmp, 'moved-away.txt');
    fs.symlinkSync(target, path.join(where.dir, 'linked.txt'));
    const lib = await open();
    try {
      expect(lib.ids).toEqual(['story']);
      expect(lib.warnings).toEqual([expect.objectContaining({ file: path.join(where.dir, 'linked.txt'), err: `a broken symbolic link: its target ${target} does not exist` })]);
    } finally {
      await lib.close();
    }
  });

  it('a link to an article file is read as the article', async () => {
    const target = path.join(where.tmp, 'elsewhere.txt');
    fs.writeFileSync(target, 'Ferry resumes\n\nThe island ferry resumed on Monday, the operator said.\n');
    fs.symlinkSync(target, path.join(where.dir, 'ferry.txt'));
    const lib = await open();
    try {
      expect(lib.ids).toEqual(['ferry']);
      expect(lib.warnings).toEqual([]);
    } finally {
      await lib.close();
    }
  });

  it('a folder named like an article file is skipped with a warning naming it', async () => {
    fs.mkdirSync(path.join(where.dir, 'notes.txt'));
    const lib = await open();
    try {
      expect(lib.ids).toEqual([]);
      expect(lib.warnings).toEqual([expect.objectContaining({ file: path.join(where.dir, 'notes.txt'), err: 'a folder, not an article file' })]);
    } finally {
      await lib.close();
    }
  });
});

describe('the briefing footer', () => {
  it('says "1 word", not "1 words"', () => {
    const one = briefingMessage(summarize(parseArticle('Headline', { id: 'one' })));
    expect(one.footer).toContain('1 word, 1 min read');
    const two = briefingMessage(summarize(parseArticle('Two words', { id: 'two' })));
    expect(two.footer).toContain('2 words, 1 min read');
  });
});
