/**
 * The span model: a linear scorer whose weights were fitted on the development questions by
 * scripts/train-qa.ts and shipped in weights.ts (per feature template, so a template
 * added later simply starts at zero).
 */
import { NFEATURES, OFFSETS, TEMPLATES } from './templates.ts';
import { NRERANK, RERANK_FEATURES } from './rerank.ts';
import { ANSWER_WEIGHTS, RERANK_WEIGHTS } from './weights.ts';
import type { RerankTable, WeightTable } from './tables.ts';

export type { RerankTable, WeightTable } from './tables.ts';

/** Lay a weight table out as the dense vector the scorer indexes. */
export function loadWeights(table: WeightTable): Float64Array {
  const w = new Float64Array(NFEATURES);
  for (const [name, size] of TEMPLATES) {
    const v = table[name];
    if (!v) continue;
    for (let k = 0; k < Math.min(size, v.length); k++) w[OFFSETS[name] + k] = v[k];
  }
  return w;
}

/** The dense vector as a table keyed by template name (what the training script saves). */
export function weightTable(w: Float64Array): WeightTable {
  const out: Record<string, number[]> = {};
  for (const [name, size] of TEMPLATES) {
    out[name] = Array.from(w.subarray(OFFSETS[name], OFFSETS[name] + size), (x) => Math.round(x * 1e4) / 1e4);
  }
  return out;
}

let shipped: Float64Array | null = null;
/** The shipped weights (loaded once). */
export function defaultWeights(): Float64Array {
  shipped ??= loadWeights(ANSWER_WEIGHTS);
  return shipped;
}

/** Lay a re-ranker table out as the dense vector (a feature added later starts at zero). */
export function loadRerankWeights(table: RerankTable): Float64Array {
  return Float64Array.from(RERANK_FEATURES, (name) => table[name] ?? 0);
}

/** The re-ranker vector as a table keyed by feature name. */
export function rerankTable(w: Float64Array): RerankTable {
  const out: RerankTable = {};
  for (let k = 0; k < NRERANK; k++) if (w[k] !== 0) out[RERANK_FEATURES[k]] = Math.round(w[k] * 1e4) / 1e4;
  return out;
}

let shippedRerank: Float64Array | null = null;
/** The shipped re-ranker weights (loaded once). */
export function defaultRerankWeights(): Float64Array {
  shippedRerank ??= loadRerankWeights(RERANK_WEIGHTS);
  return shippedRerank;
}
