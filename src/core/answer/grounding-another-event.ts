/**
 * "When did the quake hit?" over "The region was hit by a magnitude 6.8 quake in January 2020
 * that killed 41 people": the question asks of the story's event ("the quake"), the sentence
 * brings in another one ("a ... quake") after the story has told of its own. Its time, toll or
 * place is that other event's. (patterns-amounts.ts's backgroundLast reads a related sign for counts
 * only, a background sentence dated to another year than the lead's, and ranks it last; this one
 * reads the article the reporter chose, "a" against the question's "the", and needs no year.)
 */
import type { PreparedArticle } from './prepare.ts';

/** Nouns of a news event a story may compare with an earlier one of its kind. */
const EVENT = 'quake|earthquake|tremor|storm|hurricane|typhoon|cyclone|tornado|flood|floods|fire|wildfire|blaze|explosion|blast|attack|bombing|shooting|crash|collision|derailment|accident|eruption|outbreak|epidemic|riot|strike|election|referendum|war';
const ASKED = new RegExp(`\\bthe\\s+(?:[\\p{Ll}-]+\\s+)?(${EVENT})\\b`, 'iu');
/** An indefinite phrase ending on the noun: "a magnitude 6.8 quake", "an earlier attack", "another storm". */
const INDEFINITE = (noun: string) => new RegExp(`\\b(?:a|an|another)\\s+(?:[\\p{L}\\d.,-]+\\s+){0,3}${noun}\\b`, 'iu');
const DEFINITE = (noun: string) => new RegExp(`\\b(?:the|this|that|its|friday's|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's)\\s+(?:[\\p{L}\\d.,-]+\\s+){0,2}${noun}\\b`, 'iu');

/** Why sentence `k` is about another event than the one asked of (an earlier one of its kind), or null. */
export function anotherEvent(question: string, prep: PreparedArticle, k: number): string | null {
  const m = ASKED.exec(question);
  if (!m) return null;
  const noun = m[1].toLowerCase();
  // ("the 2020 quake", "the first attack": the question names which; other checks read that.)
  // ("the Swenson fire", "the Halabja attack": a name says which.)
  if (/\d|\p{Lu}/u.test(m[0].replace(/^the\s+/i, '')) || /\b(?:first|second|third|last|previous|earlier|other)\b/i.test(m[0])) return null;
  const text = prep.sentences[k]?.text ?? '';
  if (!INDEFINITE(noun).test(text) || DEFINITE(noun).test(text)) return null;
  // The story's own event told of before, in its body ("A magnitude 6.1 earthquake struck ..."):
  // its first mention is indefinite too, and is no other event.
  const said = new RegExp(`${noun}\\b`, 'i');
  return prep.sentences.slice(0, k).some((s) => said.test(s.text)) ? `is about another ${noun}` : null;
}
