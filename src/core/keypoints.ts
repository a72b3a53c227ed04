/**
 * Choosing key points and the TL;DR from an article's sentences, without a model: news puts
 * the point first, so a position prior does most of the work; centrality (how much the rest of
 * the article repeats a sentence's words) and overlap with the title and lead pick out the
 * sentences that restate the story; captions, questions, quotes, first-person asides and
 * fragments are pushed down; a redundancy penalty (MMR) keeps the points from repeating each
 * other. Measured with `npm run eval -- summary` against Lead-3 (scripts/eval-summary.ts).
 */
import { cleanSentences, type CleanSentence } from './clean.ts';
import { STOPWORDS } from './text.ts';

export interface KeyPointInput {
  title: string;
  /** The body's sentences in article order. */
  sentences: string[];
}

/** A chosen sentence: its index in `sentences` and the text to show (furniture removed). */
export interface ChosenSentence {
  index: number;
  text: string;
}

/** Knobs of the ranking; the defaults are what ships. Exposed for the evaluation script. */
export interface Tuning {
  /** Position prior: a sentence's score is multiplied by 1 / (1 + rank / positionScale). */
  positionScale: number;
  /** Weight of centrality (0..1) added to the base score of 1. */
  centrality: number;
  /** Centrality is shared-term mass / (distinct terms ^ centralityExponent): lower favours longer sentences. */
  centralityExponent: number;
  /** Weight of overlap (0..1) with the title or the first sentence. */
  leadOverlap: number;
  /** MMR: a candidate's score is multiplied by 1 - redundancy x its overlap with a chosen point. */
  redundancy: number;
  /** Multipliers for sentences that rarely make good summary sentences. */
  captionPenalty: number;
  questionPenalty: number;
  quotePenalty: number;
  firstPersonPenalty: number;
  /** Sentences shorter than this many words are scaled down toward 30%. */
  minWords: number;
  /** Sentences longer than this many words are scaled by maxWords / words. */
  maxWords: number;
}

/** What ships for key points. */
export const DEFAULT_TUNING: Tuning = {
  positionScale: 1.5,
  centrality: 0.5,
  centralityExponent: 0.5,
  leadOverlap: 0.3,
  redundancy: 0.9,
  captionPenalty: 0.5,
  questionPenalty: 0.4,
  quotePenalty: 0.7,
  firstPersonPenalty: 0.5,
  minWords: 8,
  maxWords: 55,
};

/**
 * What ships for the TL;DR: one sentence must carry the story, so centrality weighs more and
 * position less than for key points (with one-sentence references the lead sentence is right
 * less often than it is among three).
 */
export const TLDR_TUNING: Tuning = {
  ...DEFAULT_TUNING,
  positionScale: 12,
  centrality: 8,
  minWords: 12,
};

interface Candidate extends CleanSentence {
  /** Rank among the cleaned sentences (0 = first). */
  rank: number;
  terms: Set<string>;
  wordCount: number;
  score: number;
}

/** Light normalization so "police"/"police's" and "attack"/"attacks" meet; cheap by design. */
function norm(w: string): string {
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function termsOf(text: string): { terms: Set<string>; count: number } {
  const terms = new Set<string>();
  let count = 0;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    count++;
    const w = m[0];
    if (w.length > 1 && !STOPWORDS.has(w)) terms.add(norm(w));
  }
  return { terms, count };
}

/** Cosine-style overlap of two term sets, 0..1. */
function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const t of small) if (big.has(t)) n++;
  return n / Math.sqrt(a.size * b.size);
}

