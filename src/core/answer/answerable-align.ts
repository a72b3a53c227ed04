/**
 * Alignment features for the answerability model: where the question's words land in the
 * evidence sentence and around the span, and what the sentence says in the place of a question
 * word it lacks. SQuAD 2.0's unanswerable questions are mostly an answerable question with one
 * thing changed - a name or number swapped for another ("in Hamburg" over a sentence that says
 * "in Berlin"), a condition added that the article states nowhere near ("in 1705"), a word
 * swapped for its opposite - so the signal is in the one question word that does not align, and
 * in what stands where it should be.
 */
import type { PreparedArticle } from './prepare.ts';
import { termWeight } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';
import { saidOtherwise, synonymStems } from './synonyms.ts';

/** Names of the features alignFeatures sets (each in 0..1). */
export const ALIGN_FEATURES: readonly string[] = [
  'subCap', // a question name whose aligned neighbour in the sentence sits next to a different name
  'subNum', // the same for a number or year
  'subWord', // the same for a lower-case content word
  'winCoverage', // IDF share of question terms within 8 words of the span
  'winUncovered', // IDF mass (relative to the rarest possible) of question terms outside that window, capped at 2
  'uncIdfMass', // IDF mass of question terms the sentence lacks, capped at 3 / 3
  'nearOnly', // IDF share of question terms found only in the neighbouring sentences
  'farOnly', // IDF share of question terms found in the article but not in or beside the sentence
  'capElsewhere', // a question name the article uses, but not in or beside the evidence sentence
  'numElsewhere', // a question number the article has, but not in the evidence sentence
  'numNowhere', // a question number the article never states
  'order', // share of aligned question word pairs in the same order in the sentence
  'spanDist', // words between the span and the nearest aligned question word, / 10, capped
  'copy', // share of all the question's words (function words too) found in the sentence
  'sentLong', // sentence length in words / 40, capped
  'qModifier', // an uncovered question adjective or adverb right before a covered word ("the first X")
  'uncSyn', // uncovered question content words the sentence says another way (a synonym), capped at 2 / 2
  'uncNoSyn', // uncovered question content words (in the synonym list) the sentence has no synonym of, capped at 2 / 2
  'subNoSyn', // a swapped word (subWord) whose replacement is no synonym of it
];

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);
const isNum = (t: Token): boolean => t.cls === Cls.Num || /^\d/.test(t.text);
const isName = (t: Token): boolean => t.cls === Cls.Cap && !isNum(t);
const isContent = (t: Token): boolean => t.isWord && !isStop(t.lower) && !WH.has(t.lower);

