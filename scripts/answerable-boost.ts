/**
 * Gradient boosting of small regression trees for the answerability model (logistic loss,
 * Newton leaf values, shrinkage, L2 on leaves; splits searched on per-feature quantile bins).
 * Deterministic: no sampling, ties broken by feature order. Used by scripts/train-answerable.ts.
 */
import type { FlatTree, TreeModel } from '../src/core/answer/answerable-trees.ts';

/** Boosting settings (the defaults are what train-answerable.ts ships). */
export interface BoostOptions {
  trees?: number;
  depth?: number;
  rate?: number;
  /** L2 penalty on leaf values (in units of the Hessian sum). */
  lambda?: number;
  /** Smallest Hessian sum (weighted p(1-p)) a leaf may hold. */
  minHess?: number;
  bins?: number;
}

export const BOOST_DEFAULTS: Required<BoostOptions> = { trees: 150, depth: 3, rate: 0.05, lambda: 5, minHess: 5, bins: 32 };

/** Candidate thresholds per feature: distinct quantiles of its values. */
function binEdges(xs: readonly ArrayLike<number>[], nf: number, bins: number): number[][] {
  const edges: number[][] = [];
  for (let f = 0; f < nf; f++) {
    const v = xs.map((x) => x[f]).sort((a, b) => a - b);
    const set = new Set<number>();
    for (let b = 1; b < bins; b++) {
      const q = v[Math.floor((b * v.length) / bins)];
      // Split "x < q" separates q from the values below it; skip the minimum (no split).
      if (q > v[0]) set.add(q);
    }
    edges.push([...set].sort((a, b) => a - b));
  }
  return edges;
}

/**
 * Fit the ensemble on feature vectors, labels (1 right, 0 not) and example weights.
 * `names` are the feature names (stored with the model so the file stays readable and robust).
 */
export function fitTrees(xs: readonly ArrayLike<number>[], y: readonly number[], w: readonly number[], names: readonly string[], opts: BoostOptions = {}): TreeModel {
  const o = { ...BOOST_DEFAULTS, ...opts };
  const n = xs.length;
  const nf = names.length;
  const edges = binEdges(xs, nf, o.bins);
  // Pre-binned feature codes: code = number of edges <= x, so "x < edges[b]" is "code <= b".
  const codes = Array.from({ length: nf }, (_, f) => {
    const e = edges[f];
    const c = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = xs[i][f];
      let b = 0;
      while (b < e.length && v >= e[b]) b++;
      c[i] = b;
    }
    return c;
  });
  let sw = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sw += w[i];
    sy += w[i] * y[i];
  }
  const prior = Math.min(0.999, Math.max(0.001, sy / sw));
  const base = Math.log(prior / (1 - prior));
  const z = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: FlatTree[] = [];
  for (let m = 0; m < o.trees; m++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]));
      g[i] = w[i] * (p - y[i]);
      h[i] = w[i] * Math.max(1e-6, p * (1 - p));
    }
    const tree: FlatTree = { f: [], t: [], l: [], r: [], v: [] };
    const grow = (idx: Int32Array, depth: number): number => {
      const k = tree.f.length;
      tree.f.push(-1);
      tree.t.push(0);
      tree.l.push(-1);
      tree.r.push(-1);
      tree.v.push(0);
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i];
        H += h[i];
      }
      const leaf = () => {
        tree.v[k] = (-o.rate * G) / (H + o.lambda);
        for (const i of idx) z[i] += tree.v[k];
        return k;
      };
      if (depth >= o.depth || H < 2 * o.minHess) return leaf();
      const parent = (G * G) / (H + o.lambda);
      let bestGain = 1e-9;
      let bestF = -1;
      let bestB = -1;
      const hg = new Float64Array(o.bins + 1);
      const hh = new Float64Array(o.bins + 1);
      for (let f = 0; f < nf; f++) {
        const ne = edges[f].length;
        if (ne === 0) continue;
        hg.fill(0);
        hh.fill(0);
        const c = codes[f];
        for (const i of idx) {
          hg[c[i]] += g[i];
          hh[c[i]] += h[i];
        }
        let gl = 0;
        let hl = 0;
        for (let b = 0; b < ne; b++) {
          gl += hg[b];
          hl += hh[b];
          const gr = G - gl;
          const hr = H - hl;
          if (hl < o.minHess || hr < o.minHess) continue;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > bestGain) [bestGain, bestF, bestB] = [gain, f, b];
        }
      }
      if (bestF < 0) return leaf();
      const c = codes[bestF];
      const left = idx.filter((i) => c[i] <= bestB);
      const right = idx.filter((i) => c[i] > bestB);
      tree.f[k] = bestF;
      tree.t[k] = edges[bestF][bestB];
      tree.l[k] = grow(left, depth + 1);
      tree.r[k] = grow(right, depth + 1);
      return k;
    };
    grow(Int32Array.from({ length: n }, (_, i) => i), 0);
    trees.push(tree);
  }
  // Keep only the features the trees use, re-indexed, so the shipped file is small.
  const used = [...new Set(trees.flatMap((t) => t.f.filter((f) => f >= 0)))].sort((a, b) => a - b);
  const remap = new Map(used.map((f, k) => [f, k]));
  for (const t of trees) {
    t.f = t.f.map((f) => (f >= 0 ? remap.get(f)! : -1));
    t.v = t.v.map((x) => Math.round(x * 1e5) / 1e5);
  }
  return { base: Math.round(base * 1e5) / 1e5, features: used.map((f) => names[f]), trees };
}
