/**
 * Core data shapes shared by every layer. Pure types: no platform, I/O or runtime imports.
 */

/** Where and when a story was filed, from its dateline (`BEIJING, Feb. 6 (Xinhua) --`). */
export interface Dateline {
  place: string | null;
  /** ISO date `YYYY-MM-DD`, or null when the year or day cannot be known. */
  date: string | null;
  agency: string | null;
}

/** One news article, as every source produces it. */
export interface Article {
  /** Stable id: the file name without extension, a feed item hash, or the caller's id. */
  id: string;
  title: string;
  /** The body to summarize: no title, caption or dateline prefix. */
  text: string;
  /** A photo caption kept aside (never summarized), or null. */
  caption: string | null;
  dateline: Dateline;
  url: string | null;
  /** ISO date-time or date when known. */
  publishedAt: string | null;
  /** Site or feed name, when known. */
  source: string | null;
  /** What the text is: the whole article, or only a feed's excerpt. */
  basis?: 'full text' | 'feed excerpt';
}

export interface Person {
  name: string;
  role: string | null;
}

export interface Entities {
  people: Person[];
  places: string[];
  organizations: string[];
}

/** The `--format json` shape of DESIGN.md; fields may be added, never renamed. */
export interface Briefing {
  id: string;
  title: string;
  url: string | null;
  dateline: Dateline;
  tldr: string;
  keyPoints: string[];
  entities: Entities;
  wordCount: number;
  readingMinutes: number;
  publishedAt: string | null;
  source: string | null;
  basis: 'full text' | 'feed excerpt';
}

export interface Evidence {
  sentence: string;
  /** Index of the sentence in the article body's sentence list (0-based); for a caption sentence, in the caption's. */
  index: number;
  /** Set when the sentence comes from the photo caption rather than the body. */
  from?: 'caption';
}

/** The answer contract of DESIGN.md. */
export interface Answer {
  question: string;
  answer: string;
  found: boolean;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
}

/** Options for summarize(). */
export interface SummarizeOptions {
  /** Number of key points (default 5 when the article is long enough, at least 3). */
  points?: number;
}