/** The alignment features for a question, its evidence sentence and the chosen span. */
export function alignFeatures(question: string, info: QuestionInfo, prep: PreparedArticle, sentence: number, span: readonly Token[]): Record<string, number> {
  const out: Record<string, number> = {};
  const sent = prep.sentences[sentence].tokens.filter((t) => t.isWord);
  const qAll = tokenize(question).filter((t) => t.isWord && !WH.has(t.lower));
  const q = qAll.filter((t, k) => isContent(t) || (k > 0 && isName(t)));
  const sentStems = new Map<string, number[]>();
  sent.forEach((t, k) => sentStems.set(t.stem, [...(sentStems.get(t.stem) ?? []), k]));
  const sentLower = new Set(sent.map((t) => t.lower));
  const maxW = Math.log(1 + prep.sentences.length + 0.5);

  // Substitution: an unaligned question word whose question neighbour aligns, and the sentence
  // word in its place (beside that neighbour) is of the same kind but a different word.
  let subCap = 0;
  let subNum = 0;
  let subWord = 0;
  let qModifier = 0;
  let uncSyn = 0;
  let uncNoSyn = 0;
  let subNoSyn = 0;
  qAll.forEach((t, k) => {
    if (sentStems.has(t.stem) || isStop(t.lower)) return;
    const kind = isNum(t) ? 'num' : isName(t) && k > 0 ? 'cap' : isContent(t) ? 'word' : null;
    if (!kind) return;
    const same = (s: Token | undefined): boolean => !!s && !sentStems.get(t.stem)?.length && (kind === 'num' ? isNum(s) : kind === 'cap' ? isName(s) : isContent(s) && !isName(s) && !isNum(s)) && s.stem !== t.stem;
    let hit = false;
    const left = qAll[k - 1];
    const right = qAll[k + 1];
    if (left) for (const j of sentStems.get(left.stem) ?? []) if (same(sent[j + 1]) || (isStop(sent[j + 1]?.lower ?? '') && same(sent[j + 2]))) hit = true;
    if (right) for (const j of sentStems.get(right.stem) ?? []) if (same(sent[j - 1])) hit = true;
    if (hit && kind === 'num') subNum = 1;
    if (hit && kind === 'cap') subCap = 1;
    if (hit && kind === 'word') subWord = 1;
    if (kind === 'word') {
      const syn = saidOtherwise(t.lower, t.stem, sent);
      if (syn) uncSyn++;
      else if (synonymStems(t.lower)) {
        uncNoSyn++;
        if (hit) subNoSyn = 1;
      }
    }
    if ((t.cls === Cls.Adj || t.cls === Cls.Adv) && right && sentStems.has(right.stem)) qModifier = 1;
  });
  Object.assign(out, { subCap, subNum, subWord, qModifier, subNoSyn, uncSyn: Math.min(uncSyn, 2) / 2, uncNoSyn: Math.min(uncNoSyn, 2) / 2 });

  // Coverage near the span, in the sentence, beside it, and elsewhere in the article.
  const spanIdx = span.length ? sent.indexOf(span.find((t) => t.isWord) ?? span[0]) : -1;
  const spanEnd = spanIdx >= 0 ? spanIdx + span.filter((t) => t.isWord).length - 1 : -1;
  const win = new Set<string>();
  if (spanIdx >= 0) for (let k = Math.max(0, spanIdx - 8); k <= Math.min(sent.length - 1, spanEnd + 8); k++) win.add(sent[k].stem);
  const near = new Set<string>();
  for (const d of [-1, 1]) for (const t of prep.sentences[sentence + d]?.tokens ?? []) near.add(t.stem);
  let total = 0;
  let inWin = 0;
  let outWin = 0;
  let unc = 0;
  let nearOnly = 0;
  let farOnly = 0;
  for (const t of info.terms) {
    const w = termWeight(prep, t);
    total += w;
    if (win.has(t)) inWin += w;
    else outWin += w / maxW;
    if (sentStems.has(t)) continue;
    unc += w / maxW;
    if (near.has(t)) nearOnly += w;
    else if (prep.index.df.has(t)) farOnly += w;
  }
  out.winCoverage = total ? inWin / total : 0;
  out.winUncovered = Math.min(outWin, 2) / 2;
  out.uncIdfMass = Math.min(unc, 3) / 3;
  out.nearOnly = total ? nearOnly / total : 0;
  out.farOnly = total ? farOnly / total : 0;

  // Names and numbers of the question against the sentence, its neighbours, the article.
  let capElsewhere = 0;
  let numElsewhere = 0;
  let numNowhere = 0;
  qAll.forEach((t, k) => {
    if (sentStems.has(t.stem) || sentLower.has(t.lower)) return;
    const inArticle = prep.index.df.has(t.stem);
    if (isNum(t)) {
      if (inArticle) numElsewhere = 1;
      else numNowhere = 1;
    } else if (k > 0 && isName(t) && inArticle && !near.has(t.stem)) capElsewhere = 1;
  });
  Object.assign(out, { capElsewhere, numElsewhere, numNowhere });

  // Order of the aligned words, and the span's distance from them.
  const pos: number[] = [];
  for (const t of q) {
    const js = sentStems.get(t.stem);
    if (js) pos.push(js[0]);
  }
  let pairs = 0;
  let same = 0;
  for (let a = 0; a < pos.length; a++)
    for (let b = a + 1; b < pos.length; b++) {
      pairs++;
      if (pos[b] > pos[a]) same++;
    }
  out.order = pairs ? same / pairs : 1;
  if (spanIdx >= 0 && pos.length) {
    const d = Math.min(...pos.map((p) => (p < spanIdx ? spanIdx - p : p > spanEnd ? p - spanEnd : 0)));
    out.spanDist = Math.min(d, 10) / 10;
  } else out.spanDist = 1;
  out.copy = qAll.length ? qAll.filter((t) => sentLower.has(t.lower)).length / qAll.length : 0;
  out.sentLong = Math.min(sent.length, 40) / 40;
  return out;
}
