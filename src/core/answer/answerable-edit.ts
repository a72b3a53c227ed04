/**
 * The "one edit" signature, for the answerability model. SQuAD 2.0's unanswerable questions were
 * written by copying a sentence of the paragraph into a question and changing one thing - a verb,
 * a name, a number, a modifier - while a question that the sentence answers is more often
 * reworded throughout. So a question whose content words all align to the sentence but one is
 * suspect, and the kind of that one word says how: a verb swapped ("die" over "gained"), a name
 * swapped, a condition added. A word aligns when the sentence has its stem, its 5-letter root or
 * a synonym of it.
 */
import type { PreparedArticle } from './prepare.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';
import { saidOtherwise } from './synonyms.ts';

/** Names of the features editFeatures sets (each 0 or 1). */
export const EDIT_FEATURES: readonly string[] = [
  'edit0', // every content word of the question aligns (at least three)
  'edit1', // all but one align (at least three do)
  'edit1Verb', // ... and that one is a verb
  'edit1Name', // ... a name
  'edit1Num', // ... a number
  'edit1Mod', // ... an adjective or adverb
  'edit1Noun', // ... a common noun
  'edit1Else', // ... and the article uses it in another sentence
  'editMany', // three or more content words do not align (a reworded question)
];

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);
/** Words of the wh-phrase that name the answer's kind, not something the sentence must say. */
const ASK = new Set(['year', 'years', 'date', 'time', 'name', 'kind', 'type', 'many', 'much', 'long', 'old', 'far', 'often']);

function aligns(t: Token, sent: readonly Token[], stems: ReadonlySet<string>): boolean {
  if (stems.has(t.stem)) return true;
  const root = t.stem.length >= 5 ? t.stem.slice(0, 5) : null;
  if (root && sent.some((s) => s.stem.startsWith(root))) return true;
  return t.cls !== Cls.Cap && t.cls !== Cls.Num && saidOtherwise(t.lower, t.stem, sent);
}

/** The edit features of a question against its evidence sentence. */
export function editFeatures(question: string, prep: PreparedArticle, sentence: number): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(EDIT_FEATURES.map((n) => [n, 0]));
  const sent = prep.sentences[sentence].tokens.filter((t) => t.isWord);
  const stems = new Set(sent.map((t) => t.stem));
  const q = tokenize(question).filter((t) => t.isWord && !WH.has(t.lower) && !ASK.has(t.lower) && (!isStop(t.lower) || t.cls === Cls.Num) && t.cls !== Cls.Aux);
  const miss = q.filter((t) => !aligns(t, sent, stems));
  const hit = q.length - miss.length;
  if (hit >= 3 && miss.length === 0) out.edit0 = 1;
  if (hit >= 3 && miss.length === 1) {
    const t = miss[0];
    out.edit1 = 1;
    if (t.cls === Cls.Verb || t.cls === Cls.VerbPast || t.cls === Cls.VerbIng) out.edit1Verb = 1;
    else if (t.cls === Cls.Cap) out.edit1Name = 1;
    else if (t.cls === Cls.Num || /^\d/.test(t.text)) out.edit1Num = 1;
    else if (t.cls === Cls.Adj || t.cls === Cls.Adv) out.edit1Mod = 1;
    else out.edit1Noun = 1;
    if (prep.index.df.has(t.stem)) out.edit1Else = 1;
  }
  if (miss.length >= 3) out.editMany = 1;
  return out;
}
