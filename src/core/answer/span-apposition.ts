/**
 * "What car was it?" over "The car, a grey Ford Focus, was found ..." and "What virus causes most
 * cervical cancers?" over "tests for HPV, a virus that causes most cervical cancers": a reporter
 * names the kind a which/what-question asks for in apposition, set off by commas or dashes, after
 * the noun ("the car, a grey Ford Focus,") or before it ("HPV, a virus"). The span model reads
 * neither; a span elsewhere in the sentence, or one that holds the apposition and more, moves to it. Reads the chosen sentence only.
 */
import type { QuestionInfo } from './question-type.ts';
import type { SpanRange } from './span-names.ts';
import { Cls, isStop, type Token } from './spans.ts';

/** What sets an apposition off. */
const SET_OFF = /^(?:,|--|—|–)$/;
/** Words that end a noun phrase in apposition. */
const ENDS = /^(?:,|;|\.|:|--|—|–|\)|!|\?|who|which|that|whose|was|were|is|are|has|had|have)$/i;
/** Longest apposition, in tokens. */
const MAX_WORDS = 8;

/** Does span [i, j] overlap range r? */
const overlaps = (i: number, j: number, r: SpanRange): boolean => i <= r[1] && j >= r[0];

/** "the car, a grey Ford Focus,": the noun phrase after the asked noun (at f0), or null. */
function after(toks: readonly Token[], f0: number): SpanRange | null {
  // (A short phrase may follow the noun first: "the van used by the tree surgeons, a white Ford Transit,".)
  let f = f0;
  while (f < f0 + 5 && toks[f + 1]?.isWord) f++;
  if (!SET_OFF.test(toks[f + 1]?.text ?? '') || !/^(?:a|an)$/i.test(toks[f + 2]?.lower ?? '')) return null;
  // (The asked noun is a definite one: "the car", "the firm's car", not "a car, a van and a bus".)
  if (!toks.slice(Math.max(0, f0 - 3), f0).some((t) => t.lower === 'the' || /['’]s$/.test(t.text) || /^(?:his|her|their|its)$/.test(t.lower))) return null;
  const a = f + 3;
  let b = a;
  while (b + 1 < toks.length && !ENDS.test(toks[b + 1].text) && b + 1 - a < MAX_WORDS) b++;
  // (It must close where it opened: "the car, a grey Ford Focus, was found".)
  if (!SET_OFF.test(toks[b + 1]?.text ?? '') && toks[b + 1]?.text !== '.') return null;
  return toks.slice(a, b + 1).every((t) => t.isWord || t.text === '-') ? [a, b] : null;
}

/** "HPV, a virus that ...": the name right before ", a <modifiers> <asked noun>", or null. */
function before(toks: readonly Token[], f: number, terms: ReadonlySet<string>): SpanRange | null {
  let k = f - 1;
  while (k > 0 && f - k <= 3 && toks[k].isWord && !/^(?:a|an)$/i.test(toks[k].lower)) k--;
  if (!/^(?:a|an)$/i.test(toks[k]?.lower ?? '') || !SET_OFF.test(toks[k - 1]?.text ?? '')) return null;
  const b = k - 2;
  if (b < 0 || !toks[b].isWord) return null;
  // The name: its capitalised words (with "of"/"&" inside), none a word of the question.
  const isName = (t: Token) => t.isWord && (t.cls === Cls.Cap || /^\p{Lu}/u.test(t.text)) && !terms.has(t.stem);
  if (!isName(toks[b])) return null;
  let a = b;
  while (a > 0 && (isName(toks[a - 1]) || (/^(?:of|&)$/.test(toks[a - 1].lower) && isName(toks[a - 2] ?? toks[a - 1])))) a--;
  // (Not the sentence's first word alone: it is capitalised by position.)
  return a === 0 && b === 0 ? null : [a, b];
}

/** The apposition that names the asked kind in the chosen sentence, when the span is elsewhere; else null. */
export function appositionOfKind(info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (info.focus === null || (info.wh !== 'which' && info.wh !== 'what') || info.kindOf) return null;
  const terms = new Set(info.terms.filter((t) => t !== info.focus && !isStop(t)));
  for (let f = 1; f < toks.length; f++) {
    if (toks[f].stem !== info.focus || !toks[f].isWord) continue;
    const r = after(toks, f) ?? before(toks, f, terms);
    // (A span within the apposition keeps its words; one that holds it and more is cut to it.)
    if (r && (!overlaps(i, j, r) || (i <= r[0] && j >= r[1] && j - i > r[1] - r[0]))) return r;
    if (r) return null;
  }
  return null;
}
