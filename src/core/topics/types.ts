/** The shapes topic matching reads and returns (re-exported by match.ts). */
import type { Entities } from '../types.ts';

/** How often a story names one of its entities, and whether its headline or lead does. */
export interface EntityWeight {
  /** Mentions in the headline and body (a surname alone counts for the full name). */
  count: number;
  /** Named in the headline or the first two paragraphs. */
  inLead: boolean;
}

/** What topic matching reads of a story: its headline, its lead and its briefing's entities. */
export interface TopicStory {
  title: string;
  /** The first paragraph or two (the briefing's TL;DR is a fair stand-in). */
  lead: string;
  entities: Entities;
  /**
   * How often the story names each entity, by its name as listed in `entities`, lowercased. With it, an
   * entity named once, deep in the text, is a passing mention and does not make the story about
   * it; without it, every listed entity counts. `topicStoryOf()` fills it in.
   */
  mentions?: Readonly<Record<string, EntityWeight>>;
}

/** A topic a story is about, and where the story names it. */
export interface TopicMatch {
  topic: string;
  where: 'entity' | 'headline' | 'lead';
  /** The name that matched, when it is not the topic as typed ("U.S." for "United States", "Sadyr Zhaparov" for "Zhaparov"). */
  matched?: string;
}
