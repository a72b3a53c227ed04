/**
 * Clause features for the answerability model: does the clause that holds the answer say what
 * the question asks, or only the sentence around it? SQuAD 2.0's unanswerable questions often
 * keep the sentence's words and ask about another of its events: "When did X die?" over "X, who
 * died in Rome, was crowned in 1520" puts the asked verb in one clause and the year in another.
 * Also: names of the question found in the sentence in the other order ("ceded to France" over
 * "France ceded", "X of Y" over "Y of X"), and negation in the answer's clause but not the
 * question (or the other way round). Measured with scripts/answerable-probe.ts (docs/answers-qa2.md).
 */
import type { ContrastInput } from './answerable-contrast.ts';
import { termWeight } from './prepare.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';

/** Names of the features clauseFeatures sets (each in 0..1). */
export const CLAUSE_FEATURES: readonly string[] = [
  'clauseCov', // IDF share of question terms inside the span's own clause
  'clauseGap', // the sentence's IDF coverage minus the clause's (the question answered elsewhere in the sentence)
  'verbOtherClause', // a content verb of the question the sentence has, but not in the span's clause
  'capOrderSwap', // two names of the question both in the sentence, in the other order
  'negClause', // negation in one of the question and the span's clause only
];

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);
/** Words that open a new clause (besides punctuation): relative and subordinating words, "but" ("after", "since" are left out: mostly prepositions before a year). */
const OPENS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'although', 'though', 'because', 'but', 'when', 'where', 'if', 'unless']);
const NEG = /^(not|never|no|none|nobody|nothing|neither|nor|without|cannot)$|n['’]t$/;
const isVerb = (t: Token): boolean => t.cls === Cls.Verb || t.cls === Cls.VerbPast || t.cls === Cls.VerbIng;
const isName = (t: Token): boolean => t.cls === Cls.Cap && !/^\d/.test(t.text);

/** [first, last] token indexes of the clause of `tokens` around index k. */
function clauseAround(tokens: readonly Token[], from: number, to: number): [number, number] {
  const edge = (t: Token): boolean => (!t.isWord && /^[,;:()—–-]$|^--$/.test(t.text)) || OPENS.has(t.lower);
  let a = from;
  while (a > 0 && !edge(tokens[a - 1])) a--;
  // An opening word belongs to the clause it opens.
  if (a > 0 && OPENS.has(tokens[a - 1].lower)) a--;
  let b = to;
  while (b + 1 < tokens.length && !edge(tokens[b + 1])) b++;
  return [a, b];
}

/** The clause features of one answer. */
export function clauseFeatures(x: ContrastInput): Record<string, number> {
  const out: Record<string, number> = { clauseCov: 0, clauseGap: 0, verbOtherClause: 0, capOrderSwap: 0, negClause: 0 };
  const tokens = x.prep.sentences[x.evidence.sentence].tokens;
  const first = x.span.length ? tokens.indexOf(x.span[0]) : -1;
  const last = x.span.length ? tokens.indexOf(x.span[x.span.length - 1]) : -1;
  const q = tokenize(x.question).filter((t) => t.isWord);
  // Question names in the sentence in the other order (the span's side does not matter).
  const names = q.filter((t, k) => k > 0 && isName(t) && !WH.has(t.lower));
  const pos = names.map((t) => tokens.findIndex((s) => s.isWord && s.stem === t.stem));
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (pos[i] >= 0 && pos[j] >= 0 && names[i].stem !== names[j].stem && pos[i] > pos[j]) out.capOrderSwap = 1;
  if (first < 0 || last < 0) return out;
  const [a, b] = clauseAround(tokens, first, last);
  const inClause = new Set(tokens.slice(a, b + 1).filter((t) => t.isWord).map((t) => t.stem));
  const inSent = new Set(tokens.filter((t) => t.isWord).map((t) => t.stem));
  let all = 0;
  let cl = 0;
  let se = 0;
  for (const t of x.info.terms) {
    const w = termWeight(x.prep, t);
    all += w;
    if (inClause.has(t)) cl += w;
    if (inSent.has(t)) se += w;
  }
  if (all > 0) {
    out.clauseCov = cl / all;
    out.clauseGap = Math.max(0, (se - cl) / all);
  }
  out.verbOtherClause = q.some((t) => isVerb(t) && !isStop(t.lower) && inSent.has(t.stem) && !inClause.has(t.stem)) ? 1 : 0;
  const negQ = q.some((t) => NEG.test(t.lower));
  const negC = tokens.slice(a, b + 1).some((t) => t.isWord && NEG.test(t.lower));
  out.negClause = negQ !== negC ? 1 : 0;
  return out;
}
