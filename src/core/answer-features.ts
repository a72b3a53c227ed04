/**
 * Candidate answer spans and their features. An article is prepared once (sentences, tokens,
 * a BM25 index); for a question, every short span of the best-matching sentences becomes a
 * candidate described by sparse features (length, edges, neighbours, overlap with the
 * question, distance to the question's words, type cues), each crossed with the kind of
 * answer the question expects. A linear model (answer-model.ts) scores them.
 */
import type { Article } from './types.ts';
import { bm25Index, bm25Scores, idf, type Bm25Index } from './bm25.ts';
import { typedSpans } from './answer-rules.ts';
import { isDateWord } from './dates.ts';
import { NEXPECT, type QuestionInfo } from './question-type.ts';
import { Cls, CLS_EDGE, CLS_MATCH, NCLS, NLEX, contentStems, isLowerContent, isStop, tokenize, type Token } from './spans.ts';
import { sentences } from './text.ts';

export interface PreparedSentence {
  text: string;
  /** Index in the body's sentence list, or in the caption's for caption sentences. */
  index: number;
  from: 'body' | 'caption';
  tokens: Token[];
}

export interface PreparedArticle {
  sentences: PreparedSentence[];
  index: Bm25Index;
}

/** Values per crossed template value: one per answer kind plus the shared one. */
const NE = NEXPECT;
const EX = NE + 1;

const cache = new WeakMap<Article, { text: string; caption: string | null; prepared: PreparedArticle }>();

/** Sentences of body and caption, tokenised and indexed once per article object. */
export function prepareArticle(article: Article): PreparedArticle {
  const hit = cache.get(article);
  if (hit && hit.text === article.text && hit.caption === article.caption) return hit.prepared;
  const list: PreparedSentence[] = [];
  sentences(article.text).forEach((text, index) => list.push(lazySentence(text, index, 'body')));
  // The caption is article text too (it often says where a photo was taken): it may be
  // evidence for an answer even though it is never summarized.
  if (article.caption) {
    sentences(article.caption).forEach((text, index) => list.push(lazySentence(text, index, 'caption')));
  }
  const prepared = { sentences: list, index: bm25Index(list.map((s) => contentStems(s.text))) };
  cache.set(article, { text: article.text, caption: article.caption, prepared });
  return prepared;
}

/**
 * A sentence whose part-of-speech tokens are computed on first use: retrieval needs only
 * stems, and only the few best sentences are ever read token by token.
 */
function lazySentence(text: string, index: number, from: 'body' | 'caption'): PreparedSentence {
  let tokens: Token[] | undefined;
  return {
    text,
    index,
    from,
    get tokens(): Token[] {
      tokens ??= tokenize(text);
      return tokens;
    },
  };
}

/** Feature templates: name and number of values. Order fixes the weight layout. */
export const TEMPLATES: readonly (readonly [string, number])[] = [
  // Templates crossed with the expected answer kind also keep a shared value (index NEXPECT),
  // so rare kinds back off to what all questions share.
  ['len', 9 * EX],
  ['first', NCLS * EX],
  ['last', NCLS * EX],
  ['left', NCLS * EX],
  ['right', NCLS * EX],
  ['firstLex', NLEX * EX],
  ['lastLex', NLEX * EX],
  ['leftLex', NLEX * EX],
  ['rightLex', NLEX * EX],
  ['overlap', 4 * EX],
  ['overlapFrac', 4 * EX],
  ['props', 19 * EX],
  ['leftDist', 7 * EX],
  ['rightDist', 7 * EX],
  ['focus', 5 * EX],
  ['sentRank', 3 * EX],
  ['sentRatio', 5],
  ['sentCover', 5 * EX],
  ['leftFirst', NCLS * NCLS],
  ['lastRight', NCLS * NCLS],
  ['firstLast', NCLS * NCLS],
  ['leftWindow', 4 * EX],
  ['rightWindow', 4 * EX],
  ['sides', 9 * EX],
  ['formPos', 16 * EX],
  ['near', 6 * 4],
  ['prevWord', EX],
  ['leftPath', NCLS * 5 * 4],
  ['rightPath', NCLS * 5 * 4],
  ['leftQ', 2 * 3 * 5 * 4],
  ['rightQ', 2 * 3 * 5 * 4],
  ['spanIdf', 4 * EX],
  ['bigrams', 3 * EX],
  ['gapLeft', 6 * 4],
  ['gapRight', 6 * 4],
  ['gapLeftX', 6 * EX],
  ['gapRightX', 6 * EX],
  ['typed', 5 * EX],
  ['sentTyped', 2 * EX],
  ['kindFocus', 8],
  ['bias', 1],
];
export const OFFSETS: Record<string, number> = {};
let total = 0;
for (const [name, size] of TEMPLATES) {
  OFFSETS[name] = total;
  total += size;
}
/** Total number of features. */
export const NFEATURES = total;

