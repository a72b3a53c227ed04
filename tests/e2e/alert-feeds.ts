/**
 * Shared set-up for the live-alert e2e tests: two RSS feeds served on 127.0.0.1 that a test
 * fills with stories of its own as time goes by, and the stories themselves (made up here).
 */
import type { App } from '../../src/app.ts';
import { startSite, type HttpSite } from '../fakes/http-site.ts';
import type { FakeClock } from '../fakes/scheduler-rig.ts';
import { KYRGYZ_EVENTS } from '../fixtures/kyrgyz-stories.ts';

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

/** Stories of our own, each a different event about Kyrgyzstan (the digest grouping keeps them apart). */
export const EVENTS = KYRGYZ_EVENTS;

/** Story i of EVENTS as a feed item published `minute` minutes after 08:00. */
export const event = (i: number, minute: number): FeedItem => ({ id: `ev${i}`, title: EVENTS[i][0], paras: [EVENTS[i][1], `Officials said more on event ${i} would follow.`], minute });

/** One poll interval later on `clock`: the poller's round and the alerts it started, finished. */
export async function pollRound(clock: FakeClock, app: App): Promise<void> {
  clock.advance(15 * 60_000);
  await app.sources.poller.pollDue();
  await app.alerts.idle();
}
