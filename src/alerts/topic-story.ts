/**
 * The story as live alerts hand it to topic matching (src/core/topics/match.ts): headline,
 * lead (the first two paragraphs) and the briefing's prominent entities, those named in the
 * headline or lead or more than once, so a name met once deep in the text (a passing mention)
 * does not make the story about it.
 */
import type { TopicStory } from '../core/topics/match.ts';
import type { Article, Briefing } from '../core/types.ts';

/** Paragraphs of the body that count as the lead. */
export const LEAD_PARAGRAPHS = 2;

const fold = (s: string): string => ` ${s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

function count(text: string, name: string): number {
  const n = fold(name);
  if (n.trim() === '') return 0;
  let i = 0;
  let c = 0;
  while ((i = text.indexOf(n, i)) >= 0) {
    c++;
    i += n.length - 1;
  }
  return c;
}

/** The lead of an article: its first two paragraphs (or its text when it has no paragraph breaks, up to 600 characters). */
export function leadOf(text: string): string {
  const paras = text.trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const lead = paras.slice(0, LEAD_PARAGRAPHS).join('\n');
  return paras.length > 1 ? lead : lead.slice(0, 600);
}

/** The TopicStory of an article and its briefing, with only its prominent entities. */
export function alertTopicStory(article: Pick<Article, 'title' | 'text'>, b: Pick<Briefing, 'entities'>): TopicStory {
  const lead = leadOf(article.text);
  const head = fold(`${article.title} \n ${lead}`);
  const body = fold(article.text);
  const prominent = (name: string) => count(head, name) > 0 || count(body, name) >= 2;
  return {
    title: article.title,
    lead,
    entities: {
      people: b.entities.people.filter((p) => prominent(p.name)),
      places: b.entities.places.filter(prominent),
      organizations: b.entities.organizations.filter(prominent),
    },
  };
}
