/**
 * Contrast features for the answerability model: what the question asks against what the
 * evidence says, aimed at how SQuAD 2.0's unanswerable questions were written from answerable
 * ones - a word swapped for its opposite ("increase" over "decrease", "first" over "last"), a
 * closed-class word added or changed ("only", "before", "never", "most"), "other than" / "what
 * isn't", a year or number swapped for another, a question about a word the paragraph uses
 * elsewhere but not here - and how clearly the evidence sentence won over the runner-up.
 */
import type { PreparedArticle, RankedSentence } from './prepare.ts';
import { termWeight } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';
import { oppositeKeys as keys, oppositeStems } from './opposites.ts';
import { isWideYear } from '../text/years.ts';

/** Closed-class words a question writer adds or changes; each group is one feature. */
const CLOSED: Record<string, readonly string[]> = {
  only: ['only', 'alone', 'sole', 'solely', 'exclusively', 'just'],
  order: ['first', 'last', 'earliest', 'latest', 'final', 'initial', 'second', 'third', 'next', 'previous'],
  time: ['before', 'after', 'prior', 'since', 'until', 'later', 'earlier', 'during'],
  degree: ['more', 'less', 'fewer', 'most', 'least', 'greater', 'lesser', 'majority', 'minority'],
  all: ['all', 'every', 'each', 'any', 'both', 'none', 'either'],
  neg: ['not', 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot'],
};
const GROUP_OF = new Map<string, string>();
for (const [g, ws] of Object.entries(CLOSED)) for (const w of ws) GROUP_OF.set(w, g);

/** Names of the features contrastFeatures sets (each in 0..1, or -1..1 for the margins). */
export const CONTRAST_FEATURES: readonly string[] = [
  'antoWN', // a question word the sentence lacks whose WordNet opposite the sentence uses
  'antoNear', // the same opposite only in a neighbouring sentence
  ...Object.keys(CLOSED).map((g) => `ccq:${g}`), // a closed-class word of the question the sentence lacks
  'ccs:only', // "only" / "first" ... in the sentence but not in the question
  'ccs:order',
  'ccMiss', // closed-class question words the sentence lacks (count, capped at 2) / 2
  'exclusion', // "other than", "besides", "except", "instead of"
  'whNeg', // the wh-phrase itself is negated ("What isn't ...", "Who did not ...")
  'rareMiss', // the rarest question term the article uses is not in the sentence (its weight)
  'rareMissNear', // ... nor in a neighbouring sentence
  'rareInSpanWin', // the rarest question term is within 5 words of the span
  'yearSwap', // a year in the question the sentence lacks, with another year in the sentence
  'numSwap', // a number in the question the sentence lacks, with another number in the sentence
  'capSwapPara', // a question name the sentence lacks, the sentence has a name the question lacks, and the paragraph has the question's name
  'bm25Margin', // best BM25 score minus the second's, relative to the best
  'covMargin', // evidence coverage minus the best coverage of any other sentence (-1..1)
  'covTie', // another sentence covers the question at least as well
  'whCapMiss', // "who"/"where" answered by a span without a capitalised word
  'whNumMiss', // "how many/much/long" answered by a span without a digit or number word, "when" without a date word either
  'qLong', // question length in words / 20, capped
];

const WH = new Set(['who', 'whom', 'whose', 'what', 'which', 'when', 'where', 'why', 'how']);
const isNum = (t: Token): boolean => t.cls === Cls.Num || /^\d/.test(t.text);
const isYear = (t: Token): boolean => isWideYear(t.text);
const isName = (t: Token): boolean => t.cls === Cls.Cap && !isNum(t);
const EXCLUSION = /\b(other than|besides|except|apart from|aside from|instead of|rather than|excluding|not including)\b/i;
const WH_NEG = /^\s*(\w+\s+){0,3}?(isn['’]t|aren['’]t|wasn['’]t|weren['’]t|doesn['’]t|don['’]t|didn['’]t|can['’]t|couldn['’]t|won['’]t|not|never)\b/i;
const DATE_WORD =
  /^(today|tomorrow|yesterday|tonight|now|soon|later|morning|afternoon|evening|night|week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ago|after|before|during|until|since)$/;
const NUMBER_WORD = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|several|many|few)$/i;

/** What contrastFeatures needs: the question, the evidence and its neighbours, the span and the ranking. */
export interface ContrastInput {
  question: string;
  info: QuestionInfo;
  prep: PreparedArticle;
  ranked: readonly RankedSentence[];
  evidence: RankedSentence;
  span: readonly Token[];
}

