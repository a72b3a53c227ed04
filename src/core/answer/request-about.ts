/**
 * "Tell me about the railway", "What about the pass?", "More on the vote": a request for what the
 * article says about something, not a question with one answer. It is answered with the first
 * sentence that says every content word of the topic (quoted, with the next one when it says
 * them too), and refused in words when the article never names the topic. A topic the article
 * names only in part goes on to the answerer as any other question.
 */
import type { Answer } from '../types.ts';
import { contentStems } from './spans.ts';
import { evidenceAt, type PreparedArticle } from './prepare.ts';

const ABOUT = /^(?:(?:so|ok|okay|and|well),?\s+)?(?:(?:please\s+)?tell me (?:more |something |a bit )?about|what about|how about|(?:give me\s+)?(?:more|details|info|information)\s+(?:on|about)|(?:i want to know|i'd like to know)\s+(?:more\s+)?about)\s+(.+?)\s*[?.!]*$/i;

/** Confidence of such an answer: the sentence is the article's own words about the topic (not fitted). */
const ABOUT_CONFIDENCE = 0.9;

/** The topic of such a request, or null for any other question. */
export function requestTopic(q: string): string | null {
  return ABOUT.exec(q.replace(/\s+/g, ' ').trim())?.[1] ?? null;
}

/** What the article says about the topic asked, or null (not such a request, or the article names the topic only in part). */
export function aboutAnswer(question: string, q: string, prep: PreparedArticle): Answer | null {
  const topic = requestTopic(q);
  if (!topic || prep.sentences.length === 0) return null;
  const wanted = [...new Set(contentStems(topic))];
  if (wanted.length === 0) return null;
  const says = (k: number) => wanted.every((w) => prep.sentences[k].tokens.some((t) => t.stem === w));
  const at = prep.sentences.findIndex((_, k) => says(k));
  if (at < 0) {
    if (wanted.some((w) => prep.index.df.has(w))) return null;
    return { question, answer: `The article does not mention ${topic.replace(/^(?:the|a|an)\s+/i, 'the ')}.`, found: false, confidence: 0, evidence: [] };
  }
  const evidence = [evidenceAt(prep, at)];
  if (at + 1 < prep.sentences.length && prep.sentences[at + 1].from === prep.sentences[at].from && says(at + 1)) evidence.push(evidenceAt(prep, at + 1));
  return { question, answer: prep.sentences[at].written.trim(), found: true, confidence: ABOUT_CONFIDENCE, evidence };
}
