/**
 * The story as topic matching reads it, built from the article (and its briefing, when there is
 * one): headline, the first two paragraphs (at most four sentences) as the lead, the briefing's
 * entities, and how often the story names each of them (so a name met once deep in the text is a
 * passing mention).
 */
import { entityMentions, extractEntities } from '../entities/entities.ts';
import type { Weights } from '../entities/model.ts';
import { paragraphs, sentences } from '../text/text.ts';
import type { Article, Briefing } from '../types.ts';
import type { EntityWeight, TopicStory } from './types.ts';

/** Paragraphs of the body that count as the lead... */
export const LEAD_PARAGRAPHS = 2;
/** ...and at most this many sentences of them: a text without paragraph breaks is not all lead. */
export const LEAD_SENTENCES = 4;

/**
 * Build the TopicStory of an article; pass its briefing to reuse the entities it lists.
 * `weights` (the entity model's) is for evaluation with weights learnt without the story.
 */
export function topicStoryOf(article: Pick<Article, 'title' | 'text' | 'dateline'>, briefing?: Pick<Briefing, 'entities' | 'tldr'> | null, weights?: Weights): TopicStory {
  const entities = briefing?.entities ?? extractEntities(article, weights);
  const all = sentences(article.text);
  const n = Math.min(LEAD_SENTENCES, sentences(paragraphs(article.text).slice(0, LEAD_PARAGRAPHS).join('\n\n')).length);
  const lead = all.slice(0, n).join(' ') || (briefing?.tldr ?? '');
  const mentions: Record<string, EntityWeight> = {};
  for (const m of entityMentions(article, weights)) {
    const w = (mentions[m.name.toLowerCase()] ??= { count: 0, inLead: false });
    w.count++;
    if (m.sentence < n) w.inLead = true; // the title is sentence -1
  }
  return { title: article.title, lead, entities, mentions };
}
