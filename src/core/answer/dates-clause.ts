/**
 * A date belongs to the clause it stands in. "When did Omeruo join Chelsea?" over "He joined
 * Chelsea from Standard Liege in 2012 and developed on loan ... from 2012 to 2013", or "When did
 * the outbreak begin?" over "an outbreak that first began in mid-december": the answer is the date
 * in the clause of the asked verb, not another event's date in the same sentence. Reporters pack
 * several dated events into one sentence, so the span model's date is moved to the asked deed's
 * clause when it stands outside it (or is no date at all: "first").
 */
import { isDateToken } from './dates.ts';
import { sameVerb } from './asked-verb.ts';
import type { Token } from './spans.ts';
import { isYear } from '../text/years.ts';

/** Words and marks that end a clause: a date beyond them dates another deed. */
const CLAUSE_END = /^(and|but|while|when|after|before|which|who|whose|because|although|though|since|as|;|:|—|--)$/;

/** The token range [from, to] of the clause around token k. */
function clauseOf(toks: readonly Token[], k: number): [number, number] {
  let from = k;
  while (from > 0 && !CLAUSE_END.test(toks[from - 1].lower)) from--;
  let to = k;
  while (to + 1 < toks.length && !CLAUSE_END.test(toks[to + 1].lower)) to++;
  return [from, to];
}

/**
 * The date in the clause of the asked deed, as a token range, when the span [i, j] is not one:
 * `anchor` is the asked verb (any form) or "until" for "Until when ...?". Null keeps the span.
 */
export function clauseDate(toks: readonly Token[], i: number, j: number, anchor: string): [number, number] | null {
  const at = toks.map((t, k) => k).filter((k) => (anchor === 'until' ? /^(until|till|through)$/.test(toks[k].lower) : toks[k].isWord && sameVerb(toks[k].lower, anchor)));
  if (at.length === 0) return null;
  const spanDated = toks.slice(i, j + 1).some((_, d) => isDateToken(toks, i + d));
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (const k of at) {
    const [from, to] = clauseOf(toks, k);
    // The span already dates this deed.
    if (spanDated && i >= from && j <= to) return null;
    for (let a = from; a <= to; a++) {
      if (!isDateToken(toks, a) || (a > from && isDateToken(toks, a - 1))) continue;
      let b = a;
      while (b + 1 <= to && (isDateToken(toks, b + 1) || (toks[b + 1].lower === ',' && isYear(toks[b + 2]?.lower ?? '')) || (toks[b + 1].lower === 'of' && isDateToken(toks, b + 2)))) b++;
      // "until May 24": the date right after the anchor; otherwise the nearest, after the verb first.
      if (anchor === 'until' && a < k) continue;
      const distance = a > k ? a - k : 100 + k - a;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = [a, b];
      }
    }
  }
  return best && (best[0] !== i || best[1] !== j) ? best : null;
}

/** Verbs that date any event, whose object then names the deed ("have an operation", "go into effect", "take office"). */
const LIGHT = /^(?:have|has|had|go|goes|went|take|takes|took|get|got|come|came|make|made)$/;

/**
 * The word that anchors a when-question's deed when datedDeed reads none: the object of a light
 * verb ("When did he have an operation?" -> "operation", "When did the rule go into effect?" ->
 * "effect"), or a passive participle before a closing preposition ("When was the trial slated
 * for?" -> "slated"). Null otherwise.
 */
export function deedWord(q: string): string | null {
  const passive = /^when\s+(?:was|were|is|are|will|has|have|had)\b.*\s(\p{Ll}+(?:ed|en))\s+(?:for|to|on|in|at|by)\s*\??$/iu.exec(q.trim());
  if (passive) return passive[1].toLowerCase();
  const m = /^when\s+(?:did|does|do|will|would)\s+.+?\s(\p{Ll}+)\s+(?:(?:a|an|the|his|her|its|their|into|in|on)\s+)?(\p{Ll}{4,})\b/iu.exec(q.trim());
  return m && LIGHT.test(m[1].toLowerCase()) ? m[2].toLowerCase() : null;
}
