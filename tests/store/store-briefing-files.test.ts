/**
 * The briefings folder is the truth for file articles on every store that keeps a file index:
 * SQLite and PostgreSQL run the same contract (tests/helpers/store-backends.ts). New and
 * changed files are read, unchanged ones are not; a deleted file, a file that is no longer an
 * article, or a folder no longer used removes its articles; feed articles are left alone.
 * On a shared database, processes syncing the same folder at once store each article once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { syncBriefings } from '../../src/sources/briefing-sync.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { useBriefingsDir } from '../helpers/briefings-dir.ts';
import { makeArticle } from '../helpers/article.ts';

const silent = pino({ level: 'silent' });
const now = () => new Date('2026-05-01T00:00:00Z');
const where = useBriefingsDir('nb-files-');

function write(name: string, title: string, body: string, to = where.dir): void {
  fs.writeFileSync(path.join(to, name), `${title}\n\n${body}\n`);
}

const ids = async (s: Store) => (await s.articles.list()).map((a) => a.id).sort();

const feedItem = makeArticle({
  id: 'feed-bridge',
  title: 'Bridge closes for a week of repairs',
  text: 'The river bridge closes on Monday for a week of repairs. Buses take the ring road. Cyclists can use the ferry.',
  url: 'https://city.example/bridge',
  publishedAt: '2026-04-28T08:00:00Z',
  source: 'City Desk',
});

for (const [name, backend] of storeBackends({ memory: false })) {
  describe.skipIf(backend.skip)(`the briefings folder sync (${name} store)`, () => {
    it('reads new and changed files only, and removes the articles of deleted files', async () => {
      const s = await backend.make();
      try {
        write('orchard.md', 'Orchard harvest starts early', 'The apple harvest in the valley began two weeks early this year. Growers blamed the warm spring.');
        write('library.md', 'Library extends its opening hours', 'The town library will open until nine on weekdays from May. Staff numbers rise by four.');
        write('tram.md', 'Tram depot gets solar roof', 'The tram depot roof now carries 900 solar panels. They cover a third of its power.');
        await s.articles.put(feedItem, now());
        expect(await syncBriefings(s, where.dir, silent, now)).toMatchObject({ files: 3, read: 3, added: 3, updated: 0, removed: 0 });
        expect(await syncBriefings(s, where.dir, silent, now)).toMatchObject({ files: 3, read: 0, added: 0, updated: 0, removed: 0 });
        expect(await ids(s)).toEqual(['feed-bridge', 'library', 'orchard', 'tram']);

        // Deleted: its article goes, and with it its title words (search no longer finds it).
        fs.rmSync(path.join(where.dir, 'orchard.md'));
        expect(await syncBriefings(s, where.dir, silent, now)).toMatchObject({ files: 2, read: 0, removed: 1 });
        expect(await s.articles.get('orchard')).toBeNull();
        expect(await s.articles.search('orchard harvest', 10)).toEqual([]);

        // Edited: read again, updated in place (same id), found by its new title.
        write('library.md', 'Library extends its weekend hours', 'The town library will open on Sundays from May. Staff numbers rise by four.');
        fs.utimesSync(path.join(where.dir, 'library.md'), new Date('2026-05-02'), new Date('2026-05-02'));
        expect(await syncBriefings(s, where.dir, silent, now)).toMatchObject({ read: 1, added: 0, updated: 1, removed: 0 });
        expect((await s.articles.search('library weekend', 10)).map((a) => a.id)).toEqual(['library']);

        // No longer an article (empty): the article it gave is removed.
        fs.writeFileSync(path.join(where.dir, 'tram.md'), '');
        expect(await syncBriefings(s, where.dir, silent, now)).toMatchObject({ read: 1, removed: 1 });
        expect(await ids(s)).toEqual(['feed-bridge', 'library']);
        expect((await s.files!.listFiles()).map((f) => [f.name, f.articleId])).toEqual([
          ['library.md', 'library'],
          ['tram.md', null],
        ]);
      } finally {
        await s.close();
      }
    });

    it('a folder no longer used takes its articles with it; a feed article is never touched', async () => {
      const s = await backend.make();
      try {
        const other = path.join(where.tmp, 'other');
        fs.mkdirSync(other);
        write('ferry.md', 'Night ferry returns for the summer', 'The night ferry runs again from June to September. It leaves the harbour at eleven.', other);
        write('market.md', 'Market square gets new benches', 'Twenty new benches were placed on the market square. They are made of local oak.');
        await s.articles.put(feedItem, now());
        await syncBriefings(s, other, silent, now);
        expect(await ids(s)).toEqual(['feed-bridge', 'ferry']);
        expect(await syncBriefings(s, where.dir, silent, now)).toMatchObject({ files: 1, read: 1, added: 1, removed: 1 });
        expect(await ids(s)).toEqual(['feed-bridge', 'market']);
      } finally {
        await s.close();
      }
    });

    it('removeArticle drops the article and the record of the file that gave it', async () => {
      const s = await backend.make();
      try {
        write('market.md', 'Market square gets new benches', 'Twenty new benches were placed on the market square. They are made of local oak.');
        await syncBriefings(s, where.dir, silent, now);
        expect(await s.files!.removeArticle('market')).toBe(true);
        expect(await s.files!.removeArticle('market')).toBe(false);
        expect(await s.articles.get('market')).toBeNull();
        expect(await s.files!.listFiles()).toEqual([]);
        // The file is read again at the next start: the folder is the truth.
        expect(await syncBriefings(s, where.dir, silent, now)).toMatchObject({ read: 1, added: 1 });
      } finally {
        await s.close();
      }
    });

    it('two processes syncing the same folder at once store each article once, and later removals still apply', async () => {
      const target = await backend.target();
      const [a, b] = [await openStore(target), await openStore(target)];
      try {
        for (let i = 0; i < 12; i++) write(`note-${i}.md`, `Council note ${i} on the harbour plan`, `Note ${i}: the council discussed the harbour plan for an hour. A vote follows in June.`);
        const [ra, rb] = await Promise.all([syncBriefings(a, where.dir, silent, now), syncBriefings(b, where.dir, silent, now)]);
        expect(ra.added + rb.added).toBe(12);
        expect(await a.articles.count()).toBe(12);
        expect((await b.files!.listFiles()).filter((f) => f.articleId)).toHaveLength(12);
        fs.rmSync(path.join(where.dir, 'note-3.md'));
        const [xa, xb] = await Promise.all([syncBriefings(a, where.dir, silent, now), syncBriefings(b, where.dir, silent, now)]);
        expect(xa.removed + xb.removed).toBe(1);
        expect(await b.articles.get('note-3')).toBeNull();
        expect(await a.articles.count()).toBe(11);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
