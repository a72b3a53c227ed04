/**
 * Gradient boosting of small regression trees for the answerability model (logistic loss,
 * Newton leaf values, shrinkage, L2 on leaves; splits searched on per-feature quantile bins).
 * Deterministic: no sampling, ties broken by feature order. scripts/train-answerable.ts --compare
 * reports it beside the shipped logistic model (it did not beat it on our data: see docs/answers.md).
 */
import type { AnswerableExample } from './answerable-cv.ts';

/** One tree, flattened: node k splits on feature `f[k]` at `t[k]` (x < t goes to `l[k]`, else `r[k]`); a leaf has f = -1 and value `v[k]`. */
export interface FlatTree {
  f: number[];
  t: number[];
  l: number[];
  r: number[];
  v: number[];
}

/** A fitted ensemble: base log-odds, the trees, and the feature names they index (in the order the trees use). */
export interface TreeModel {
  base: number;
  features: string[];
  trees: FlatTree[];
}

/** The ensemble's log-odds for a feature vector laid out as `index` (feature name -> position) says. */
export function treeLogit(model: TreeModel, x: ArrayLike<number>, index: ReadonlyMap<string, number>): number {
  const cols = model.features.map((n) => index.get(n) ?? -1);
  let z = model.base;
  for (const tree of model.trees) {
    let k = 0;
    while (tree.f[k] >= 0) {
      const c = cols[tree.f[k]];
      const v = c >= 0 ? x[c] : 0;
      k = v < tree.t[k] ? tree.l[k] : tree.r[k];
    }
    z += tree.v[k];
  }
  return z;
}

/**
 * Held-out probabilities from boosted trees, folds as answerable-cv.ts crossValidated deals them
 * (sorted article names, round robin), so the two models are compared on the same splits.
 */
export function crossValidatedTrees(examples: readonly AnswerableExample[], names: readonly string[], opts: BoostOptions = {}, k = 5): Float64Array {
  const index = new Map(names.map((n, i) => [n, i]));
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % k]));
  const p = new Float64Array(examples.length);
  for (let f = 0; f < Math.min(k, groups.length); f++) {
    const train = examples.filter((e) => foldOf.get(e.group) !== f && e.features);
    const model = fitTrees(
      train.map((e) => e.features!),
      train.map((e) => (e.right ? 1 : 0)),
      train.map((e) => e.weight ?? 1),
      names,
      opts,
    );
    examples.forEach((e, j) => {
      if (foldOf.get(e.group) === f) p[j] = e.features ? 1 / (1 + Math.exp(-treeLogit(model, e.features, index))) : 0;
    });
  }
  return p;
}

/** Boosting settings (the defaults are what train-answerable.ts --compare uses). */
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