/** How many top BM25 sentences yield candidates. */
export const TOP_SENTENCES = 3;
/** Longest candidate, in words. */
export const MAX_SPAN_WORDS = 16;

export interface Candidate {
  sentence: number;
  /** First and last token (inclusive). */
  i: number;
  j: number;
  /** Offset of this candidate's features in CandidateSet.features. */
  fstart: number;
  fend: number;
}

export interface CandidateSet {
  candidates: Candidate[];
  features: Int32Array;
  /** Per top sentence: index into PreparedArticle.sentences, BM25 score, IDF coverage. */
  top: { sentence: number; score: number; coverage: number }[];
  /** Per top sentence: does it hold a span of the shape the question asks for (answer-rules.ts)? */
  typedTop: boolean[];
}

function lenBin(n: number): number {
  if (n <= 5) return n - 1;
  if (n <= 7) return 5;
  if (n <= 10) return 6;
  if (n <= 14) return 7;
  return 8;
}

function distBin(d: number): number {
  if (d < 0) return 6;
  if (d <= 2) return d;
  if (d <= 4) return 3;
  if (d <= 8) return 4;
  return 5;
}

function ratioBin(r: number): number {
  if (r >= 0.999) return 0;
  if (r >= 0.8) return 1;
  if (r >= 0.6) return 2;
  if (r >= 0.4) return 3;
  return 4;
}

function coverBin(c: number): number {
  if (c >= 0.9) return 0;
  if (c >= 0.66) return 1;
  if (c >= 0.4) return 2;
  if (c > 0) return 3;
  return 4;
}

/** Sentence ranking for a question: BM25 order, with IDF-weighted question coverage. */
export function rankSentences(prep: PreparedArticle, q: QuestionInfo): { sentence: number; score: number; coverage: number }[] {
  const scores = bm25Scores(prep.index, q.terms);
  let idfTotal = 0;
  const weights = q.terms.map((t) => {
    // "What *year*": a noun that only names the answer's kind need not be in the sentence.
    if (t === q.focus && q.expect !== 'thing') return 0;
    // A word the article never uses still counts against coverage (it is what is asked).
    const w = prep.index.df.has(t) ? idf(prep.index, t) : Math.log(1 + prep.sentences.length + 0.5);
    idfTotal += w;
    return w;
  });
  const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  return order.map((sentence) => {
    let covered = 0;
    const tf = prep.index.tf[sentence];
    q.terms.forEach((t, k) => {
      if (tf.has(t)) covered += weights[k];
    });
    return { sentence, score: scores[sentence], coverage: idfTotal > 0 ? covered / idfTotal : 0 };
  });
}

const CURRENCY = /^[$£€¥%]$|%$|^(dollars?|euros?|pounds?|yuan|yen|percent|cents?)$/;


function windowBin(x: number): number {
  if (x <= 0) return 0;
  if (x < 0.2) return 1;
  if (x < 0.5) return 2;
  return 3;
}

