/**
 * Per-token facts about one of the best sentences for a question, computed once so that the
 * features of each of its many candidate spans (candidates.ts) cost O(1): which tokens
 * are question words, prefix counts of token properties, the nearest question word on either
 * side, the question's anchor and gap words nearby, word rarity, and the typed spans of
 * rules.ts.
 */
import { idf } from './bm25.ts';
import { typedSpans } from './rules.ts';
import type { PreparedArticle } from './prepare.ts';
import { isDateWord } from './dates.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, CLS_MATCH, isLowerContent, isStop, type Token } from './spans.ts';
import { isWideYearOrDecade } from '../text/years.ts';

/** Money and share words and signs (a span with one, or right after one, is an amount). */
export const CURRENCY = /^[$£€¥%]$|%$|^(dollars?|euros?|pounds?|yuan|yen|percent|cents?)$/;

/** Token properties whose counts over any span SentenceFacts.cnt gives. */
export const Bit = {
  Word: 0,
  Match: 1,
  Num: 2,
  Year: 3,
  DateWord: 4,
  CapOrNum: 5,
  LowerContent: 6,
  Currency: 7,
  Comma: 8,
  AndOr: 9,
  /** An opening bracket or quote (a straight quote is both). */
  Open: 10,
  Close: 11,
  OpenParen: 12,
  CloseParen: 13,
  Wh: 14,
  Aux: 15,
  Pron: 16,
  /** ";", ":" or a dash: a break between clauses. */
  ClauseBreak: 17,
  /** The question's focus noun. */
  Focus: 18,
  Verb: 19,
} as const;
/** How far (tokens) and how fast a question word's weight fades beside a span. */
const DECAY_REACH = 12;
const DECAY_SCALE = 3;
/** Tokens that open a new clause for the same-clause coverage. */
const CLAUSE_MARK = new Set([',', ';', ':', '(', ')', '—', '–', '[', ']']);

/** Number of Bit values. */
const NB = 20;

/** A gap in tokens as one of 5 values (0, 1, 2, 3-4, more). */
export function gapBin(g: number): number {
  return g <= 2 ? g : g <= 4 ? 3 : 4;
}

/** The question's words and their IDF in the article (shared by all its sentences). */
export interface QuestionTerms {
  terms: Set<string>;
  termIdf: Map<string, number>;
  idfTotal: number;
}

/** The question's words with their IDF weights. */
export function questionTerms(prep: PreparedArticle, q: QuestionInfo): QuestionTerms {
  const terms = new Set(q.terms);
  let idfTotal = 0;
  const termIdf = new Map<string, number>();
  for (const t of q.terms) {
    const w = idf(prep.index, t);
    termIdf.set(t, w);
    idfTotal += w;
  }
  return { terms, termIdf, idfTotal };
}

/** What the span features of one sentence read; arrays are indexed by token. */
export interface SentenceFacts {
  toks: Token[];
  n: number;
  /** Is the token a (non-stop) question word? */
  match: boolean[];
  /** Token classes, with question words as CLS_MATCH. */
  cls: number[];
  /** How many tokens in i..j (inclusive) have Bit b. */
  cnt: (b: number, i: number, j: number) => number;
  /** Prefix sums of question words' share of the question's IDF: matchW[k] covers tokens before k. */
  matchW: Float64Array;
  /** Nearest question word at or before / at or after each token (-1: none). */
  lastMatch: Int32Array;
  nextMatch: Int32Array;
  /** Where question word k (-1: none) sat in the question: 0 none, 1 before the wh-word, 2 after it. */
  side: (k: number) => number;
  /** Where question word k sat in the question relative to the wh-word: side (before / after) and distance, 0..5. */
  qSide: (k: number) => number;
  focusInSentence: boolean;
  /**
   * Bit a is set when the question's anchor word a (before the wh-word, right after it, last)
   * lies within three tokens left of this start / right of this end.
   */
  nearLeft: Int32Array;
  nearRight: Int32Array;
  /** Question bigrams found in the sentence, at most 2. */
  bigramF: number;
  /** Prefix sums of content words' IDF (relative to the article's highest). */
  spanIdf: Float64Array;
  /** Best rule bonus of each typed span (rules.ts), keyed by i * n + j. */
  typed: Map<number, number>;
  /**
   * Distance (gapBin) from each start back to the question's gap-left word, and from each end
   * on to its gap-right word (5: not within reach).
   */
  gapL: Int32Array;
  gapR: Int32Array;
  /**
   * Question words' share of the question's IDF, each discounted by its distance in tokens:
   * decayL[i] sums the words before token i, decayR[j] those after token j.
   */
  decayL: Float64Array;
  decayR: Float64Array;
  /** Clause index of each token (commas, brackets, ";", ":", dashes and wh-words open a new one). */
  clause: Int32Array;
  /** Question words' share of the question's IDF in each clause. */
  clauseW: Float64Array;
  /** Clause of the last gap-left word at or before each token, of the next gap-right word at or after it (-1: none). */
  gapLClause: Int32Array;
  gapRClause: Int32Array;
}

