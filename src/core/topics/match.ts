/**
 * Is a story about a topic? Live alerts (`/follow <topic>`) post a story only when the topic is
 * among the briefing's entities or in its headline or lead, matched on word boundaries (so
 * "China" matches neither "Chinatown" nor "china plates" in passing).
 */
import type { Entities } from '../types.ts';

/** What topic matching reads of a story: its headline, its lead and its briefing's entities. */
export interface TopicStory {
  title: string;
  /** The first paragraph or two (the briefing's TL;DR is a fair stand-in). */
  lead: string;
  entities: Entities;
}

/** A topic a story is about, and where the story names it. */
export interface TopicMatch {
  topic: string;
  where: 'entity' | 'headline' | 'lead';
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[’']s\b/g, '').replace(/\s+/g, ' ').trim();

function containsPhrase(text: string, phrase: string): boolean {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const p = fold(phrase).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return p.length > 0 && t.includes(` ${p} `);
}

/** Where the story names the topic, or null when it is not about it. */
export function storyAbout(story: TopicStory, topic: string): TopicMatch | null {
  const names = [...story.entities.people.map((p) => p.name), ...story.entities.organizations, ...story.entities.places];
  if (names.some((n) => containsPhrase(n, topic))) return { topic, where: 'entity' };
  if (containsPhrase(story.title, topic)) return { topic, where: 'headline' };
  if (containsPhrase(story.lead, topic)) return { topic, where: 'lead' };
  return null;
}

/** The topics (of those given) a story is about, in the order given. */
export function matchTopics(story: TopicStory, topics: readonly string[]): TopicMatch[] {
  return topics.map((t) => storyAbout(story, t)).filter((m): m is TopicMatch => m !== null);
}
