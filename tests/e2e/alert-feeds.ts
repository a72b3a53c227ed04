/**
 * Shared set-up for the live-alert e2e tests: two RSS feeds served on 127.0.0.1 that a test
 * fills with stories of its own as time goes by, and the stories themselves (made up here).
 */
import { startSite, type HttpSite } from '../fakes/http-site.ts';

export interface FeedItem {
  id: string;
  title: string;
  paras: string[];
  /** Minutes after 08:00 UTC on 2 March 2026. */
  minute: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An RSS 2.0 document with full text (content:encoded). */
export function rss(title: string, items: readonly FeedItem[]): string {
  const body = items
    .map((i) => {
      const date = new Date(Date.parse('2026-03-02T08:00:00Z') + i.minute * 60_000).toUTCString();
      const html = i.paras.map((p) => `<p>${esc(p)}</p>`).join('');
      return `<item><guid isPermaLink="false">${i.id}</guid><title>${esc(i.title)}</title><link>https://news.example/${i.id}</link><pubDate>${date}</pubDate><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
    })
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${title}</title><link>https://news.example/</link>${body}</channel></rss>`;
}

export interface AlertFeeds {
  site: HttpSite;
  /** Items of "Example Wire" (/wire.xml) and "Other News" (/other.xml): push to publish. */
  wire: FeedItem[];
  other: FeedItem[];
  wireUrl: string;
  otherUrl: string;
}

/** Both feeds on a local site; the wire starts with one old story (never posted live). */
export async function startAlertFeeds(): Promise<AlertFeeds> {
  const site = await startSite();
  const wire: FeedItem[] = [{ id: 'old', title: 'Kyrgyzstan budget passes', paras: ['The parliament of Kyrgyzstan passed the budget on Monday.'], minute: -60 }];
  const other: FeedItem[] = [];
  for (const [route, title, items] of [['/wire.xml', 'Example Wire', wire], ['/other.xml', 'Other News', other]] as const) {
    site.route(route, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(title, items));
    });
  }
  return { site, wire, other, wireUrl: `${site.origin}/wire.xml`, otherUrl: `${site.origin}/other.xml` };
}

/** About Kyrgyzstan and Kumtor (two follows, one story). */
export const GOLD: FeedItem = {
  id: 'gold',
  title: 'Kyrgyzstan opens a gold mine at Kumtor',
  paras: ['The state miner restarted gold output at Kumtor after 14 months of repairs, officials in Kyrgyzstan said.', 'Officials said more on the mine would follow.'],
  minute: 1,
};
/** Mentions Kyrgyzstan once, in passing, deep in the text. */
export const WHEAT: FeedItem = {
  id: 'wheat',
  title: 'Wheat prices climb on dry weather',
  paras: [
    'Wheat prices rose sharply on Tuesday as traders in Chicago reacted to dry weather across the plains.',
    'The benchmark contract gained four percent in early trading, its biggest daily rise this year.',
    'Farmers have delayed planting in several states because the soil is too dry.',
    'Shipments to Central Asia, including a small cargo bound for Kyrgyzstan, were not expected to change.',
  ],
  minute: 2,
};
/** About another topic altogether. */
export const FERRY: FeedItem = {
  id: 'ferry',
  title: 'Harbour ferry adds a night service in Tallinn',
  paras: ['The city of Tallinn will run its harbour ferry every hour through the night from June, the port authority said.'],
  minute: 3,
};
/** The GOLD story again, told by another feed later. */
export const GOLD_AGAIN: FeedItem = {
  id: 'gold2',
  title: 'Kyrgyzstan restarts gold output at Kumtor mine',
  paras: ['The state miner restarted gold output at the Kumtor mine in Kyrgyzstan after 14 months of repairs, officials said on Monday.'],
  minute: 40,
};
/** About Bishkek (the pinged follow), with article text that tries to ping everyone. */
export function bishkek(loud: string): FeedItem {
  return {
    id: 'bishkek',
    title: 'Bishkek opens its first metro line',
    paras: [`The city of Bishkek opened a 12-kilometre metro line on Monday, the mayor said. ${loud}`, 'Trains will run every six minutes at peak hours.'],
    minute: 50,
  };
}

/** Stories of our own, each a different event (the digest grouping keeps them apart). */
export const EVENTS: [string, string][] = [
  ['Kyrgyzstan opens a gold mine at Kumtor', 'The state miner restarted gold output at Kumtor after 14 months of repairs, officials in Kyrgyzstan said.'],
  ['Kyrgyzstan raises the minimum wage', 'Parliament in Kyrgyzstan voted to lift the monthly minimum wage to 5,000 som from January.'],
  ['Kyrgyzstan hosts a summit of Central Asian leaders', 'Presidents of five neighbouring states arrived in Cholpon-Ata for two days of talks hosted by Kyrgyzstan.'],
  ['Kyrgyzstan builds a railway to China', 'Engineers began laying track for the 280-kilometre line through the Torugart pass, Kyrgyzstan said.'],
  ['Kyrgyzstan wins a wrestling gold medal', 'Akzhol Makhmudov of Kyrgyzstan beat the Olympic champion in the 77-kilogram final in Budapest.'],
  ['Kyrgyzstan cuts electricity exports', 'The grid operator of Kyrgyzstan halted power sales to Kazakhstan as the Toktogul reservoir fell.'],
  ['Kyrgyzstan approves a new constitution', 'Voters in Kyrgyzstan backed the draft charter in a referendum with 79 percent in favour.'],
  ['Kyrgyzstan signs a gas deal with Gazprom', 'The energy ministry of Kyrgyzstan agreed to buy Russian gas at a fixed price until 2030.'],
  ['Kyrgyzstan bans plastic bags in Osh', 'City authorities in Osh, Kyrgyzstan, outlawed thin plastic bags at markets from 1 June.'],
  ['Kyrgyzstan launches its first satellite', 'A cubesat built by students in Kyrgyzstan reached orbit on a Falcon 9 rocket.'],
  ['Kyrgyzstan records an earthquake near Naryn', 'A magnitude 5.8 tremor shook villages near Naryn in Kyrgyzstan, damaging 40 houses.'],
  ['Kyrgyzstan devalues the som', 'The central bank of Kyrgyzstan let the currency fall 6 percent against the dollar in one week.'],
  ['Kyrgyzstan frees a jailed journalist', 'A court in Talas, Kyrgyzstan, released the reporter Kanyshay Mamyrkulova on probation.'],
  ['Kyrgyzstan opens a ski resort at Karakol', 'Investors from Dubai unveiled 12 new lifts on the slopes above Karakol in Kyrgyzstan.'],
  ['Kyrgyzstan expands wheat imports', 'Traders in Kyrgyzstan booked 300,000 tonnes of Kazakh grain after a poor harvest in the Chui valley.'],
  ['Kyrgyzstan hires Turkish firms to rebuild schools', 'Ankara contractors will rebuild 118 schools in Kyrgyzstan damaged by floods in Jalal-Abad.'],
  ['Kyrgyzstan closes a border post with Uzbekistan', 'Guards in Kyrgyzstan shut the Dostuk crossing for 3 days citing a smuggling investigation.'],
  ['Kyrgyzstan joins a Eurasian payment system', 'Banks in Tokmok, Kyrgyzstan, connected to the Mir card network run by Moscow.'],
  ['Kyrgyzstan holds a horse games festival', 'Riders from 30 countries competed in kok-boru matches at the World Nomad Games in Kyrgyzstan.'],
  ['Kyrgyzstan plants a million trees', 'Volunteers in Kyrgyzstan planted walnut saplings in the Arslanbob forest over a single weekend.'],
  ['Kyrgyzstan taxes cryptocurrency miners', 'Lawmakers in Kyrgyzstan set a 15 percent levy on electricity used by bitcoin farms.'],
  ['Kyrgyzstan sends peacekeepers to Syria', 'A company of 150 soldiers from Kyrgyzstan left Kant airbase under a United Nations mandate.'],
  ['Kyrgyzstan reopens the lake ferry', 'The passenger service between Tamchy and Bosteri in Kyrgyzstan resumed after 20 years.'],
  ['Kyrgyzstan buys Chinese electric buses', 'The capital of Kyrgyzstan received 120 electric buses from the maker Yutong.'],
  ['Kyrgyzstan finds dinosaur bones in the Fergana valley', 'Palaeontologists from Kyoto dug up a 160-million-year-old sauropod skeleton in Kyrgyzstan.'],
  ['Kyrgyzstan opens a film school in Bishkek', 'Directors from Kyrgyzstan and Kazakhstan will teach 40 students a year at the new academy.'],
];

/** Story i of EVENTS as a feed item published `minute` minutes after 08:00. */
export const event = (i: number, minute: number): FeedItem => ({ id: `ev${i}`, title: EVENTS[i][0], paras: [EVENTS[i][1], `Officials said more on event ${i} would follow.`], minute });