// Hot-loop copies of imported constants: module bindings are getters once compiled.
const C_Prep = Cls.Prep;
const C_Det = Cls.Det;
const C_Conj = Cls.Conj;
const O_bias = OFFSETS.bias;
const O_kindFocus = OFFSETS.kindFocus;
const O_bigrams = OFFSETS.bigrams;
const O_first = OFFSETS.first;
const O_firstLast = OFFSETS.firstLast;
const O_firstLex = OFFSETS.firstLex;
const O_focus = OFFSETS.focus;
const O_formPos = OFFSETS.formPos;
const O_gapLeft = OFFSETS.gapLeft;
const O_gapLeftX = OFFSETS.gapLeftX;
const O_gapRight = OFFSETS.gapRight;
const O_gapRightX = OFFSETS.gapRightX;
const O_last = OFFSETS.last;
const O_lastLex = OFFSETS.lastLex;
const O_lastRight = OFFSETS.lastRight;
const O_left = OFFSETS.left;
const O_leftDist = OFFSETS.leftDist;
const O_leftFirst = OFFSETS.leftFirst;
const O_leftLex = OFFSETS.leftLex;
const O_leftPath = OFFSETS.leftPath;
const O_leftQ = OFFSETS.leftQ;
const O_leftWindow = OFFSETS.leftWindow;
const O_len = OFFSETS.len;
const O_near = OFFSETS.near;
const O_overlap = OFFSETS.overlap;
const O_overlapFrac = OFFSETS.overlapFrac;
const O_prevWord = OFFSETS.prevWord;
const O_props = OFFSETS.props;
const O_right = OFFSETS.right;
const O_rightDist = OFFSETS.rightDist;
const O_rightLex = OFFSETS.rightLex;
const O_rightPath = OFFSETS.rightPath;
const O_rightQ = OFFSETS.rightQ;
const O_rightWindow = OFFSETS.rightWindow;
const O_sentCover = OFFSETS.sentCover;
const O_sentRank = OFFSETS.sentRank;
const O_sentRatio = OFFSETS.sentRatio;
const O_sentTyped = OFFSETS.sentTyped;
const O_sides = OFFSETS.sides;
const O_spanIdf = OFFSETS.spanIdf;
const O_typed = OFFSETS.typed;
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
  const terms = new Set(q.terms);
  let idfTotal = 0;
  const termIdf = new Map<string, number>();
  for (const t of q.terms) {
    const w = idf(prep.index, t);
    termIdf.set(t, w);
    idfTotal += w;
  }
  ranked.forEach((r, rank) => {
    const toks = prep.sentences[r.sentence].tokens;
    const n = toks.length;
    // Per-token facts and prefix counts, so each span's features cost O(1).
    const match = toks.map((t) => t.isWord && terms.has(t.stem) && !isStop(t.lower));
    const cls = toks.map((t, k) => (match[k] ? CLS_MATCH : t.cls));
    const bits = new Int32Array(n);
    const matchW = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) {
      const t = toks[k];
      let b = 0;
      if (t.isWord) b |= 1 << 0;
      if (match[k]) b |= 1 << 1;
      if (t.cls === C_Num) b |= 1 << 2;
      if (/^(1\d{3}|20\d{2})s?$/.test(t.text)) b |= 1 << 3;
      if (t.isWord && isDateWord(t.text)) b |= 1 << 4;
      if (t.cls === C_Cap || t.cls === C_Num) b |= 1 << 5;
      if (isLowerContent(t.cls)) b |= 1 << 6;
      if (CURRENCY.test(t.lower)) b |= 1 << 7;
      if (t.cls === C_Comma) b |= 1 << 8;
      if (t.lower === 'and' || t.lower === 'or') b |= 1 << 9;
      if (t.cls === C_Open || t.text === '"') b |= 1 << 10;
      if (t.cls === C_Close || t.text === '"') b |= 1 << 11;
      if (t.text === '(') b |= 1 << 12;
      if (t.text === ')') b |= 1 << 13;
      if (t.cls === C_Wh) b |= 1 << 14;
      if (t.cls === C_Aux) b |= 1 << 15;
      if (t.cls === C_Pron) b |= 1 << 16;
      if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–') b |= 1 << 17;
      if (q.focus !== null && t.stem === q.focus) b |= 1 << 18;
      if (t.cls === C_Verb || t.cls === C_VerbPast) b |= 1 << 19;
      bits[k] = b;
      matchW[k + 1] = matchW[k] + (match[k] ? (termIdf.get(t.stem) ?? 0) / (idfTotal || 1) : 0);
    }
    const NB = 20;
    // pre[b * (n + 1) + k]: tokens before k with bit b.
    const pre = new Int32Array(NB * (n + 1));
    for (let b = 0; b < NB; b++) {
      const o = b * (n + 1);
      for (let k = 0; k < n; k++) pre[o + k + 1] = pre[o + k] + ((bits[k] >> b) & 1);
    }
    const cnt = (b: number, i: number, j: number): number => pre[b * (n + 1) + j + 1] - pre[b * (n + 1) + i];
    // Nearest question word before k / after k.
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
    const focusInSentence = cnt(18, 0, n - 1) > 0;
    // Which of the question's anchor words (before the wh-word, right after it, last) lie
    // within three tokens left of each start / right of each end.
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
    const prevWordLex = q.prevWord;
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
    const bigramF = Math.min(bigramHits, 2);
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
    // Spans with the shape the question's kind asks for (answer-rules.ts), keyed by i * n + j.
    const typed = new Map<number, number>();
    for (const t of typedSpans([{ index: r.sentence, tokens: toks, text: prep.sentences[r.sentence].text, match }], q, news)) {
      const key = t.i * n + t.j;
      typed.set(key, Math.max(typed.get(key) ?? -Infinity, t.bonus));
    }
    typedTop.push(typed.size > 0);
    const gapBin = (g: number): number => (g <= 2 ? g : g <= 4 ? 3 : 4);
    // Distance from each start back to the question's gap-left word, and from each end on to
    // its gap-right word (5 = not within reach).
    const gapL = new Int32Array(n).fill(5);
    const gapR = new Int32Array(n).fill(5);
    for (let k = 0; k < n; k++) {
      if (!match[k]) continue;
      if (toks[k].stem === q.gapLeft) for (let d = 0; d < 5 && k + 1 + d < n; d++) gapL[k + 1 + d] = Math.min(gapL[k + 1 + d], gapBin(d));
      if (toks[k].stem === q.gapRight) for (let d = 0; d < 5 && k - 1 - d >= 0; d++) gapR[k - 1 - d] = Math.min(gapR[k - 1 - d], gapBin(d));
    }
    const ratio = ratioBin(bestScore > 0 ? r.score / bestScore : 0);
    const cover = coverBin(r.coverage);
    for (let i = 0; i < n; i++) {
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
        const words = cnt(0, i, j);
        if (words > MAX_SPAN_WORDS) break;
        // A span across ";" or ":" joins two clauses: never one answer.
        if (cnt(17, i, j) > 0) break;
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
        const ov = cnt(1, i, j);
        x(O_overlap, Math.min(ov, 3));
        const frac = ov / words;
        x(O_overlapFrac, frac === 0 ? 0 : frac <= 0.25 ? 1 : frac <= 0.5 ? 2 : 3);
        if (cnt(2, i, j) > 0) x(O_props, 0);
        if (cnt(3, i, j) > 0) x(O_props, 1);
        if (cnt(4, i, j) > 0) x(O_props, 2);
        if (cnt(5, i, j) === words) x(O_props, 3);
        if (toks[i].cls === C_Cap) x(O_props, 4);
        if (cnt(7, i, j) > 0 || (left >= 0 && CURRENCY.test(toks[left].text))) x(O_props, 5);
        if (cnt(8, i, j) > 0) x(O_props, 6);
        if (cnt(9, i, j) > 0) x(O_props, 7);
        if (cnt(10, i, j) !== cnt(11, i, j) || cnt(12, i, j) !== cnt(13, i, j)) x(O_props, 8);
        if (cnt(14, i, j) > 0) x(O_props, 9);
        if (cnt(15, i, j) > 0) x(O_props, 10);
        if (cnt(16, i, j) > 0) x(O_props, 11);
        if (cnt(17, i, j) > 0) x(O_props, 12);
        const rm = j + 1 < n ? nextMatch[j + 1] : -1;
        if (lm >= 0 && rm >= 0) x(O_props, 13);
        if (cnt(6, i, j) === 0) x(O_props, 14);
        if (ov === words) x(O_props, 15);
        if (cnt(19, i, j) > 0) x(O_props, 18);
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
        const content = words - cnt(1, i, j);
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
          if (cnt(18, i, j - 1) > 0) x(O_focus, 3);
          if (focusInSentence) x(O_focus, 4);
          // Where the focus noun sits, apart for "what kind of X" (the answer modifies X).
          const at = right >= 0 && toks[right].stem === q.focus ? 0 : toks[j].stem === q.focus ? 1 : cnt(18, i, j) > 0 ? 2 : 3;
          push(O_kindFocus + (q.kindOf ? 4 : 0) + at);
        }
        x(O_sentTyped, typed.size > 0 ? 1 : 0);
        const tb = typed.get(i * n + j);
        if (tb !== undefined) x(O_typed, tb <= -1 ? 0 : tb < 0 ? 1 : tb === 0 ? 2 : tb <= 1 ? 3 : 4);
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
