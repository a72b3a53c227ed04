/**
 * A name of a kind the question rules out is no answer: a person for "Which party ...?" or
 * "Where ...?", a club or a country for "Who is the manager?" (asked-kind.ts reads the question,
 * entity-kinds.ts the article's names with the briefing's entity finder). Only names the finder
 * is sure of count: a person's name the story gives in full and never as a body's name ("John
 * Lewis Partnership"), so a company or team named after a person still answers.
 */
import type { Article } from '../types.ts';
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { spanIn } from './grounding-reading.ts';
import { askedKind } from './asked-kind.ts';
import { spanKind } from './entity-kinds.ts';

const WORD: Record<string, string> = { person: 'a person', place: 'a place', organization: 'an organisation' };

/** Why the answer `text`, read from prepared sentence k, cannot answer (a name of a kind ruled out), or null. */
export function kindConflict(q: string, info: QuestionInfo, article: Article, prep: PreparedArticle, k: number, text: string): string | null {
  const asked = askedKind(q, info);
  if (!asked || asked.against.length === 0) return null;
  const tokens = prep.sentences[k].tokens;
  const words = spanIn(tokens, text);
  if (words.length === 0) return null;
  const sk = spanKind(article, prep, k, tokens, tokens.indexOf(words[0]), tokens.indexOf(words[words.length - 1]));
  if (!sk || !sk.clear || !asked.against.includes(sk.kind)) return null;
  return `names ${WORD[sk.kind]}, not ${WORD[asked.want[0]]}`;
}