/** The contrast features of one answer. */
export function contrastFeatures(x: ContrastInput): Record<string, number> {
  const out: Record<string, number> = {};
  const { info, prep } = x;
  const si = x.evidence.sentence;
  const sent = prep.sentences[si].tokens.filter((t) => t.isWord);
  const sentKeys = new Set(sent.flatMap((t) => keys(t.lower)));
  const sentLower = new Set(sent.map((t) => t.lower));
  const nearKeys = new Set<string>();
  for (const d of [-1, 1]) for (const t of prep.sentences[si + d]?.tokens ?? []) if (t.isWord) for (const k of keys(t.lower)) nearKeys.add(k);
  const qAll = tokenize(x.question).filter((t) => t.isWord);
  const qLower = new Set(qAll.map((t) => t.lower));

  // Opposites: a question word the sentence lacks, and its opposite where it should be.
  let antoWN = 0;
  let antoNear = 0;
  for (const t of qAll) {
    if (WH.has(t.lower) || (isStop(t.lower) && !GROUP_OF.has(t.lower)) || sentKeys.has(t.stem)) continue;
    const opp = oppositeStems(t.lower);
    if (opp.some((o) => sentKeys.has(o))) antoWN = 1;
    else if (opp.some((o) => nearKeys.has(o))) antoNear = 1;
  }
  Object.assign(out, { antoWN, antoNear });

  // Closed-class words: in the question and not the sentence, or the other way round.
  let miss = 0;
  for (const g of Object.keys(CLOSED)) out[`ccq:${g}`] = 0;
  for (const t of qAll) {
    const g = GROUP_OF.get(t.lower);
    if (!g || sentLower.has(t.lower)) continue;
    out[`ccq:${g}`] = 1;
    miss++;
  }
  if (/n['’]t\b/i.test(x.question) && !sent.some((t) => GROUP_OF.get(t.lower) === 'neg' || /n['’]t$/.test(t.lower))) out['ccq:neg'] = 1;
  out.ccMiss = Math.min(miss, 2) / 2;
  for (const g of ['only', 'order']) out[`ccs:${g}`] = sent.some((t) => GROUP_OF.get(t.lower) === g && !qLower.has(t.lower)) ? 1 : 0;
  out.exclusion = EXCLUSION.test(x.question) ? 1 : 0;
  out.whNeg = WH_NEG.test(x.question) ? 1 : 0;

  // The rarest question term the article uses, and where it is.
  const maxW = Math.log(1 + prep.sentences.length + 0.5);
  let rare: string | null = null;
  let rareW = -1;
  for (const t of info.terms) {
    if (!prep.index.df.has(t)) continue;
    const w = termWeight(prep, t);
    if (w > rareW) [rare, rareW] = [t, w];
  }
  const sentStems = new Set(sent.map((t) => t.stem));
  out.rareMiss = rare && !sentStems.has(rare) ? rareW / maxW : 0;
  out.rareMissNear = rare && !sentStems.has(rare) && !nearKeys.has(rare) ? 1 : 0;
  const spanIdx = x.span.length ? sent.indexOf(x.span.find((t) => t.isWord) ?? x.span[0]) : -1;
  if (rare && spanIdx >= 0) {
    const end = spanIdx + x.span.filter((t) => t.isWord).length - 1;
    out.rareInSpanWin = sent.some((t, k) => t.stem === rare && k >= spanIdx - 5 && k <= end + 5) ? 1 : 0;
  } else out.rareInSpanWin = 0;

  // Swapped years, numbers and names.
  const qYears = qAll.filter(isYear);
  out.yearSwap = qYears.some((t) => !sentLower.has(t.lower)) && sent.some((t) => isYear(t) && !qLower.has(t.lower)) ? 1 : 0;
  const qNums = qAll.filter((t) => isNum(t) && !isYear(t));
  out.numSwap = qNums.some((t) => !sentLower.has(t.lower)) && sent.some((t) => isNum(t) && !isYear(t) && !qLower.has(t.lower)) ? 1 : 0;
  const qNames = qAll.filter((t, k) => k > 0 && isName(t) && !WH.has(t.lower));
  const missingName = qNames.some((t) => !sentStems.has(t.stem) && prep.index.df.has(t.stem));
  out.capSwapPara = missingName && sent.some((t, k) => k > 0 && isName(t) && !qLower.has(t.lower)) ? 1 : 0;

  // How clearly the evidence won: BM25 and coverage against the runner-up.
  const top = x.ranked[0];
  const second = x.ranked[1];
  out.bm25Margin = top && second && top.score > 0 ? (top.score - second.score) / top.score : 1;
  let otherCov = 0;
  for (const r of x.ranked) if (r.sentence !== si) otherCov = Math.max(otherCov, r.coverage);
  out.covMargin = Math.max(-1, Math.min(1, x.evidence.coverage - otherCov));
  out.covTie = otherCov >= x.evidence.coverage - 1e-9 ? 1 : 0;

  // The span's kind against the wh-word.
  const spanWords = x.span.filter((t) => t.isWord || /\d/.test(t.text));
  const hasCap = spanWords.some((t) => /^\p{Lu}/u.test(t.text));
  const hasNum = spanWords.some((t) => /\d/.test(t.text) || NUMBER_WORD.test(t.lower));
  out.whCapMiss = (info.wh === 'who' || info.wh === 'where') && spanWords.length > 0 && !hasCap ? 1 : 0;
  const hasDate = hasNum || spanWords.some((t) => DATE_WORD.test(t.lower));
  out.whNumMiss = ((info.wh === 'when' && !hasDate) || (/^how (many|much|long)$/.test(info.wh) && !hasNum)) && spanWords.length > 0 ? 1 : 0;
  out.qLong = Math.min(qAll.length, 20) / 20;
  return out;
}
