/**
 * A new user sees the article files in briefings/ (and `newsbrief articles` prints
 * "file briefings/story.txt"), so they typed `/brief story.txt`, or `newsbrief brief story.txt`
 * from another folder: both said no article matches. A file name, with or without its folder,
 * now finds the article whose id is that name without the extension.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadArticleArg } from '../../src/cli/input.ts';
import { parseConfig } from '../../src/config.ts';
import { openLibrary } from '../../src/sources/briefing-sync.ts';
import { createSqliteStore } from '../../src/store/sqlite.ts';
import { useBriefingsDir } from '../helpers/briefings-dir.ts';

const where = useBriefingsDir('nb-file-names-');
const STORY = 'Harbour reopens\n\nThe harbour at Port Ellen reopened on Monday after a storm, the council said.\n';

describe('an article found by its file name', () => {
  it('in chat: "story.txt" and "briefings/story.txt" find the article of that file', async () => {
    fs.writeFileSync(path.join(where.dir, 'story.txt'), STORY);
    const store = createSqliteStore(path.join(where.tmp, 'nb.db'));
    try {
      const library = await openLibrary(store, where.dir, pino({ level: 'silent' }), () => new Date('2026-03-02T10:00:00Z'));
      expect((await library.find('story.txt'))?.id).toBe('story');
      expect((await library.find('briefings/story.txt'))?.id).toBe('story');
      expect(await library.find('other.txt')).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('on the command line, from a folder without that file: a bare file name is looked up in the library', async () => {
    fs.writeFileSync(path.join(where.dir, 'story.txt'), STORY);
    const config = parseConfig({ NEWSBRIEF_BRIEFINGS: where.dir, NEWSBRIEF_DB: path.join(where.tmp, 'cli.db') });
    const cwd = process.cwd();
    process.chdir(where.tmp);
    try {
      expect((await loadArticleArg('story.txt', config)).title).toBe('Harbour reopens');
      await expect(loadArticleArg('other.txt', config)).rejects.toThrow(/^other\.txt: no such file, and no article in the library matches it/);
      await expect(loadArticleArg('notes/story.txt', config)).rejects.toThrow(/^notes\/story\.txt: no such file$/);
    } finally {
      process.chdir(cwd);
    }
  });
});
