/**
 * A boosted ensemble of small regression trees over the answerability features: its sum (plus the
 * base log-odds) is the log-odds that the answer given is right. Fitted by
 * scripts/answerable-boost.ts; trees let feature interactions count that a linear model cannot
 * ("every word covered" means something else when the span was the model's clear favourite).
 */

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
