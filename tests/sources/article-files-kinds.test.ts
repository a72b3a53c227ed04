/**
 * A new user saved a web page (story.html) and a word-processor file into briefings/: neither
 * is an article file, and both vanished without a word (the library simply lacked them). Each
 * is now named once at start-up with what to do; other files (a photo, a README without an
 * extension, hidden files) stay quiet, and the article files are read as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/sources/briefing-sync.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { useBriefingsDir } from '../helpers/briefings-dir.ts';

const where = useBriefingsDir('nb-article-kinds-');

describe('files in briefings/ that are not article files', () => {
  it('a saved web page or a .docx is named in a warning saying what to do; a photo or a README is not', async () => {
    fs.writeFileSync(path.join(where.dir, 'story.txt'), 'Harbour reopens\n\nThe harbour reopened on Monday, the council said.\n');
    fs.writeFileSync(path.join(where.dir, 'saved-page.HTML'), '<html><body><p>The mill burned down on Friday.</p></body></html>');
    fs.writeFileSync(path.join(where.dir, 'report.docx'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0]));
    fs.writeFileSync(path.join(where.dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    fs.writeFileSync(path.join(where.dir, 'README'), 'notes for the editors');
    fs.writeFileSync(path.join(where.dir, '.cache.html'), 'x');
    const warnings: { file?: string; err?: string; msg?: string }[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
    const store = createSqliteStore(path.join(where.tmp, 'nb.db'));
    try {
      const library = await openLibrary(store, where.dir, log, () => new Date('2026-03-02T10:00:00Z'));
      expect((await library.list()).map((a) => a.id)).toEqual(['story']);
      expect(warnings).toEqual([
        expect.objectContaining({
          msg: 'article skipped',
          file: path.join(where.dir, 'report.docx'),
          err: 'a .docx file is not read (article files are .txt, .md, .markdown or .json): save its text as a .txt file',
        }),
        expect.objectContaining({
          msg: 'article skipped',
          file: path.join(where.dir, 'saved-page.HTML'),
          err: 'a .html file is not read (article files are .txt, .md, .markdown or .json): brief the page by its URL, or save its text as a .txt file',
        }),
      ]);
    } finally {
      await store.close();
    }
  });
});
