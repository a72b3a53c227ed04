/**
 * What alerts look like: a short briefing (headline, TL;DR, link, "Ask a question", the topics
 * it matched or the live feed it came from), an update in the first alert's thread when another
 * source reports the same story, and a roll-up of the stories held back by storm control or
 * quiet hours.
 */
import type { Message, MessageSection } from '../core/message/message.ts';
import type { Briefing } from '../core/types.ts';

/** Headlines a roll-up lists; the rest are counted. */
export const ROLLUP_LISTED = 10;

/** `A, B and C`. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A new story: matched `topics` of the channel's follows, or posted from the live feed `feed`. */
export function alertMessage(b: Briefing, opts: { topics: readonly string[]; feed?: string | null; source?: string | null }): Message {
  const fields = opts.topics.length
    ? [{ name: opts.topics.length === 1 ? 'Topic' : 'Topics', value: opts.topics.join(', '), inline: true }]
    : opts.feed
      ? [{ name: 'Live feed', value: opts.feed, inline: true }]
      : [];
  return {
    kind: 'briefing',
    title: b.title,
    url: b.url,
    text: b.tldr,
    fields,
    footer: [opts.source ?? b.source ?? null, `id: ${b.id}`].filter(Boolean).join(' · '),
    articleId: b.id,
    actions: [{ id: `ask:${b.id}`, label: 'Ask a question' }],
  };
}

/**
 * The same story from another source, posted in the first alert's thread (on a platform
 * without threads it reads as a line of its own: "Update: …").
 */
export function updateMessage(b: Briefing, opts: { source?: string | null }): Message {
  const from = opts.source ?? b.source;
  return {
    kind: 'briefing',
    title: `Update: ${b.title}`,
    url: b.url,
    text: from ? `Also reported by ${from}: ${b.tldr}` : b.tldr,
    footer: `id: ${b.id}`,
    articleId: b.id,
    actions: [{ id: `ask:${b.id}`, label: 'Ask a question' }],
  };
}

export interface RollupStory {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
}

/**
 * The roll-up of held stories: `storm`, "And 15 more stories about Kyrgyzstan this hour";
 * `quiet`, "While this channel was quiet: 4 stories about …". `about` names the topics (or, for
 * live feeds, `from` their names).
 */
export function rollupMessage(stories: readonly RollupStory[], opts: { reason: 'storm' | 'quiet'; topics: readonly string[]; feeds: readonly string[] }): Message {
  const n = stories.length;
  const what = `${n === 1 ? 'story' : 'stories'}${opts.topics.length ? ` about ${listWords(opts.topics)}` : opts.feeds.length ? ` from ${listWords(opts.feeds)}` : ''}`;
  const title = opts.reason === 'storm' ? `And ${n} more ${what} this hour` : `While this channel was quiet: ${n} ${what}`;
  const sections: MessageSection[] = stories.slice(0, ROLLUP_LISTED).map((s) => ({ heading: s.title, url: s.url, note: s.source ?? undefined }));
  const rest = n - sections.length;
  return {
    kind: 'digest',
    title,
    text: opts.reason === 'storm' ? 'More stories matched than the channel’s hourly alert limit; here they are in one post.' : 'Held during quiet hours.',
    sections,
    footer: rest > 0 ? `and ${rest} more` : undefined,
    articleIds: stories.map((s) => s.id),
  };
}
