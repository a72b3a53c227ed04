/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum with the logic of Google's `rouge-score` package
 * (which matches the original ROUGE-1.5.5 run with `-m`), so our figures compare with published
 * ones: lowercase, tokens `[a-z0-9]+`, Porter stemming of tokens longer than 3 characters,
 * and for ROUGE-Lsum a summary-level union LCS over `\n`-separated sentences.
 */
import { stemmer } from 'stemmer';

/** Precision, recall and F1 of one comparison, each 0..1. */
export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

export type RougeType = 'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum';

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
  rougeLsum: RougeScore;
}

// Stemming dominates the cost of scoring; evaluation re-tokenizes the same words constantly.
const stemCache = new Map<string, string>();

function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    s = stemmer(token);
    if (stemCache.size < 200_000) stemCache.set(token, s);
  }
  return s;
}

/**
 * rouge-score's tokenizer: lowercase, every run of characters outside `[a-z0-9]` is a
 * separator, stem tokens longer than 3 characters when `useStemmer`.
 */
export function rougeTokens(text: string, useStemmer = true): string[] {
  const raw = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return useStemmer ? raw.map((t) => (t.length > 3 ? stem(t) : t)) : raw;
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function score(hits: number, predCount: number, targetCount: number): RougeScore {
  const precision = predCount > 0 ? hits / predCount : 0;
  const recall = targetCount > 0 ? hits / targetCount : 0;
  return { precision, recall, f: fmeasure(precision, recall) };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between token lists (clipped n-gram overlap). */
export function rougeN(target: string[], prediction: string[], n: number): RougeScore {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let hits = 0;
  for (const [gram, c] of p) hits += Math.min(c, t.get(gram) ?? 0);
  return score(hits, Math.max(0, prediction.length - n + 1), Math.max(0, target.length - n + 1));
}

/** Dynamic-programming LCS table, rows = ref + 1, cols = can + 1, flattened. */
function lcsTable(ref: string[], can: string[]): Int32Array {
  const cols = can.length + 1;
  const t = new Int32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      t[i * cols + j] =
        ref[i - 1] === can[j - 1] ? t[(i - 1) * cols + j - 1] + 1 : Math.max(t[(i - 1) * cols + j], t[i * cols + j - 1]);
    }
  }
  return t;
}

/** Indices into `ref` of one LCS with `can`, backtracked exactly as rouge-score does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  const cols = can.length + 1;
  let i = ref.length;
  let j = can.length;
  const out: number[] = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i * cols + j - 1] > t[(i - 1) * cols + j]) j--;
    else i--;
  }
  return out.reverse();
}

/** ROUGE-L over whole token sequences (sentence breaks ignored). */
export function rougeL(target: string[], prediction: string[]): RougeScore {
  if (!target.length || !prediction.length) return { precision: 0, recall: 0, f: 0 };
  const t = lcsTable(target, prediction);
  const lcs = t[t.length - 1];
  return score(lcs, prediction.length, target.length);
}

function countTokens(sents: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of sents) for (const tok of s) m.set(tok, (m.get(tok) ?? 0) + 1);
  return m;
}

/**
 * Summary-level ROUGE-L (ROUGE-Lsum): for each reference sentence, the union of its LCS
 * with every candidate sentence counts as hits, with token counts capped so that no token
 * is counted twice (as rouge-score and ROUGE-1.5.5 do).
 */
export function rougeLsum(targetSents: string[][], predSents: string[][]): RougeScore {
  const m = targetSents.reduce((a, s) => a + s.length, 0);
  const n = predSents.reduce((a, s) => a + s.length, 0);
  if (!m || !n) return { precision: 0, recall: 0, f: 0 };
  const cntR = countTokens(targetSents);
  const cntC = countTokens(predSents);
  let hits = 0;
  for (const r of targetSents) {
    const union = new Set<number>();
    for (const c of predSents) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i];
      const cr = cntR.get(tok) ?? 0;
      const cc = cntC.get(tok) ?? 0;
      if (cr > 0 && cc > 0) {
        hits++;
        cntR.set(tok, cr - 1);
        cntC.set(tok, cc - 1);
      }
    }
  }
  return score(hits, n, m);
}

/** Non-empty `\n`-separated sentences, tokenized (rouge-score's ROUGE-Lsum input). */
function sentenceTokens(text: string, useStemmer: boolean): string[][] {
  return text
    .split('\n')
    .filter((s) => s.length > 0)
    .map((s) => rougeTokens(s, useStemmer));
}

/** One ROUGE type between a reference (`target`) and a system summary (`prediction`). */
export function rougeScore(type: RougeType, target: string, prediction: string, useStemmer = true): RougeScore {
  if (type === 'rougeLsum') return rougeLsum(sentenceTokens(target, useStemmer), sentenceTokens(prediction, useStemmer));
  const t = rougeTokens(target, useStemmer);
  const p = rougeTokens(prediction, useStemmer);
  if (type === 'rouge1') return rougeN(t, p, 1);
  if (type === 'rouge2') return rougeN(t, p, 2);
  return rougeL(t, p);
}

/** All four ROUGE types at once, tokenizing each text once. */
export function rougeAll(target: string, prediction: string, useStemmer = true): RougeScores {
  const tS = sentenceTokens(target, useStemmer);
  const pS = sentenceTokens(prediction, useStemmer);
  const t = tS.flat();
  const p = pS.flat();
  return {
    rouge1: rougeN(t, p, 1),
    rouge2: rougeN(t, p, 2),
    rougeL: rougeL(t, p),
    rougeLsum: rougeLsum(tS, pS),
  };
}
