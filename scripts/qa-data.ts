/**
 * Shared by the QA training and evaluation scripts: reading `{id, title, context, question,
 * answers}` lines, SQuAD answer normalisation, exact match and token F1.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../src/core/types.ts';

export interface QaRow {
  id: string;
  title: string;
  context: string;
  question: string;
  answers: string[];
}

/** Read a QA JSONL file (blank lines skipped). */
export function readQa(path: string): QaRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QaRow);
}

/** An Article around a bare context paragraph (no title, caption or dateline). */
export function contextArticle(row: { id: string; context: string }): Article {
  return {
    id: row.id,
    title: '',
    text: row.context,
    caption: null,
    dateline: { place: null, date: null, agency: null },
    url: null,
    publishedAt: null,
    source: null,
  };
}

/**
 * contextArticle for many rows at once: one Article per paragraph (named for the first row asked of
 * it), so the answerer prepares each paragraph once (prepareArticle caches by article object) instead
 * of once per question. The answers are the same (the answerer reads no article id); qa2-dev asks
 * ~30 questions of each paragraph, and answering its 2,066 took 2.5x the CPU with an article per row.
 */
export function paragraphArticles(): (row: { id: string; context: string }) => Article {
  const byContext = new Map<string, Article>();
  return (row) => {
    let a = byContext.get(row.context);
    if (!a) byContext.set(row.context, (a = contextArticle(row)));
    return a;
  };
}

/** SQuAD normalisation: lowercase, drop punctuation and a/an/the, squeeze white space. */
export function normalizeAnswer(s: string): string {
  return s
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~‘’“”—–]/g, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function exactMatch(pred: string, gold: string): number {
  return normalizeAnswer(pred) === normalizeAnswer(gold) ? 1 : 0;
}

/** Token-level F1 between a prediction and one gold answer. */
export function f1Score(pred: string, gold: string): number {
  const p = normalizeAnswer(pred).split(' ').filter(Boolean);
  const g = normalizeAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      same++;
      counts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Best score over all gold answers (SQuAD: any answer counts). */
export function best(metric: (p: string, g: string) => number, pred: string, golds: string[]): number {
  return Math.max(0, ...golds.map((g) => metric(pred, g)));
}

/** Does a sentence contain a gold answer (after normalisation)? */
export function containsAnswer(sentence: string, golds: string[]): boolean {
  const s = ` ${normalizeAnswer(sentence)} `;
  return golds.some((g) => {
    const n = normalizeAnswer(g);
    return n.length > 0 && s.includes(` ${n} `);
  });
}
