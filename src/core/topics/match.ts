/**
 * Is a story about a topic? Live alerts (`/follow <topic>`) post a story only when the topic is
 * among the briefing's prominent entities (named in the headline or lead, or more than once) or
 * in its headline or lead, as a whole name (so "China" matches neither "Chinatown" nor "china
 * plates", nor a passing mention deep in the text). Rules in compile.ts; measured by
 * `npm run eval -- topics` (docs/alerts-topics.md).
 */
import { compileTopic, matchCompiled, type CompiledTopic } from './compile.ts';
import { indexStory } from './story-index.ts';
import type { TopicMatch, TopicStory } from './types.ts';

export type { EntityWeight, TopicMatch, TopicStory } from './types.ts';
export { compileTopic, compileTopics, type CompiledTopic, type TopicMatcher, type TopicOptions } from './compile.ts';
export { normalizeTopic, topicKey, MAX_TOPIC_CHARS, MAX_TOPIC_WORDS, type TopicCheck } from './normalize.ts';
export { topicStoryOf } from './story-of.ts';

// Topics compiled by storyAbout/matchTopics, kept so a loop over stories compiles each once.
const compiledCache = new Map<string, CompiledTopic>();
function compiled(topic: string): CompiledTopic {
  let c = compiledCache.get(topic);
  if (!c) {
    if (compiledCache.size >= 10_000) compiledCache.clear();
    c = compileTopic(topic);
    compiledCache.set(topic, c);
  }
  return c;
}

/** Where the story names the topic, or null when it is not about it. */
export function storyAbout(story: TopicStory, topic: string): TopicMatch | null {
  return matchCompiled(indexStory(story), compiled(topic));
}

/** The topics (of those given) a story is about, in the order given. */
export function matchTopics(story: TopicStory, topics: readonly string[]): TopicMatch[] {
  const index = indexStory(story);
  return topics.map((t) => matchCompiled(index, compiled(t))).filter((m): m is TopicMatch => m !== null);
}
