/**
 * Two bot processes sharing one database (two alert engines under their own owner names, on
 * SQLite and on PostgreSQL when NEWSBRIEF_TEST_PG_URL is set) decide the same new stories at
 * the same time: each story is posted once, and the hourly cap holds across both.
 */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AlertEngine } from '../../src/alerts/engine.ts';
import type { Article } from '../../src/core/types.ts';
import { feedScope } from '../../src/store/types.ts';
import { FakeAdapter, FakePlatformState } from '../fakes/dedupe-platform.ts';
import { storeBackends } from '../helpers/store-backends.ts';

/** Twelve different stories about Kyrgyzstan (the digest grouping keeps them apart). */
const KYRGYZ: [string, string][] = [
  ['opens a gold mine at Kumtor', 'The state miner restarted gold output at Kumtor after 14 months of repairs'],
  ['raises the minimum wage', 'Parliament voted to lift the monthly minimum wage to 5,000 som from January'],
  ['hosts a summit of Central Asian leaders', 'Presidents of five neighbouring states arrived in Cholpon-Ata for two days of talks'],
  ['builds a railway to China', 'Engineers began laying track for the 280-kilometre line through the Torugart pass'],
  ['wins a wrestling gold medal', 'Akzhol Makhmudov beat the Olympic champion in the 77-kilogram final in Budapest'],
  ['cuts electricity exports', 'The grid operator halted power sales to Kazakhstan as the Toktogul reservoir fell to 9 billion cubic metres'],
  ['approves a new constitution', 'Voters backed the draft charter in a referendum with 79 percent in favour'],
  ['signs a gas deal with Gazprom', 'The energy ministry agreed to buy Russian gas at a fixed price until 2030'],
  ['bans plastic bags in Osh', 'City authorities in Osh outlawed thin plastic bags at markets from 1 June'],
  ['launches its first satellite', 'A cubesat built by students at Bishkek university reached orbit on a Falcon 9 rocket'],
  ['records an earthquake near Naryn', 'A magnitude 5.8 tremor shook villages near Naryn, damaging 40 houses'],
  ['devalues the som', 'The central bank let the currency fall 6 percent against the dollar in one week'],
  ['frees a jailed journalist', 'A court in Talas released the reporter Kanyshay Mamyrkulova on probation'],
  ['opens a ski resort at Karakol', 'Investors from Dubai unveiled 12 new lifts on the slopes above Lake Issyk-Kul'],
  ['expands wheat imports', 'Traders booked 300,000 tonnes of Kazakh grain after a poor harvest in the Chui valley'],
  ['hires Turkish firms to rebuild schools', 'Ankara contractors will rebuild 118 schools damaged by floods in Jalal-Abad'],
  ['closes a border post with Uzbekistan', 'Guards shut the Dostuk crossing for 3 days citing a smuggling investigation'],
  ['joins a Eurasian payment system', 'Banks in Tokmok connected to the Mir card network run by Moscow'],
  ['holds a horse games festival', 'Riders from 30 countries competed in kok-boru matches at the World Nomad Games'],
  ['plants a million trees', 'Volunteers planted walnut saplings in the Arslanbob forest over a single weekend'],
  ['taxes cryptocurrency miners', 'Lawmakers set a 15 percent levy on electricity used by bitcoin farms'],
  ['sends peacekeepers to Syria', 'A company of 150 soldiers left Kant airbase under a United Nations mandate'],
  ['reopens the lake ferry', 'The lake passenger service between Tamchy and Bosteri resumed after 20 years'],
  ['buys Chinese electric buses', 'The capital received 120 electric buses from the maker Yutong'],
  ['finds dinosaur bones in the Fergana valley', 'Palaeontologists from Kyoto dug up a 160-million-year-old sauropod skeleton'],
  ['cuts the price of bread', 'Bakeries in Batken lowered the loaf price to 28 som under a government subsidy'],
];
const at = new Date('2026-03-01T08:05:00Z');

function stories(): Article[] {
  return KYRGYZ.slice(0, 12).map(([title, lead], i) => ({
    id: `s${i}`,
    title: `Kyrgyzstan ${title}`,
    text: `${lead}, officials in Kyrgyzstan said on Sunday.`,
    caption: null,
    dateline: { place: null, date: null, agency: null },
    url: `https://news.example/s${i}`,
    publishedAt: new Date(at.getTime() - (12 - i) * 60_000).toISOString(),
    source: 'Wire',
  }));
}

for (const [name, backend] of storeBackends({ memory: false })) describe.skipIf(backend.skip)(`alerts on a shared ${name} store`, () => {
  it('posts each story once and at most the hourly cap, whichever process decides it', async () => {
    const store = await backend.make();
    const state = new FakePlatformState();
    const adapter = new FakeAdapter('discord', state);
    const engine = (owner: string) =>
      new AlertEngine({ store, owner, post: (_p, c, m, o) => adapter.post(c, m, o), canPost: () => true, now: () => at, log: pino({ level: 'silent' }), perHour: 5, timeZone: 'UTC' });
    const feed = await store.feeds!.addFeed({ scope: feedScope('discord', 'G1', 'C0'), platform: 'discord', guildId: 'G1', channelId: 'C0', url: 'https://wire.example/rss', title: 'Wire', addedBy: 'u', nextPollAt: at.toISOString() }, at);
    await store.alerts!.follow({ platform: 'discord', channelId: 'C1', guildId: 'G1', topic: 'Kyrgyzstan', ping: null, quiet: null, createdBy: 'u' }, at);
    const list = stories();
    for (const a of list) await store.articles.put(a, at);
    const [a, b] = [engine('p1'), engine('p2')];
    await Promise.all([a.onNewStories(feed, list), b.onNewStories(feed, [...list].reverse())]);
    const posted = state.channel('C1').map((p) => p.message.articleId);
    expect(posted).toHaveLength(5);
    expect(new Set(posted).size).toBe(5);
    const held = await store.alerts!.dueHeld(new Date('2026-03-01T09:00:00Z'));
    expect(held.map((h) => h.articleId).sort()).toEqual(list.map((s) => s.id).filter((id) => !posted.includes(id)).sort());
    await store.close();
  });
});