// Hot-loop copies of imported constants: module bindings are getters once compiled.
const C_Aux = Cls.Aux;
const C_Cap = Cls.Cap;
const C_Close = Cls.Close;
const C_Comma = Cls.Comma;
const C_Num = Cls.Num;
const C_Open = Cls.Open;
const C_Pron = Cls.Pron;
const C_Verb = Cls.Verb;
const C_VerbPast = Cls.VerbPast;
const C_Wh = Cls.Wh;

/** The facts of sentence `sentence` (an index into prep.sentences) for question q. */
export function sentenceFacts(prep: PreparedArticle, q: QuestionInfo, qt: QuestionTerms, sentence: number, news: boolean): SentenceFacts {
  const { terms, termIdf, idfTotal } = qt;
  const toks = prep.sentences[sentence].tokens;
  const n = toks.length;
  const match = toks.map((t) => t.isWord && terms.has(t.stem) && !isStop(t.lower));
  const cls = toks.map((t, k) => (match[k] ? CLS_MATCH : t.cls));
  const bits = new Int32Array(n);
  const matchW = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    let b = 0;
    if (t.isWord) b |= 1 << Bit.Word;
    if (match[k]) b |= 1 << Bit.Match;
    if (t.cls === C_Num) b |= 1 << Bit.Num;
    if (isWideYearOrDecade(t.text)) b |= 1 << Bit.Year;
    if (t.isWord && isDateWord(t.text)) b |= 1 << Bit.DateWord;
    if (t.cls === C_Cap || t.cls === C_Num) b |= 1 << Bit.CapOrNum;
    if (isLowerContent(t.cls)) b |= 1 << Bit.LowerContent;
    if (CURRENCY.test(t.lower)) b |= 1 << Bit.Currency;
    if (t.cls === C_Comma) b |= 1 << Bit.Comma;
    if (t.lower === 'and' || t.lower === 'or') b |= 1 << Bit.AndOr;
    if (t.cls === C_Open || t.text === '"') b |= 1 << Bit.Open;
    if (t.cls === C_Close || t.text === '"') b |= 1 << Bit.Close;
    if (t.text === '(') b |= 1 << Bit.OpenParen;
    if (t.text === ')') b |= 1 << Bit.CloseParen;
    if (t.cls === C_Wh) b |= 1 << Bit.Wh;
    if (t.cls === C_Aux) b |= 1 << Bit.Aux;
    if (t.cls === C_Pron) b |= 1 << Bit.Pron;
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') b |= 1 << Bit.ClauseBreak;
    if (q.focus !== null && t.stem === q.focus) b |= 1 << Bit.Focus;
    if (t.cls === C_Verb || t.cls === C_VerbPast) b |= 1 << Bit.Verb;
    bits[k] = b;
    matchW[k + 1] = matchW[k] + (match[k] ? (termIdf.get(t.stem) ?? 0) / (idfTotal || 1) : 0);
  }
  // pre[b * (n + 1) + k]: tokens before k with bit b.
  const pre = new Int32Array(NB * (n + 1));
  for (let b = 0; b < NB; b++) {
    const o = b * (n + 1);
    for (let k = 0; k < n; k++) pre[o + k + 1] = pre[o + k] + ((bits[k] >> b) & 1);
  }
  const cnt = (b: number, i: number, j: number): number => pre[b * (n + 1) + j + 1] - pre[b * (n + 1) + i];
  const lastMatch = new Int32Array(n);
  const nextMatch = new Int32Array(n);
  for (let k = 0, last = -1; k < n; k++) {
    if (match[k]) last = k;
    lastMatch[k] = last;
  }
  for (let k = n - 1, next = -1; k >= 0; k--) {
    if (match[k]) next = k;
    nextMatch[k] = next;
  }
  const side = (k: number): number => (k < 0 ? 0 : q.afterWh.has(toks[k].stem) ? 2 : 1);
  const focusInSentence = cnt(Bit.Focus, 0, n - 1) > 0;
  const anchors = [q.prevTerm, q.nextTerm, q.lastTerm];
  const nearLeft = new Int32Array(n);
  const nearRight = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    if (!match[k]) continue;
    for (let a = 0; a < 3; a++) {
      if (anchors[a] !== toks[k].stem) continue;
      for (let d = 1; d <= 3; d++) {
        if (k + d < n) nearLeft[k + d] |= 1 << a;
        if (k - d >= 0) nearRight[k - d] |= 1 << a;
      }
    }
  }
  // Question bigrams found in this sentence (consecutive content words).
  let bigramHits = 0;
  for (let k = 0, prev: string | null = null; k < n; k++) {
    const t = toks[k];
    if (!t.isWord || isStop(t.lower)) {
      if (t.isWord) prev = null;
      continue;
    }
    if (prev !== null && q.bigrams.has(`${prev} ${t.stem}`)) bigramHits++;
    prev = t.stem;
  }
  // Rarity of the words in each span: answers are seldom the article's commonest words.
  const spanIdf = new Float64Array(n + 1);
  const maxIdf = Math.log(1 + (prep.sentences.length + 0.5) / 1.5) || 1;
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    spanIdf[k + 1] = spanIdf[k] + (t.isWord && !isStop(t.lower) ? idf(prep.index, t.stem) / maxIdf : 0);
  }
  const qSide = (k: number): number => {
    const off = q.termOffset.get(toks[k].stem) ?? 0;
    const d = Math.abs(off);
    return (off > 0 ? 3 : 0) + (d <= 1 ? 0 : d <= 3 ? 1 : 2);
  };
  const typed = new Map<number, number>();
  for (const t of typedSpans([{ index: sentence, tokens: toks, text: prep.sentences[sentence].text, match }], q, news)) {
    const key = t.i * n + t.j;
    typed.set(key, Math.max(typed.get(key) ?? -Infinity, t.bonus));
  }
  const gapL = new Int32Array(n).fill(5);
  const gapR = new Int32Array(n).fill(5);
  for (let k = 0; k < n; k++) {
    if (!match[k]) continue;
    if (toks[k].stem === q.gapLeft) for (let d = 0; d < 5 && k + 1 + d < n; d++) gapL[k + 1 + d] = Math.min(gapL[k + 1 + d], gapBin(d));
    if (toks[k].stem === q.gapRight) for (let d = 0; d < 5 && k - 1 - d >= 0; d++) gapR[k - 1 - d] = Math.min(gapR[k - 1 - d], gapBin(d));
  }
  // How close the question's words are on each side, by weight and distance (a reader's "window").
  const decayL = new Float64Array(n);
  const decayR = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    if (!match[k]) continue;
    const w = matchW[k + 1] - matchW[k];
    for (let d = 0; d < DECAY_REACH; d++) {
      const f = w / (1 + d / DECAY_SCALE);
      if (k + 1 + d < n) decayL[k + 1 + d] += f;
      if (k - 1 - d >= 0) decayR[k - 1 - d] += f;
    }
  }
  const clause = new Int32Array(n);
  let nc = 0;
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    if (k > 0 && (CLAUSE_MARK.has(t.text) || t.cls === C_Wh)) nc++;
    clause[k] = nc;
  }
  const clauseW = new Float64Array(nc + 1);
  for (let k = 0; k < n; k++) clauseW[clause[k]] += matchW[k + 1] - matchW[k];
  const gapLClause = new Int32Array(n).fill(-1);
  const gapRClause = new Int32Array(n).fill(-1);
  for (let k = 0, c = -1; k < n; k++) {
    if (match[k] && toks[k].stem === q.gapLeft) c = clause[k];
    gapLClause[k] = c;
  }
  for (let k = n - 1, c = -1; k >= 0; k--) {
    if (match[k] && toks[k].stem === q.gapRight) c = clause[k];
    gapRClause[k] = c;
  }
  return {
    toks, n, match, cls, cnt, matchW, lastMatch, nextMatch, side, qSide, focusInSentence,
    nearLeft, nearRight, bigramF: Math.min(bigramHits, 2), spanIdf, typed, gapL, gapR, decayL, decayR, clause, clauseW,
    gapLClause, gapRClause,
  };
}
