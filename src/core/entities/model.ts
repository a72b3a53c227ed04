/**
 * The candidate classifier: a linear model over feature strings (an averaged multiclass
 * perceptron), deciding between not-an-entity, person, place and organisation. The weights
 * are learnt by `scripts/train-entities.ts` and shipped in weights.json; training lives
 * here too so the evaluation can cross-validate it by story.
 */
import weightsFile from './weights.json' with { type: 'json' };

/** The classes, in the order of each weight vector. */
export const CLASSES = ['none', 'person', 'place', 'organization'] as const;
export type EntityClass = (typeof CLASSES)[number];

/** Feature -> one weight per class. */
export type Weights = ReadonlyMap<string, readonly number[]>;

/** The shipped weights. */
export const SHIPPED_WEIGHTS: Weights = new Map(Object.entries((weightsFile as { weights: Record<string, number[]> }).weights));

/** Class scores of one feature set. */
export function scores(features: readonly string[], w: Weights): number[] {
  const s = [0, 0, 0, 0];
  for (const f of features) {
    const v = w.get(f);
    if (v) for (let k = 0; k < 4; k++) s[k] += v[k];
  }
  return s;
}

/** The best class of a score vector. */
export function argmax(s: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
  return best;
}

/** One training example: features and the class index. */
export interface Example {
  features: string[];
  label: number;
}

/** Train an averaged perceptron; examples are visited in a fixed shuffled order each epoch. */
export function train(examples: readonly Example[], epochs = 12, seed = 7): Map<string, number[]> {
  const w = new Map<string, number[]>();
  const total = new Map<string, number[]>();
  const stamp = new Map<string, number[]>();
  let t = 1;
  let state = seed >>> 0;
  const rand = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const order = examples.map((_, i) => i);
  const get = (m: Map<string, number[]>, f: string) => {
    let v = m.get(f);
    if (!v) {
      v = [0, 0, 0, 0];
      m.set(f, v);
    }
    return v;
  };
  const bump = (f: string, k: number, d: number) => {
    const wv = get(w, f);
    const tv = get(total, f);
    const sv = get(stamp, f);
    // Lazy averaging: add the time this weight stood unchanged before changing it.
    tv[k] += (t - sv[k]) * wv[k];
    sv[k] = t;
    wv[k] += d;
  };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const ex = examples[i];
      const guess = argmax(scores(ex.features, w));
      if (guess !== ex.label) {
        for (const f of ex.features) {
          bump(f, ex.label, 1);
          bump(f, guess, -1);
        }
      }
      t++;
    }
  }
  const avg = new Map<string, number[]>();
  for (const [f, wv] of w) {
    const tv = get(total, f);
    const sv = get(stamp, f);
    const a = wv.map((x, k) => (tv[k] + (t - sv[k]) * x) / t);
    if (a.some((x) => Math.abs(x) > 1e-3)) avg.set(f, a);
  }
  return avg;
}

/** The seeds `trainAveraged` visits the examples in by default. */
export const TRAINING_SEEDS: readonly number[] = [7, 8, 9, 10];

/**
 * The mean of the weights of averaged perceptrons trained in several shuffled orders: still one
 * linear model (classifying costs the same), but the order the examples happen to be visited in
 * moves its figures far less (one order: overall F1 within about +-0.5 from seed to seed on the
 * development stories; the mean of four: within about +-0.15).
 */
export function trainAveraged(examples: readonly Example[], seeds: readonly number[] = TRAINING_SEEDS, epochs = 12): Map<string, number[]> {
  const mean = new Map<string, number[]>();
  for (const seed of seeds) {
    for (const [f, v] of train(examples, epochs, seed)) {
      let m = mean.get(f);
      if (!m) {
        m = [0, 0, 0, 0];
        mean.set(f, m);
      }
      for (let k = 0; k < 4; k++) m[k] += v[k] / seeds.length;
    }
  }
  return mean;
}
