/**
 * Candidate answer spans and their features. For a question, every short span of the
 * best-matching sentences becomes a candidate described by sparse features (length, edges,
 * neighbours, overlap with the question, distance to the question's words, type cues), each
 * crossed with the kind of answer the question expects (templates.ts). A linear model
 * (model.ts) scores them.
 */
import { rankSentences, type PreparedArticle, type RankedSentence } from './prepare.ts';
import { Bit, CURRENCY, gapBin, questionTerms, sentenceFacts } from './sentence-facts.ts';
import { KIND_SLOTS, OFFSETS } from './templates.ts';
import { NEXPECT, type QuestionInfo } from './question-type.ts';
import { Cls, CLS_EDGE, NCLS } from './spans.ts';
import { readDateline } from '../article/parse.ts';

/** How many top BM25 sentences yield candidates. */
export const TOP_SENTENCES = 3;
/** Longest candidate, in words. */
export const MAX_SPAN_WORDS = 16;

/** One candidate span. */
export interface Candidate {
  sentence: number;
  /** First and last token (inclusive). */
  i: number;
  j: number;
  /** Offset of this candidate's features in CandidateSet.features. */
  fstart: number;
  fend: number;
}

/** A question's candidate spans, their features, and the sentences they come from. */
export interface CandidateSet {
  candidates: Candidate[];
  features: Int32Array;
  /** Per top sentence: index into PreparedArticle.sentences, BM25 score, IDF coverage. */
  top: RankedSentence[];
  /** Per top sentence: does it hold a span of the shape the question asks for (rules.ts)? */
  typedTop: boolean[];
}

/**
 * The first token after a wire dateline that opens the sentence ("ATHENS, Aug. 12 (Reuters) - "), 0
 * without one: the article parser's own reading (readDateline), only a dated one with its place.
 */
function datelineEnd(toks: readonly { start: number }[], text: string): number {
  const d = readDateline(text);
  if (!d || !d.place || d.month === null || d.day === null) return 0;
  const k = toks.findIndex((t) => t.start >= d.length);
  return k < 0 ? 0 : k;
}

const NE = NEXPECT;
const EX = KIND_SLOTS;

// Hot-loop copies of imported constants: module bindings are getters once compiled.
const {
  Aux: C_Aux, Cap: C_Cap, Close: C_Close, Conj: C_Conj, Det: C_Det, Open: C_Open, Prep: C_Prep,
  Wh: C_Wh,
} = Cls;
const {
  bias: O_bias, kindFocus: O_kindFocus, bigrams: O_bigrams, first: O_first, firstLast: O_firstLast,
  firstLex: O_firstLex, focus: O_focus, formPos: O_formPos, gapLeft: O_gapLeft,
  gapLeftX: O_gapLeftX, gapRight: O_gapRight, gapRightX: O_gapRightX, last: O_last,
  lastLex: O_lastLex, lastRight: O_lastRight, left: O_left, leftDist: O_leftDist,
  leftFirst: O_leftFirst, leftLex: O_leftLex, leftPath: O_leftPath, leftQ: O_leftQ,
  leftWindow: O_leftWindow, len: O_len, near: O_near, overlap: O_overlap,
  overlapFrac: O_overlapFrac, prevWord: O_prevWord, props: O_props, right: O_right,
  rightDist: O_rightDist, rightLex: O_rightLex, rightPath: O_rightPath, rightQ: O_rightQ,
  rightWindow: O_rightWindow, sentCover: O_sentCover, sentRank: O_sentRank, sentRatio: O_sentRatio,
  sentTyped: O_sentTyped, sides: O_sides, decay: O_decay, clauseCover: O_clauseCover, gapClause: O_gapClause, between: O_between, spanIdf: O_spanIdf, typed: O_typed,
} = OFFSETS;
const {
  Word: B_Word, Match: B_Match, Num: B_Num, Year: B_Year, DateWord: B_DateWord,
  CapOrNum: B_CapOrNum, LowerContent: B_LowerContent, Currency: B_Currency, Comma: B_Comma,
  AndOr: B_AndOr, Open: B_Open, Close: B_Close, OpenParen: B_OpenParen, CloseParen: B_CloseParen,
  Wh: B_Wh, Aux: B_Aux, Pron: B_Pron, ClauseBreak: B_ClauseBreak, Focus: B_Focus, Verb: B_Verb,
} = Bit;

