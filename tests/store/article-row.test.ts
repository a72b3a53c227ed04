/**
 * Articles stored from rows a parse worker prepared (article-row.ts: hash, JSON, date and
 * title words computed ahead, the SQLite write thread sent the row alone) are found, ordered,
 * deduplicated and read back exactly like the same articles stored the usual way, on SQLite
 * (through its write thread) and on PostgreSQL (when NEWSBRIEF_TEST_PG_URL is set).
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types.ts';
import { articleRow } from '../../src/store/article-row.ts';
import type { Store } from '../../src/store/types.ts';
import { storeBackends } from '../helpers/store-backends.ts';
import { makeArticle } from '../helpers/article.ts';

const T0 = new Date('2026-03-01T08:00:00Z');
const T1 = new Date('2026-03-01T09:00:00Z');

const article = (id: string, title: string, text: string, publishedAt: string | null): Article =>
  makeArticle({ id, title, text, url: `https://harbour.example/${id}`, publishedAt, source: 'Harbour Gazette' });

/** Stories whose rows are easy to get subtly wrong: folded accents, odd dates, no date, punctuation-only titles. */
const STORIES: Article[] = [
  article('cafe-reopens', 'Café on the Quay reopens — “finally”', 'The café by the ferry ramp opened its doors again after the winter storms.', '2026-02-27T09:30:00+02:00'),
  article('undated-notice', 'Notice: tide tables', 'The spring tide tables are posted at the harbour office.', null),
  article('bad-date', 'Ferry timetable', 'The summer timetable starts in May with two extra sailings.', 'sometime next week'),
  article('punctuation', '!!! ???', 'A short note with a title of punctuation only.', '2026-02-25T00:00:00Z'),
  article('naive-date', 'Über die Brücke: Fußgänger zählen', 'Volunteers counted walkers on the old bridge over the weekend.', '2026-02-26 14:00'),
  article('long-word', `Harbour${'x'.repeat(60)} dredging`, 'Dredging of the inner basin begins on Monday.', '2026-02-28T06:00:00Z'),
  // More title words than one INSERT writes (16): every one of them must still be found.
  article(
    'long-title',
    'Council agrees harbour wall repairs, ferry subsidy, school roof, library hours, tram study, park lights, market stalls and a new lifeboat station, finally',
    'The council approved its spring works list on Tuesday evening.',
    '2026-02-24T18:00:00Z',
  ),
];

/** What a user can see of a library: order, every article, title search (accents folded, prefixes), recent stories. */
async function view(s: Store): Promise<unknown> {
  const ids = (xs: Article[]) => xs.map((a) => a.id);
  return {
    newest: ids(await s.articles.newest(50)),
    all: await Promise.all(STORIES.map((a) => s.articles.get(a.id))),
    searches: await Promise.all(['cafe', 'caf', 'quay fin', 'tide', 'uber bruck', 'fussg', 'harbourxxx', 'ferry', '!!!'].map(async (q) => ids(await s.articles.search(q, 10)))),
    since: ids(await s.articles.since(new Date('2026-02-26T00:00:00Z'), 50)),
    count: await s.articles.count(),
  };
}

for (const [name, backend] of storeBackends({ memory: false })) describe.skipIf(backend.skip)(`${name} store: articles stored from prepared rows`, () => {
  it('are found, ordered and read back as the same articles stored without them, and still deduplicated by content', async () => {
    const plain = await backend.make();
    const prepared = await backend.make();
    try {
      expect(plain.articles.putMany && prepared.articles.putMany).toBeTruthy();
      await plain.articles.putMany!(STORIES, T0);
      const r = await prepared.articles.putMany!(STORIES, T0, STORIES.map(articleRow));
      expect(r).toEqual(STORIES.map((a) => ({ id: a.id, added: true })));
      const seen = await view(plain);
      expect(await view(prepared)).toEqual(seen);
      for (const s of [plain, prepared]) {
        for (const q of ['council', 'subsidy', 'lifeboat', 'station', 'stalls', 'lifeboat council']) expect((await s.articles.search(q, 10)).map((a) => a.id)).toEqual(['long-title']);
      }

      // The same story under another id is a duplicate; the same id with a new title is refreshed
      // (its old title words go, its first-seen time stays), as without a prepared row.
      const copy = { ...STORIES[0], id: 'cafe-copy' };
      const edited = { ...STORIES[2], title: 'Ferry timetable changed' };
      for (const s of [plain, prepared]) {
        const again = s === plain ? await s.articles.putMany!([copy, edited], T1) : await s.articles.putMany!([copy, edited], T1, [articleRow(copy), articleRow(edited)]);
        expect(again).toEqual([{ id: 'cafe-reopens', added: false }, { id: 'bad-date', added: false }]);
        expect((await s.articles.search('changed', 10)).map((a) => a.id)).toEqual(['bad-date']);
      }
      expect(await view(prepared)).toEqual(await view(plain));
      expect(await prepared.articles.get('cafe-copy')).toBeNull();
    } finally {
      await plain.close();
      await prepared.close();
    }
  });

  it('mixes articles with and without a prepared row in one write', async () => {
    const plain = await backend.make();
    const mixed = await backend.make();
    try {
      await plain.articles.putMany!(STORIES, T0);
      await mixed.articles.putMany!(STORIES, T0, STORIES.map((a, i) => (i % 2 ? articleRow(a) : undefined)));
      expect(await view(mixed)).toEqual(await view(plain));
    } finally {
      await plain.close();
      await mixed.close();
    }
  });
});
