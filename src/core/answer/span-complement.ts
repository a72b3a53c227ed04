/**
 * "What did Brown seek to demonstrate?" over "had sought to demonstrate a technique to limit pain
 * and bleeding", "What were the women calling for?" over "calling for an end to sexual
 * harassment": a span that is only a determiner and a noun ("a technique", "an end") says nothing
 * until the "to" or "of" after it; the answer runs on to the end of that phrase. Reads the chosen
 * sentence only; a name, a date or a number is not grown.
 */
import type { QuestionInfo } from './question-type.ts';
import type { SpanRange } from './span-names.ts';
import { Cls, type Token } from './spans.ts';

/** Where the complement ends: a new clause, a preposition of time or place, punctuation. */
const ENDS = /^(?:and|or|but|who|which|that|after|before|when|while|as|because|since|until|if|said|says|in|on|at|during|for|with|from|by|than)$/;
/** Longest complement, in tokens. */
const MAX_WORDS = 7;

/** The span grown through its noun's "to"/"of" complement, or null. */
export function nounComplement(info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (info.expect !== 'verb' && info.expect !== 'be' && info.expect !== 'thing') return null;
  // (After a determiner or a possessive the word is a noun, whatever the tagger says: "an end", "my right".)
  if (j - i !== 1 || !/^(?:a|an|the|my|his|her|their|its|our|your)$/i.test(toks[i].lower) || !toks[j].isWord || (toks[j].cls !== Cls.Noun && toks[j].cls !== Cls.Verb)) return null;
  const link = toks[j + 1];
  if (!link || (link.lower !== 'to' && link.lower !== 'of') || !toks[j + 2]?.isWord) return null;
  let b = j + 2;
  while (b + 1 < toks.length && toks[b + 1].isWord && !ENDS.test(toks[b + 1].lower) && b + 1 - j <= MAX_WORDS) b++;
  if (b - j > MAX_WORDS) return null;
  return [i, b];
}