/** All candidate spans of the top sentences, with their features. */
export function candidates(prep: PreparedArticle, q: QuestionInfo, news = false, topN = TOP_SENTENCES): CandidateSet {
  const ranked = rankSentences(prep, q).slice(0, topN).filter((r, k) => k === 0 || r.score > 0);
  const bestScore = ranked.length ? ranked[0].score : 0;
  const out: Candidate[] = [];
  const typedTop: boolean[] = [];
  let feats = new Int32Array(8192);
  let nf = 0;
  const e = q.expectId;
  /** Push a plain feature. */
  const push = (f: number): void => {
    if (nf + 2 > feats.length) {
      const bigger = new Int32Array(feats.length * 2);
      bigger.set(feats);
      feats = bigger;
    }
    feats[nf++] = f;
  };
  /** Push value v of a crossed template: once for this answer kind, once shared. */
  const x = (offset: number, v: number): void => {
    push(offset + v * EX + e);
    push(offset + v * EX + NE);
  };
  const qt = questionTerms(prep, q);
  ranked.forEach((r, rank) => {
    const facts = sentenceFacts(prep, q, qt, r.sentence, news);
    const { toks, n, cls, cnt, matchW, lastMatch, nextMatch, side, qSide, focusInSentence, nearLeft, nearRight, bigramF, spanIdf, typed, gapL, gapR, decayL, decayR, clause, clauseW, gapLClause, gapRClause } = facts;
    typedTop.push(typed.size > 0);
    const prevWordLex = q.prevWord;
    const ratio = ratioBin(bestScore > 0 ? r.score / bestScore : 0);
    const cover = coverBin(r.coverage);
    // "How strong were the winds?" is not answered "12" from "ATHENS, Aug. 12 (Reuters) - A wildfire
    // fanned by strong winds ...": the dateline before the lead's first word is no part of its news.
    const from = datelineEnd(toks, prep.sentences[r.sentence].text);
    for (let i = from; i < n; i++) {
      // Answers do not start with a conjunction or an auxiliary, nor end with a function word:
      // skipping those spans halves the work without losing answers.
      if (!toks[i].isWord || toks[i].cls === C_Conj || toks[i].cls === C_Aux) continue;
      const left = i - 1;
      const lm = i > 0 ? lastMatch[i - 1] : -1;
      const leftCls = left < 0 ? CLS_EDGE : cls[left];
      const leftWin = windowBin(matchW[i] - matchW[Math.max(0, i - 3)]);
      for (let j = i; j < n; j++) {
        const cj = toks[j].cls;
        if (!toks[j].isWord || cj === C_Det || cj === C_Prep || cj === C_Conj || cj === C_Aux || (cj === C_Wh && j > i)) continue;
        const words = cnt(B_Word, i, j);
        if (words > MAX_SPAN_WORDS) break;
        // A span across ";" or ":" joins two clauses: never one answer.
        if (cnt(B_ClauseBreak, i, j) > 0) break;
        const right = j + 1 < n ? j + 1 : -1;
        const rightCls = right < 0 ? CLS_EDGE : cls[right];
        const fstart = nf;
        push(O_bias);
        x(O_len, lenBin(words));
        x(O_first, cls[i]);
        x(O_last, cls[j]);
        x(O_left, leftCls);
        x(O_right, rightCls);
        push(O_leftFirst + leftCls * NCLS + cls[i]);
        push(O_lastRight + cls[j] * NCLS + rightCls);
        push(O_firstLast + cls[i] * NCLS + cls[j]);
        x(O_firstLex, toks[i].lex);
        x(O_lastLex, toks[j].lex);
        if (left >= 0) x(O_leftLex, toks[left].lex);
        if (right >= 0) x(O_rightLex, toks[right].lex);
        const ov = cnt(B_Match, i, j);
        x(O_overlap, Math.min(ov, 3));
        const frac = ov / words;
        x(O_overlapFrac, frac === 0 ? 0 : frac <= 0.25 ? 1 : frac <= 0.5 ? 2 : 3);
        if (cnt(B_Num, i, j) > 0) x(O_props, 0);
        if (cnt(B_Year, i, j) > 0) x(O_props, 1);
        if (cnt(B_DateWord, i, j) > 0) x(O_props, 2);
        if (cnt(B_CapOrNum, i, j) === words) x(O_props, 3);
        if (toks[i].cls === C_Cap) x(O_props, 4);
        if (cnt(B_Currency, i, j) > 0 || (left >= 0 && CURRENCY.test(toks[left].text))) x(O_props, 5);
        if (cnt(B_Comma, i, j) > 0) x(O_props, 6);
        if (cnt(B_AndOr, i, j) > 0) x(O_props, 7);
        if (cnt(B_Open, i, j) !== cnt(B_Close, i, j) || cnt(B_OpenParen, i, j) !== cnt(B_CloseParen, i, j)) x(O_props, 8);
        if (cnt(B_Wh, i, j) > 0) x(O_props, 9);
        if (cnt(B_Aux, i, j) > 0) x(O_props, 10);
        if (cnt(B_Pron, i, j) > 0) x(O_props, 11);
        if (cnt(B_ClauseBreak, i, j) > 0) x(O_props, 12);
        const rm = j + 1 < n ? nextMatch[j + 1] : -1;
        if (lm >= 0 && rm >= 0) x(O_props, 13);
        if (cnt(B_LowerContent, i, j) === 0) x(O_props, 14);
        if (ov === words) x(O_props, 15);
        if (cnt(B_Verb, i, j) > 0) x(O_props, 18);
        if (left >= 0 && right >= 0 && (toks[left].cls === C_Open || toks[left].text === '"') && (toks[right].cls === C_Close || toks[right].text === '"')) {
          x(O_props, toks[left].text === '(' ? 17 : 16);
        }
        x(O_formPos, q.form * 4 + (lm >= 0 ? 2 : 0) + (rm >= 0 ? 1 : 0));
        for (let a = 0; a < 3; a++) {
          if ((nearLeft[i] >> a) & 1) push(O_near + q.form * 6 + a);
          if ((nearRight[j] >> a) & 1) push(O_near + q.form * 6 + 3 + a);
        }
        if (prevWordLex !== null && left >= 0 && toks[left].lower === prevWordLex) x(O_prevWord, 0);
        // A stand-in for dependency paths: what kind of word the nearest question word is, how
        // far it is, and where that word sat relative to the wh-word in the question.
        if (lm >= 0) {
          const g = gapBin(i - lm - 1);
          push(O_leftPath + (toks[lm].cls * 5 + g) * 4 + q.form);
          push(O_leftQ + (qSide(lm) * 5 + g) * 4 + q.form);
        }
        if (rm >= 0) {
          const g = gapBin(rm - j - 1);
          push(O_rightPath + (toks[rm].cls * 5 + g) * 4 + q.form);
          push(O_rightQ + (qSide(rm) * 5 + g) * 4 + q.form);
        }
        const content = words - cnt(B_Match, i, j);
        const meanIdf = content > 0 ? (spanIdf[j + 1] - spanIdf[i]) / words : 0;
        x(O_spanIdf, meanIdf <= 0 ? 0 : meanIdf < 0.4 ? 1 : meanIdf < 0.7 ? 2 : 3);
        x(O_bigrams, bigramF);
        if (q.gapLeft !== null) {
          push(O_gapLeft + gapL[i] * 4 + q.form);
          x(O_gapLeftX, gapL[i]);
        }
        if (q.gapRight !== null) {
          push(O_gapRight + gapR[j] * 4 + q.form);
          x(O_gapRightX, gapR[j]);
        }
        x(O_leftDist, distBin(lm >= 0 ? i - lm - 1 : -1));
        x(O_rightDist, distBin(rm >= 0 ? rm - j - 1 : -1));
        x(O_leftWindow, leftWin);
        x(O_rightWindow, windowBin(matchW[Math.min(n, j + 4)] - matchW[j + 1]));
        x(O_sides, side(lm) * 3 + side(rm));
        if (q.focus !== null) {
          if (right >= 0 && toks[right].stem === q.focus) x(O_focus, 0);
          if (toks[j].stem === q.focus) x(O_focus, 1);
          if (left >= 0 && toks[left].stem === q.focus) x(O_focus, 2);
          if (cnt(B_Focus, i, j - 1) > 0) x(O_focus, 3);
          if (focusInSentence) x(O_focus, 4);
          // Where the focus noun sits, apart for "what kind of X" (the answer modifies X).
          const at = right >= 0 && toks[right].stem === q.focus ? 0 : toks[j].stem === q.focus ? 1 : cnt(B_Focus, i, j) > 0 ? 2 : 3;
          push(O_kindFocus + (q.kindOf ? 4 : 0) + at);
        }
        x(O_sentTyped, typed.size > 0 ? 1 : 0);
        const tb = typed.get(i * n + j);
        if (tb !== undefined) x(O_typed, tb <= -1 ? 0 : tb < 0 ? 1 : tb === 0 ? 2 : tb <= 1 ? 3 : 4);
        // The question's words close around the span, and in the span's own clause(s).
        x(O_decay, shareBin(decayL[i] + decayR[j]));
        let cw = -(matchW[j + 1] - matchW[i]);
        for (let c = clause[i]; c <= clause[j]; c++) cw += clauseW[c];
        x(O_clauseCover, Math.min(4, shareBin(cw)));
        // The question's gap words (the verb before or after the answer's place) in the span's clause or another.
        if (i > 0 && gapLClause[i - 1] >= 0) push(O_gapClause + q.form * 4 + (gapLClause[i - 1] === clause[i] ? 0 : 1));
        if (j + 1 < n && gapRClause[j + 1] >= 0) push(O_gapClause + q.form * 4 + (gapRClause[j + 1] === clause[j] ? 2 : 3));
        // Another verb between the span and the nearest question word: likely another predicate's argument.
        if (lm >= 0 && i - lm > 1) push(O_between + q.form * 4 + (cnt(B_Verb, lm + 1, i - 1) > 0 ? 1 : 0));
        if (rm >= 0 && rm - j > 1) push(O_between + q.form * 4 + (cnt(B_Verb, j + 1, rm - 1) > 0 ? 3 : 2));
        x(O_sentRank, rank);
        push(O_sentRatio + ratio);
        x(O_sentCover, cover);
        out.push({ sentence: r.sentence, i, j, fstart, fend: nf });
      }
    }
  });
  return { candidates: out, features: feats.subarray(0, nf), top: ranked, typedTop };
}

