/**
 * The answer in the sentence after a set-up sentence. An encyclopaedia paragraph often names the
 * question's subject at the end of one sentence and says the answer in the next, which opens by
 * pointing back at it:
 *   "A piece of paper was later found on which Luther had written his last statement." /
 *   "The statement was in Latin, ..." ("In what language was the statement written?");
 *   "Algorithms ... have been devised to test the primality of large numbers." / "These include the
 *   Miller–Rabin primality test, ..." ("What is the name of one algorithm ...?").
 * BM25 and the sentence re-ranker prefer the set-up sentence (it holds the question's words), and
 * the span model then answers from it with whatever lies beside those words. `setUpFollower` moves
 * the choice to the span model's own best candidate of the next sentence when
 *   - the chosen sentence ends on the question's words (its last content word is one of them: the
 *     answer's slot lies beyond the sentence), and
 *   - the next sentence opens by pointing back (a pronoun, or "The/This/These ..." + a noun the
 *     chosen sentence says), and is one the model read (among the top sentences).
 * Measured paired (same fold models, rule on/off: scripts/qa-span-rules.ts --rules follower) in
 * docs/answers-spans.md, session 14.
 */
import type { Candidate, CandidateSet } from './candidates.ts';
import { expectedF1Choice } from './choice.ts';
import type { PreparedArticle } from './prepare.ts';
import { isStop, type Token } from './spans.ts';

/**
 * How far (in log score, sentence re-ranker included) the next sentence's best span may score below
 * the chosen sentence's best and still be taken: chosen per fold by cross-validation by article
 * (docs/answers-spans.md, session 14).
 */
export const FOLLOWER_MARGIN = 1.5;
/** Words that open a sentence by standing for something the sentence before named. */
const POINTER = new Set(['he', 'she', 'it', 'they', 'its', 'his', 'her', 'their', 'this', 'these', 'those', 'such']);
/** Determiners that point back when the noun after them was named in the sentence before. */
const DETERMINER = new Set(['the', 'this', 'these', 'those', 'that', 'such']);

/** Content words of a sentence (not stop words, not punctuation or citation marks). */
function content(toks: readonly Token[]): Token[] {
  return toks.filter((t) => t.isWord && !isStop(t.lower) && /\p{L}/u.test(t.text));
}

/**
 * Does the sentence open by pointing back at the one before: "It ...", "These include ...", "The
 * statement ..." / "This committee ..." (the noun, or the noun after one more word, said before)?
 */
export function opensWithPointer(toks: readonly Token[], before: readonly Token[]): boolean {
  const words = toks.filter((t) => t.isWord);
  if (words.length < 3) return false;
  const first = words[0].lower;
  if (POINTER.has(first)) return true;
  if (!DETERMINER.has(first)) return false;
  const said = new Set(content(before).map((t) => t.stem));
  return words.slice(1, 3).some((t) => !isStop(t.lower) && said.has(t.stem));
}

/** Does the sentence end on the question's words (its last content word is one of the question's terms)? */
export function endsOnQuestion(toks: readonly Token[], terms: ReadonlySet<string>): boolean {
  const words = content(toks);
  const last = words[words.length - 1];
  return last !== undefined && terms.has(last.stem);
}

/**
 * The span model's best candidate of the sentence after the chosen one, when the chosen sentence
 * only sets the question up (above); null when the rule does not apply.
 */
export function setUpFollower(terms: readonly string[], prep: PreparedArticle, set: CandidateSet, scores: Float64Array, chosen: Candidate, margin = FOLLOWER_MARGIN): Candidate | null {
  const k = chosen.sentence;
  const next = k + 1;
  if (!set.top.some((t) => t.sentence === next)) return null;
  const here = prep.sentences[k].tokens;
  const there = prep.sentences[next].tokens;
  if (!endsOnQuestion(here, new Set(terms)) || !opensWithPointer(there, here)) return null;
  const own: Candidate[] = [];
  const ownScores: number[] = [];
  let bestHere = -Infinity;
  let bestThere = -Infinity;
  set.candidates.forEach((c, x) => {
    if (c.sentence === k) bestHere = Math.max(bestHere, scores[x]);
    if (c.sentence !== next) return;
    own.push(c);
    ownScores.push(scores[x]);
    bestThere = Math.max(bestThere, scores[x]);
  });
  // The span model's own evidence: the next sentence's best span scores nearly as well as the chosen sentence's.
  if (own.length === 0 || bestThere < bestHere - margin) return null;
  return expectedF1Choice(own, Float64Array.from(ownScores), prep) ?? null;
}
