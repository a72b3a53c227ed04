/**
 * Readings of a sentence in its story that groundingConflict (grounding.ts) asks: is the sentence
 * about the story's subject though it names it only by a pronoun or its kind ("the firm"), is the
 * deed asked only in a relative clause about another, is a "since" year another deed's, is a year
 * older than one the story gives.
 */
import type { PreparedArticle } from './prepare.ts';
import { Cls, tokenize, type Token } from './spans.ts';
import { TITLE_WORDS } from '../entities/gazetteer.ts';
import { sameVerb } from './asked-verb.ts';
import { isYear } from '../text/years.ts';

/**
 * "What was Old Mutual's profit?" over "It came as the firm reported ... £1.7bn": the sentence
 * speaks of the story's subject by a pronoun or a word for its kind ("the firm", "the group"),
 * names no one else, and the subject is the name the story uses most (in at least 3 sentences).
 */
export function storySubject(prep: PreparedArticle, sentence: readonly Token[], ownerStem: string, span: readonly Token[] = []): boolean {
  if (!sentence.some((t, k) => /^(it|its|he|his|she|her|they|their)$/.test(t.lower) || (sentence[k - 1]?.lower === 'the' && KIND_WORDS.test(t.lower)))) return false;
  // (The answer's own name and its title are no other name: "Chief Executive Katrin Albers said the airline would ...".)
  if (sentence.some((t, k) => k > 0 && t.cls === Cls.Cap && t.text.length > 1 && !span.includes(t) && !TITLE_WORDS.has(t.text))) return false;
  // The lead opens on the name ("German carrier Nordwind Airlines on Tuesday reported ..."): the story is its.
  // (patterns-place.ts leadOpensOn is this test's kin for a subject as written, words not stems: kept apart.)
  if (prep.sentences.slice(0, 2).some((s) => s.tokens.slice(0, 6).some((t) => t.stem === ownerStem && t.cls === Cls.Cap))) return true;
  const count = (st: string) => prep.sentences.filter((s) => s.tokens.some((t) => t.stem === st)).length;
  const mine = count(ownerStem);
  if (mine < 3) return false;
  // No other capitalised name is used in more sentences.
  const others = new Set(prep.sentences.flatMap((s) => s.tokens.filter((t, k) => k > 0 && t.cls === Cls.Cap && t.stem !== ownerStem).map((t) => t.stem)));
  const named = (st: string) => prep.sentences.filter((s) => s.tokens.some((t, k) => k > 0 && t.cls === Cls.Cap && t.stem === st)).length;
  return [...others].every((st) => named(st) <= mine);
}
/**
 * The sentence says the deed only in a relative clause ("X, which was founded ...") whose head
 * names none of the question's capitalised words, while the sentence names them elsewhere.
 */
export function relativeDeedOfAnother(question: string, sentence: readonly Token[], deed: string): boolean {
  const asked = tokenize(question.trim()).filter((t, k) => k > 0 && t.cls === Cls.Cap).map((t) => t.stem);
  if (asked.length === 0 || !sentence.some((t) => asked.includes(t.stem))) return false;
  const forms = sentence.map((t, k) => (sameVerb(t.lower, deed) ? k : -1)).filter((k) => k >= 0);
  if (forms.length === 0) return false;
  return forms.every((m) => {
    const rel = [m - 2, m - 3].find((j) => /^(which|who|that)$/.test(sentence[j]?.lower ?? '') && /^(was|were|is|are|had|has|been)$/.test(sentence[j + 1]?.lower ?? ''));
    if (rel === undefined) return false;
    const head = sentence.slice(Math.max(0, rel - 5), rel);
    return !head.some((t) => asked.includes(t.stem));
  });
}

/**
 * The span follows "since" in a clause (from the last comma or relative word before it) that
 * never says the deed asked: "which has been held since 1994" dates the holding.
 */
export function sinceOfAnother(sentence: readonly Token[], span: readonly Token[], deed: string): boolean {
  const at = sentence.indexOf(span[0]);
  if (at < 1 || sentence[at - 1].lower !== 'since') return false;
  for (let j = at - 2; j >= 0; j--) {
    const t = sentence[j];
    if (sameVerb(t.lower, deed)) return false;
    if (t.cls === Cls.Comma || /^(which|who|that|where)$/.test(t.lower)) return true;
  }
  return false;
}

/** A year in the span older than another year the story gives, in a sentence with no word of a time to come. */
export function pastYear(prep: PreparedArticle, sentence: readonly Token[], span: readonly Token[]): boolean {
  const year = span.map((t) => (isYear(t.text) ? Number(t.text) : 0)).find((y) => y > 0);
  if (!year || sentence.some((t) => /^(will|would|shall|due|scheduled|expected|planned|plans?|next|upcoming|until|from)$/.test(t.lower))) return false;
  return prep.sentences.some((s) => s.tokens.some((t) => isYear(t.text) && Number(t.text) > year));
}

/** Words for the kind of body a story is about ("the firm", "the club", "the Frankfurt-based airline": patterns-place.ts). */
export const KIND_WORDS_SOURCE = 'firm|company|group|business|bank|lender|club|team|side|party|band|airline|carmaker|retailer|insurer|charity|council|government|league|court|carrier|maker|manufacturer|operator|broadcaster|publisher|developer|startup|chain';
export const KIND_WORDS = new RegExp(`^(${KIND_WORDS_SOURCE})$`);
