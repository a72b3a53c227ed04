/**
 * Question words the article spells differently: a typo ("coruption", "cynaobacteria") or
 * another form of the same word ("martyrdom" / "martyr", "partnership" / "partner"). Such a
 * word would match no sentence, so it is read as the article's closest word instead, when
 * one is close enough to be the same word.
 */
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { editDistance } from '../text/edit-distance.ts';

/** Shortest stem that may be matched loosely: short words are too easily confused. */
const MIN_LENGTH = 5;

/** What a superlative adds to its adjective ("strong" / "strongest", "larg" / "largest"). */
const SUPERLATIVE = /^e?st$/;

/** How far apart two stems are as spellings of one word (Infinity: different words). */
function distance(q: string, w: string): number {
  if (w.length < MIN_LENGTH || q[0] !== w[0]) return Infinity;
  // One form extends the other: "partner" / "partnership", "martyr" / "martyrdom".
  // A superlative is another claim, not another spelling: "How strong was the quake?" is not
  // asking about "the strongest" aftershock.
  if (SUPERLATIVE.test(w.slice(q.length)) && w.startsWith(q.replace(/e$/, ''))) return Infinity;
  if (w.length >= 6 && q.length >= 6 && (q.startsWith(w) || w.startsWith(q))) return 1.5;
  const d = editDistance(q, w, q.length >= 8 ? 2 : 1);
  // One letter swapped for another in a short word is another word ("state" / "stage");
  // two letters swapped round, a letter dropped or doubled, is a typo.
  if (d === 1 && q.length === w.length && q.length < 8 && !swapped(q, w)) return Infinity;
  return d;
}

/** Do two equally long words differ only by two neighbouring letters swapped round? */
function swapped(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k + 1 < a.length && a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
}

const memo = new WeakMap<PreparedArticle, Map<string, string | null>>();

/** The article's word a question stem stands for, or null when none is close. */
function articleWord(prep: PreparedArticle, term: string): string | null {
  let m = memo.get(prep);
  if (!m) memo.set(prep, (m = new Map()));
  const hit = m.get(term);
  if (hit !== undefined) return hit;
  let best: string | null = null;
  let bestD = Infinity;
  let bestDf = 0;
  if (term.length >= MIN_LENGTH && !/\d/.test(term)) {
    for (const [w, df] of prep.index.df) {
      const d = distance(term, w);
      if (d < bestD || (d === bestD && d < Infinity && df > bestDf)) [best, bestD, bestDf] = [w, d, df];
    }
  }
  m.set(term, best);
  return best;
}

/** The question with each stem the article lacks replaced by the article's spelling of it, if any. */
export function alignQuestion(q: QuestionInfo, prep: PreparedArticle): QuestionInfo {
  const map = new Map<string, string>();
  for (const t of q.terms) {
    if (prep.index.df.has(t)) continue;
    const w = articleWord(prep, t);
    if (w !== null && !q.terms.includes(w)) map.set(t, w);
  }
  if (map.size === 0) return q;
  const f = (s: string | null): string | null => (s === null ? null : map.get(s) ?? s);
  const g = (s: string): string => map.get(s) ?? s;
  return {
    ...q,
    terms: q.terms.map(g),
    focus: f(q.focus),
    prevTerm: f(q.prevTerm),
    nextTerm: f(q.nextTerm),
    lastTerm: f(q.lastTerm),
    gapLeft: f(q.gapLeft),
    gapRight: f(q.gapRight),
    termOffset: new Map([...q.termOffset].map(([k, v]) => [g(k), v])),
    bigrams: new Set([...q.bigrams].map((b) => b.split(' ').map(g).join(' '))),
    afterWh: new Set([...q.afterWh].map(g)),
  };
}
