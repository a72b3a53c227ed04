/**
 * "When will inflation peak?" over "Inflation rose to 2.5% in December and the Bank forecast it
 * would peak at 3.7% in the third quarter": the time asked is the one written after the asked
 * deed in its own clause, not a date said of another verb earlier in the sentence. News copy
 * strings two dated deeds into one sentence all the time; the span model reads every date alike.
 */
import { datedDeed, sameVerb } from './asked-verb.ts';
import { isDateToken } from './dates.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, tokenize, type Token } from './spans.ts';
import type { SpanRange } from './span-names.ts';

/** Words that open the time phrase after the deed ("in the third quarter", "on Friday", "by 2030"). */
const TIME_PREP = /^(?:in|on|by|at|from|until|till|before|after|during|next|last|this|early|late)$/;
/** How far after the deed its time phrase may start ("peak at 3.7% in the third quarter"). */
const NEAR = 8;
/** Tokens that end the deed's clause. */
const CLAUSE_END = /^(?:[,;:.!?]|and|but|while|whereas|because)$/;
/** Words a time phrase may hold between its preposition and its date word ("the", "third", "mid"). */
const TIME_GLUE = /^(?:the|a|an|mid|early|late|next|last|this|first|second|third|fourth|final)$/;

/** The time phrase after the asked deed in the sentence, when the chosen span sits before the deed; else null. */
export function timeAfterDeed(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (info.expect !== 'date') return null;
  const deed = datedDeed(q, tokenize(q).filter((t) => t.isWord));
  if (!deed) return null;
  const v = toks.findIndex((t, k) => k > j && t.isWord && sameVerb(t.lower, deed));
  // The chosen date is already the deed's (after it), or the sentence says the deed before the date.
  if (v < 0 || toks.slice(0, i).some((t) => t.isWord && sameVerb(t.lower, deed))) return null;
  // ("in 2009, the House passed a bill ... in 1867": a date before the deed with no other verb or auxiliary
  // between is the deed's own.)
  if (!toks.slice(j + 1, v).some((t) => t.cls === Cls.Verb || t.cls === Cls.VerbPast || t.cls === Cls.Aux)) return null;
  for (let k = v + 1; k < Math.min(toks.length, v + NEAR) && !CLAUSE_END.test(toks[k].lower); k++) {
    if (!TIME_PREP.test(toks[k].lower)) continue;
    let e = k + 1;
    while (e < toks.length && TIME_GLUE.test(toks[e].lower)) e++;
    if (!isDateToken(toks, e)) continue;
    let end = e;
    while (end + 1 < toks.length && isDateToken(toks, end + 1)) end++;
    // "in the third quarter" -> "the third quarter"; "next week" keeps its "next".
    const from = /^(?:next|last|this|early|late)$/.test(toks[k].lower) ? k : k + 1;
    return [from, end];
  }
  return null;
}
