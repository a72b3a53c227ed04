/**
 * What topic matching precomputes once per story, so that matching it against a thousand
 * follows costs a few map look-ups each: the story's entities by folded name (with whether each
 * is prominent: named in the headline or lead, or more than once), people by surname, and the
 * headline's and lead's words by folded form and by stem, with the spans longer names cover.
 */
import type { EntityWeight, TopicStory } from './types.ts';
import { tokenize, type Token } from './words.ts';

/** An entity of the story's briefing. */
export interface IndexedEntity {
  name: string;
  /** Folded words joined by spaces. */
  key: string;
  type: 'person' | 'place' | 'organization';
  /** Named in the headline or lead, or at least `MIN_MENTIONS` times (always, when the story has no counts). */
  prominent: boolean;
}

/** Where a longer name (of the story's entities) stands in a text. */
export interface NameSpan {
  start: number;
  end: number;
  entity: IndexedEntity;
}

/** A headline or lead, ready for phrase look-ups. */
export interface IndexedText {
  tokens: Token[];
  byFold: Map<string, number[]>;
  byStem: Map<string, number[]>;
  /** Entity names of two words or more, where they stand. */
  spans: NameSpan[];
}

/** One story, ready to be matched against any number of topics. */
export interface StoryIndex {
  entities: Map<string, IndexedEntity[]>;
  /** People by their last word (and last two words): "zhaparov" → Sadyr Zhaparov. */
  surnames: Map<string, IndexedEntity[]>;
  title: IndexedText;
  lead: IndexedText;
}

/**
 * An entity named this many times in the story is what it is about even when neither the
 * headline nor the lead names it; named once, deep in the text, it is a passing mention.
 */
export const MIN_MENTIONS = 2;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const keyOf = (name: string): string =>
  tokenize(name)
    .map((t) => t.fold)
    .join(' ');

function isProminent(name: string, mentions: TopicStory['mentions']): boolean {
  if (!mentions) return true;
  const w: EntityWeight | undefined = mentions[name.toLowerCase()];
  return !!w && (w.inLead || w.count >= MIN_MENTIONS);
}

function indexText(text: string, multiWord: readonly IndexedEntity[]): IndexedText {
  const tokens = tokenize(text);
  const byFold = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    push(byFold, t.fold, i);
    push(byStem, t.stem, i);
  });
  const spans: NameSpan[] = [];
  for (const entity of multiWord) {
    const words = entity.key.split(' ');
    for (const start of byFold.get(words[0]) ?? []) {
      if (words.every((w, k) => tokens[start + k]?.fold === w)) spans.push({ start, end: start + words.length, entity });
    }
  }
  return { tokens, byFold, byStem, spans };
}

const cache = new WeakMap<TopicStory, StoryIndex>();

/** The story's index (computed once per story object). */
export function indexStory(story: TopicStory): StoryIndex {
  const hit = cache.get(story);
  if (hit) return hit;
  const listed: IndexedEntity[] = [];
  const add = (name: string, type: IndexedEntity['type']) => {
    const key = keyOf(name);
    if (key) listed.push({ name, key, type, prominent: isProminent(name, story.mentions) });
  };
  for (const p of story.entities.people) add(p.name, 'person');
  for (const n of story.entities.places) add(n, 'place');
  for (const n of story.entities.organizations) add(n, 'organization');
  const entities = new Map<string, IndexedEntity[]>();
  const surnames = new Map<string, IndexedEntity[]>();
  for (const e of listed) {
    push(entities, e.key, e);
    const words = e.key.split(' ');
    if (e.type === 'person' && words.length >= 2) {
      push(surnames, words[words.length - 1], e);
      if (words.length >= 3) push(surnames, words.slice(-2).join(' '), e);
    }
  }
  const multiWord = listed.filter((e) => e.key.includes(' '));
  const index: StoryIndex = { entities, surnames, title: indexText(story.title, multiWord), lead: indexText(story.lead, multiWord) };
  cache.set(story, index);
  return index;
}
