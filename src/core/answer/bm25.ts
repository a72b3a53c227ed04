/**
 * Okapi BM25 over the sentences of one article: which sentences share the question's rarer
 * words. IDF is computed over the article's own sentences (a sentence is a "document").
 */

export interface Bm25Index {
  /** Term frequencies per sentence. */
  tf: Map<string, number>[];
  lengths: number[];
  avgLength: number;
  /** Number of sentences containing each term. */
  df: Map<string, number>;
}

/** Build an index from each sentence's terms (already lowercased / stemmed / filtered). */
export function bm25Index(docs: readonly (readonly string[])[]): Bm25Index {
  const tf: Map<string, number>[] = [];
  const df = new Map<string, number>();
  let total = 0;
  for (const terms of docs) {
    const m = new Map<string, number>();
    for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
    for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    tf.push(m);
    total += terms.length;
  }
  return { tf, lengths: docs.map((d) => d.length), avgLength: docs.length ? total / docs.length || 1 : 1, df };
}

/** Smoothed IDF (never negative, so a very common word still counts a little). */
export function idf(index: Bm25Index, term: string): number {
  const n = index.tf.length;
  const d = index.df.get(term) ?? 0;
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}

/** BM25 score of every sentence for a query (distinct terms), k1 = 1.2, b = 0.75. */
export function bm25Scores(index: Bm25Index, query: readonly string[], k1 = 1.2, b = 0.75): number[] {
  const scores = new Array<number>(index.tf.length).fill(0);
  const seen = new Set<string>();
  for (const q of query) {
    if (seen.has(q)) continue;
    seen.add(q);
    if (!index.df.has(q)) continue;
    const w = idf(index, q);
    for (let i = 0; i < index.tf.length; i++) {
      const f = index.tf[i].get(q);
      if (!f) continue;
      const norm = k1 * (1 - b + (b * index.lengths[i]) / index.avgLength);
      scores[i] += (w * f * (k1 + 1)) / (f + norm);
    }
  }
  return scores;
}