/** Linear score of one candidate. */
export function score(set: CandidateSet, c: Candidate, weights: Float64Array): number {
  let s = 0;
  for (let k = c.fstart; k < c.fend; k++) s += weights[set.features[k]];
  return s;
}

// Bins from values to template values. Those called for every span are defined here rather
// than imported: calling imported ones made candidates() about 3% slower (measured).

/** Span length in words (1..16) as one of 9 values: short lengths apart, long ones grouped. */
function lenBin(n: number): number {
  if (n <= 5) return n - 1;
  if (n <= 7) return 5;
  if (n <= 10) return 6;
  if (n <= 14) return 7;
  return 8;
}

/** Tokens between the span and the nearest question word as one of 7 values (6: none). */
function distBin(d: number): number {
  if (d < 0) return 6;
  if (d <= 2) return d;
  if (d <= 4) return 3;
  if (d <= 8) return 4;
  return 5;
}

/** A sentence's BM25 score relative to the best sentence's, as one of 5 values. */
function ratioBin(r: number): number {
  if (r >= 0.999) return 0;
  if (r >= 0.8) return 1;
  if (r >= 0.6) return 2;
  if (r >= 0.4) return 3;
  return 4;
}

/** A sentence's IDF-weighted coverage of the question as one of 5 values. */
function coverBin(c: number): number {
  if (c >= 0.9) return 0;
  if (c >= 0.66) return 1;
  if (c >= 0.4) return 2;
  if (c > 0) return 3;
  return 4;
}

/** A share of the question's IDF weight as one of 6 values. */
function shareBin(x: number): number {
  if (x <= 0.001) return 0;
  if (x < 0.2) return 1;
  if (x < 0.4) return 2;
  if (x < 0.6) return 3;
  if (x < 0.8) return 4;
  return 5;
}

/** Share of the question's IDF weight in the few tokens beside a span, as one of 4 values. */
function windowBin(x: number): number {
  if (x <= 0) return 0;
  if (x < 0.2) return 1;
  if (x < 0.5) return 2;
  return 3;
}
