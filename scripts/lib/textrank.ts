/**
 * TextRank (Mihalcea & Tarau, 2004) sentence extraction: a baseline for the summary evaluation
 * only, never used by the product. Sentences are nodes, edges weigh shared words normalized by
 * sentence lengths, PageRank picks the most central sentences, shown in article order.
 */
import { STOPWORDS, words } from '../../src/core/text/text.ts';

/** Indices (ascending) of the `count` top-ranked sentences. */
export function textRank(sentences: readonly string[], count: number, damping = 0.85, iterations = 30): number[] {
  const n = sentences.length;
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  const bags = sentences.map((s) => {
    const toks = words(s).filter((w) => !STOPWORDS.has(w));
    return { set: new Set(toks), size: toks.length };
  });
  // Similarity of the original paper: shared words / (log |Si| + log |Sj|).
  const w: Float64Array[] = bags.map(() => new Float64Array(n));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = bags[i];
      const b = bags[j];
      if (a.size < 2 || b.size < 2) continue;
      let common = 0;
      for (const t of a.set) if (b.set.has(t)) common++;
      if (!common) continue;
      const sim = common / (Math.log(a.size) + Math.log(b.size));
      w[i][j] = sim;
      w[j][i] = sim;
      out[i] += sim;
      out[j] += sim;
    }
  }
  let score = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      if (!out[j]) continue;
      const share = (damping * score[j]) / out[j];
      for (let i = 0; i < n; i++) if (w[j][i]) next[i] += share * w[j][i];
    }
    score = next;
  }
  return Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => score[b] - score[a] || a - b)
    .slice(0, count)
    .sort((a, b) => a - b);
}
