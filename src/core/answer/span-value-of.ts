/**
 * "What was the campaign's goal?" over "created a gofundme campaign with a goal of $75,000",
 * "What rank was he promoted to?" over "promoted to the rank of lance corporal at an event in
 * Chester", "What rating did the hospital have?" over "the hospital's rating of one star was
 * called ...": a reporter gives the value of the noun asked about after "<noun> of". The span
 * model reads some other phrase of the sentence, or the noun with all that follows it; the answer
 * is the phrase after "of", up to the next preposition, clause or punctuation. Reads the chosen
 * sentence only; the phrase after "of" must hold no word of the question ("the cost of the
 * project" names whose cost, not the cost).
 */
import type { QuestionInfo } from './question-type.ts';
import type { SpanRange } from './span-names.ts';
import { Cls, stem, tokenize, type Token } from './spans.ts';

/** Nouns of a value given after "of" ("a goal of $75,000", "the rank of lance corporal"). */
const VALUE_NOUN = /^(?:goal|target|rank|rate|rating|salari|wage|price|cost|fee|fine|valu|total|sum|budget|profit|loss|revenu|turnov|debt|figur|bill|score|record|sentenc|charg|titl|nicknam|ag|speed|height|depth|length|weight|temperatur|capac|popul|attend|crowd|margin|deficit|surplu|bonu|award|prize|reward|bail|compens|damag|settlement)$/;
/** Words that end the value phrase. */
const ENDS = new Set([',', ';', ':', '.', '(', ')', '--', '—', '–', '"', '“', '”', 'at', 'in', 'on', 'for', 'from', 'with', 'by', 'to', 'after', 'before', 'during', 'when', 'while', 'as', 'and', 'but', 'who', 'which', 'that', 'whose', 'where', 'because', 'since', 'if', 'than']);
const BE = /^(?:is|was|are|were)$/;
/** Longest value phrase, in tokens. */
const MAX_WORDS = 8;

/** Word classes after "and" that open another clause or phrase, not a second part of the value. */
const CLAUSE_AFTER_AND = new Set<number>([Cls.Aux, Cls.Verb, Cls.VerbPast, Cls.Det, Cls.Pron]);

/** Does token k end the value phrase? ("up to five years" and "$4,000 to $5,000" go on; "and" only before a verb.) */
function ends(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t.cls === Cls.Aux || t.cls === Cls.VerbPast) return true;
  if (t.lower === 'to') return !(toks[k - 1]?.lower === 'up' || toks[k + 1]?.cls === Cls.Num || /^[$£€¥]$/.test(toks[k + 1]?.text ?? ''));
  if (t.lower === 'in' && /^(?:prison|jail|custody)$/.test(toks[k + 1]?.lower ?? '')) return false;
  if (t.lower === 'and') return CLAUSE_AFTER_AND.has(toks[k + 1]?.cls ?? Cls.Punct);
  return ENDS.has(t.lower);
}

/** The noun asked about: the question's focus, or the head of "What is/was [the X's] <noun>?". */
function askedNoun(q: string, info: QuestionInfo): string | null {
  if (info.wh !== 'what' && info.wh !== 'which') return null;
  if (info.kindOf) return null;
  if (info.focus) return info.focus;
  if (info.expect !== 'be') return null;
  const toks = tokenize(q).filter((t) => t.isWord);
  if (!/^(?:what|which)$/i.test(toks[0]?.text ?? '') || !BE.test(toks[1]?.lower ?? '')) return null;
  // The head is the last word before a preposition or the end: "What was the Lions' record in 2009?" -> "record".
  let k = 2;
  while (k + 1 < toks.length && toks[k + 1].cls !== Cls.Prep) k++;
  return toks[k] && toks[k].cls !== Cls.Prep ? stem(toks[k].lower) : null;
}

/** The value phrase after "<asked noun> of" in the chosen sentence, when the span is not already it; else null. */
export function valueOfAskedNoun(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  const noun = askedNoun(q, info);
  if (!noun || !VALUE_NOUN.test(noun)) return null;
  const terms = new Set(info.terms);
  for (let f = 0; f + 2 < toks.length; f++) {
    if (toks[f].stem !== noun || toks[f + 1].lower !== 'of') continue;
    const a = f + 2;
    let b = a;
    while (b + 1 < toks.length && !ends(toks, b + 1) && b + 1 - a < MAX_WORDS) b++;
    if (b + 1 - a >= MAX_WORDS && b + 1 < toks.length && !ends(toks, b + 1)) return null;
    const value = toks.slice(a, b + 1);
    // (Not the owner of the noun: "the salary of its chief executive", "the cost of the project".)
    if (value.some((t) => t.isWord && terms.has(t.stem)) || !value.some((t) => t.isWord)) return null;
    if (/^(?:the|his|her|its|their|our|my|this|that|these|those)$/i.test(value[0].lower)) return null;
    // A span already within the value keeps its words.
    if (i >= a && j <= b) return null;
    return [a, b];
  }
  return null;
}
