/**
 * "Why did the shares fall?" over "Kestrel shares fell 6% on Tuesday as investors worried about the
 * cost of a recall": the span model often lands on a day, a place or a figure of the sentence that
 * gives the reason. A why-question's span that opens with no word of a reason ("because", "due
 * to", "for", "to <verb>", "after" ...) moves to the clause after the sentence's own word of a
 * cause: "because (of)", "due to", "owing to", "as a result of", "thanks to", "so that", "in order
 * to", and "as" / "since" opening a clause with its own verb ("as UEFA rules prevent ...").
 * Reads the chosen sentence only.
 */
import type { QuestionInfo } from './question-type.ts';
import type { SpanRange } from './span-names.ts';
import { Cls, type Token } from './spans.ts';

/** Words a reason opens with (or that stand right before one). */
const OPENS_REASON = /^(?:because|due|owing|for|to|after|amid|following|over|since|as|so|thanks|through|from|when|in|on|by|out)$/;
/** Words after "for" that make it a stretch of time or a sum, no reason ("for 15 minutes", "for nearly a century"). */
const FOR_NOT_REASON = /^(?:at|about|around|nearly|almost|more|less|over|up|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|life|now|ever|sale|next|last|this|that|each|every)$/;
/** Clause ends: a span of a reason stops there. */
const CLAUSE_END = new Set([',', ';', '.', ':', '—', '–', ')', '!', '?', '--']);
/** Words after "as" / "since" that open no clause of a cause ("as well", "as part of", "since then"). */
const NOT_CLAUSE = /^(?:well|part|expected|usual|such|if|though|much|many|far|long|soon|of|to|for|in|with|per|opposed|compared|recently|early|late|then|than|its|it|did|does|do|is|was|a|an|one|two|three|chief|head|president|leader|manager|captain|director|minister|chairman|secretary)$/;

/** Does "as" / "since" at k open a clause with a subject and its verb ("as investors worried", "as the chairman is recovering")? */
function causalClause(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  if (!next?.isWord || next.cls === Cls.Num || NOT_CLAUSE.test(next.lower)) return false;
  // (The verb comes after a subject of one to six words: not at the clause's first word.)
  for (let m = k + 2; m < toks.length && m <= k + 7; m++) {
    if (CLAUSE_END.has(toks[m].text) || toks[m].cls === Cls.Prep) return false;
    if (toks[m].cls === Cls.VerbPast || toks[m].cls === Cls.Aux || (toks[m].cls === Cls.Verb && toks[m - 1].cls !== Cls.Det)) return true;
  }
  return false;
}

/** Where the reason opened by token k starts (after its fixed words), or -1 when k opens none. */
function reasonStart(toks: readonly Token[], k: number): number {
  const w = toks[k].lower;
  const n1 = toks[k + 1]?.lower;
  const n2 = toks[k + 2]?.lower;
  if (w === 'because') return n1 === 'of' ? k + 2 : k + 1;
  if ((w === 'due' || w === 'owing' || w === 'thanks') && n1 === 'to') return k + 2;
  if (w === 'as' && n1 === 'a' && n2 === 'result' && toks[k + 3]?.lower === 'of') return k + 4;
  if (w === 'so' && n1 === 'that') return k + 2;
  if (w === 'in' && n1 === 'order' && n2 === 'to') return k + 3;
  if ((w === 'as' || w === 'since') && causalClause(toks, k)) return k + 1;
  return -1;
}

/** Of those, the ones that open a phrase of place or time as often ("in", "on", "by", "from", "when"). */
const ALSO_PLACE_OR_TIME = /^(?:in|on|by|from|when)$/;

/** Does the span starting at i give a reason by its first word (or the word right before it)? Strictly: not by "in" / "on" / "by" / "from" / "when". */
function isReasonSpan(toks: readonly Token[], i: number, strict = false): boolean {
  const first = toks[i];
  if (!first) return false;
  if (first.lower === 'for') return !FOR_NOT_REASON.test(toks[i + 1]?.lower ?? '') && toks[i + 1]?.cls !== Cls.Num;
  if (strict && ALSO_PLACE_OR_TIME.test(first.lower)) return false;
  if (OPENS_REASON.test(first.lower)) return true;
  const before = toks[i - 1]?.lower ?? '';
  return OPENS_REASON.test(before) && !ALSO_PLACE_OR_TIME.test(before);
}

/**
 * The reason clause a why-question's span should be, or null to keep the span: only when the span
 * opens with no word of a reason and the sentence has a word of a cause (the first one after the
 * span's start, inside it or after it, else the last one before it).
 */
export function reasonClause(info: QuestionInfo, toks: readonly Token[], i: number): SpanRange | null {
  if (info.wh !== 'why' || isReasonSpan(toks, i)) return null;
  const starts: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (k === i) continue;
    const s = reasonStart(toks, k);
    if (s > 0 && s < toks.length && toks[s].isWord) starts.push(s);
  }
  if (starts.length === 0) return null;
  const a = starts.find((s) => s > i) ?? starts[starts.length - 1];
  let b = a;
  while (b + 1 < toks.length && !CLAUSE_END.has(toks[b + 1].text) && b - a < 25) b++;
  // (A quotation mark left at either edge goes.)
  while (b > a && !toks[b].isWord) b--;
  return b >= a ? [a, b] : null;
}

/** Words by which a sentence may give a cause that the fixed openers above miss ("led to", "blamed", "fears"). */
const CAUSE_WORD = /^(?:because|due|owing|thanks|after|amid|following|over|since|as|so|result|led|lead|leads|cause|caused|causes|reason|reasons|why|prompted|triggered|sparked|blamed|blames|behind|hence|therefore|fear|fears|concern|concerns|worries|worried|when|if|protest)$/;

/**
 * "Why did the shares fall?" over "Nordvik shares fell 4.2% in early trading, while the Oslo index
 * was flat": a why-question's span that opens with no word of a reason, from a sentence with no word
 * of a cause at all (nor "for <something>", nor "to <verb>"), gives no reason: grounding.ts refuses it.
 */
export function givesNoReason(info: QuestionInfo, toks: readonly Token[], span: readonly Token[]): boolean {
  if (info.wh !== 'why' || span.length === 0) return false;
  const i = toks.indexOf(span[0]);
  if (i < 0 || isReasonSpan(toks, i, true)) return false;
  return !toks.some((t, k) => CAUSE_WORD.test(t.lower) || (t.lower === 'to' && toks[k + 1]?.cls === Cls.Verb) || (t.lower === 'for' && isReasonSpan(toks, k)));
}
