/**
 * "Which artists missed out?" over "Some of the high-profile artists who missed out ... included
 * Madonna, Nicki Minaj and Alicia Keys", "What weapons was it carrying?" over "undeclared weaponry
 * from cuba -- including mig fighter jets, anti-aircraft systems and explosives", "In which cities
 * were they detained?" over "in three cities -- beijing, guangzhou and hangzhou", "What series do
 * they belong to?" over "the most lucrative series in the sport, the Golden Four": the span model
 * answers with the question's own kind ("the high-profile artists", "three"), a description the
 * reader already has; a reporter names the instances right after it, after "including", "such as",
 * a dash or a colon, or in apposition. A which/what-question whose span ends on (or right before)
 * the asked noun moves to the instances named next to it. Reads the chosen sentence only.
 */
import type { QuestionInfo } from './question-type.ts';
import type { SpanRange } from './span-names.ts';
import type { Token } from './spans.ts';

/** Words that bring the instances of a kind. */
const BRINGS = /^(?:including|included|include|includes|like)$/;
/** Punctuation that brings them ("-- beijing, guangzhou and hangzhou", ": melanoma"). */
const BRINGS_MARK = /^(?:--|—|–|:)$/;
/** What ends the instances. */
const ENDS = /^(?:;|\.|:|--|—|–|\(|\)|!|\?|["“”]|who|which|that|whose|was|were|is|are|has|had|have|will|would|to|in|on|at|for|from|with|by|as|after|before|while|when)$/i;
/** Longest run of instances, in tokens. */
const MAX_TOKENS = 16;

/** The instances from token a: words, list commas, "and"/"or"; null when none or the run has no end. */
function instancesAt(toks: readonly Token[], a: number): SpanRange | null {
  if (a >= toks.length || !toks[a].isWord || ENDS.test(toks[a].text)) return null;
  let b = a;
  const dash = (k: number): boolean => toks[k].text === '-' && toks[k + 1]?.text === '-';
  while (b + 1 < toks.length && b + 1 - a < MAX_TOKENS && !ENDS.test(toks[b + 1].text) && !dash(b + 1) && (toks[b + 1].isWord || /^(?:,|&|'s|’s|-|'|’)$/.test(toks[b + 1].text))) b++;
  while (b > a && !toks[b].isWord) b--;
  // (It must close: a run cut at MAX_TOKENS is a clause, not a list of names.)
  if (b + 1 - a >= MAX_TOKENS - 1) return null;
  return [a, b];
}

/** The span [i, j] moved to the instances of the asked kind named after it, or null. */
export function instancesOfKind(info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (info.focus === null || (info.wh !== 'which' && info.wh !== 'what') || info.kindOf) return null;
  // The asked noun ends the span ("the high-profile artists") or follows it ("three" cities).
  const asked = (t: Token | undefined): boolean => t !== undefined && t.isWord && (t.stem === info.focus || (info.focus!.length >= 5 && t.stem.startsWith(info.focus!) && t.stem.length - info.focus!.length <= 3));
  const f = asked(toks[j]) ? j : asked(toks[j + 1]) ? j + 1 : -1;
  if (f < 0) return null;
  let k = f + 1;
  // (The kind's own relative clause may come first: "artists who missed out on a spot in the top 10 included".)
  if (/^(?:who|that)$/i.test(toks[k]?.lower ?? '')) {
    let v = k + 1;
    while (v < toks.length && v - k < 14 && !BRINGS.test(toks[v].lower) && !/^[.;:]$/.test(toks[v].text)) v++;
    if (v < toks.length && BRINGS.test(toks[v].lower)) k = v;
    else return null;
  }
  // (... or a short phrase of place or origin: "undeclared weaponry from cuba -- including ...", "the most lucrative series in the sport, the Golden Four".)
  if (/^(?:of|from|in)$/.test(toks[k]?.lower ?? '')) {
    let e = k + 1;
    while (e < toks.length && e - k <= 4 && toks[e].isWord && !BRINGS.test(toks[e].lower)) e++;
    const next = toks[e]?.text ?? '';
    if (next !== ',' && next !== '-' && !BRINGS_MARK.test(next)) return null;
    k = e;
  }
  // ", the Golden Four.": a capitalised name in apposition that closes the sentence.
  if (toks[k]?.text === ',' && !BRINGS.test(toks[k + 1]?.lower ?? '')) {
    const a = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    let b = a;
    while (b < toks.length && toks[b].isWord && /^\p{Lu}/u.test(toks[b].text)) b++;
    return b > a && (b >= toks.length || /^[.!?]$/.test(toks[b].text)) ? [k + 1, b - 1] : null;
  }
  if (toks[k]?.text === ',' && BRINGS.test(toks[k + 1]?.lower ?? '')) k++;
  if (BRINGS.test(toks[k]?.lower ?? '')) return instancesAt(toks, k + 1);
  if (toks[k]?.lower === 'such' && toks[k + 1]?.lower === 'as') return instancesAt(toks, k + 2);
  // (A dash may come as two hyphens: "- -".)
  if (toks[k]?.text === '-' && toks[k + 1]?.text === '-') k++;
  if (BRINGS_MARK.test(toks[k]?.text ?? '') || toks[k]?.text === '-') {
    const r = instancesAt(toks, toks[k + 1]?.lower === 'including' ? k + 2 : k + 1);
    // (A list or a name, not a clause: "-- which is called ...", "-- now an aspiring musician --".)
    return r && (toks.slice(r[0], r[1] + 1).some((t) => t.text === ',' || t.lower === 'and') || /^\p{Lu}/u.test(toks[r[0]].text)) ? r : null;
  }
  return null;
}