const QUESTION = /\?["”'’)\]]*$/;
const QUOTE_START = /^["“'‘]/;
const QUOTATION_SPANS = /["“][^"”]*["”]/g;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we've|us|our)\b/i;

/** Score every usable sentence (furniture removed); higher is more summary-worthy. */
function candidates(input: KeyPointInput, t: Tuning): Candidate[] {
  const cands: Candidate[] = cleanSentences(input.sentences).map((c, rank) => {
    const { terms, count } = termsOf(c.text);
    return { ...c, rank, terms, wordCount: count, score: 0 };
  });
  if (!cands.length) return cands;
  // Document frequency of each term across sentences: central sentences share many terms.
  const df = new Map<string, number>();
  for (const c of cands) for (const w of c.terms) df.set(w, (df.get(w) ?? 0) + 1);
  const title = termsOf(input.title).terms;
  const lead = cands[0].terms;
  let maxCentral = 0;
  const central = cands.map((c) => {
    let s = 0;
    for (const w of c.terms) s += (df.get(w) ?? 1) - 1;
    const v = c.terms.size ? s / c.terms.size ** t.centralityExponent : 0;
    if (v > maxCentral) maxCentral = v;
    return v;
  });
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const position = 1 / (1 + c.rank / t.positionScale);
    const cent = maxCentral > 0 ? central[i] / maxCentral : 0;
    const leadSim = Math.max(title.size ? overlap(c.terms, title) : 0, i > 0 ? overlap(c.terms, lead) : 1);
    let s = position * (1 + t.centrality * cent + t.leadOverlap * leadSim);
    if (c.caption) s *= t.captionPenalty;
    if (QUESTION.test(c.text)) s *= t.questionPenalty;
    if (QUOTE_START.test(c.text)) s *= t.quotePenalty;
    // The writer speaking in the first person (outside the quotations they report): a column's aside.
    if (FIRST_PERSON.test(c.text.replace(QUOTATION_SPANS, ' '))) s *= t.firstPersonPenalty;
    if (c.wordCount < t.minWords) s *= 0.3 + (0.7 * c.wordCount) / t.minWords;
    if (c.wordCount > t.maxWords) s *= t.maxWords / c.wordCount;
    c.score = s;
  }
  return cands;
}

/** Greedy MMR: best score first, each pick discounted by its overlap with points already chosen. */
function pick(cands: Candidate[], count: number, t: Tuning): Candidate[] {
  const chosen: Candidate[] = [];
  const left = [...cands];
  while (chosen.length < count && left.length) {
    let best = 0;
    let bestVal = -Infinity;
    for (let i = 0; i < left.length; i++) {
      let red = 0;
      for (const c of chosen) red = Math.max(red, overlap(left[i].terms, c.terms));
      const v = left[i].score * (1 - t.redundancy * red);
      if (v > bestVal) {
        bestVal = v;
        best = i;
      }
    }
    chosen.push(left[best]);
    left.splice(best, 1);
  }
  return chosen.sort((a, b) => a.index - b.index);
}

/**
 * The key points to show: `count` sentences (fewer when the article is shorter), in article
 * order, no repeats, with furniture such as "(CNN) --" or "(pictured)" removed from the text.
 */
export function selectKeyPointSentences(input: KeyPointInput, count: number, tuning: Partial<Tuning> = {}): ChosenSentence[] {
  const t = { ...DEFAULT_TUNING, ...tuning };
  return pick(candidates(input, t), Math.max(0, Math.floor(count)), t).map((c) => ({ index: c.index, text: c.text }));
}

/** Indices (ascending) of the sentences chosen as key points. */
export function selectKeyPoints(input: KeyPointInput, count: number): number[] {
  return selectKeyPointSentences(input, count).map((c) => c.index);
}

/** The sentence that best states the story in one line, cleaned; null for an empty article. */
export function selectTldrSentence(input: KeyPointInput, tuning: Partial<Tuning> = {}): ChosenSentence | null {
  const cands = candidates(input, { ...TLDR_TUNING, ...tuning });
  if (!cands.length) return null;
  let best = cands[0];
  for (const c of cands) if (c.score > best.score) best = c;
  return { index: best.index, text: best.text };
}

/** Index of the sentence that best states the story in one line (-1 for an empty article). */
export function selectTldr(input: KeyPointInput): number {
  return selectTldrSentence(input)?.index ?? -1;
}

/**
 * How many key points a briefing shows by default for an article of `sentenceCount` sentences.
 * Three is what readers of news summaries expect and what scores best against human highlights;
 * long articles get a fourth and fifth point.
 */
export function defaultKeyPointCount(sentenceCount: number): number {
  if (sentenceCount >= 80) return 5;
  if (sentenceCount >= 45) return 4;
  return 3;
}
