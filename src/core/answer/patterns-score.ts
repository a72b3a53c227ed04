/**
 * "What was the score when City lost at Manchester United?": a match score ("4-2") in the
 * sentence that shares most of the question and names the sides it asks about. (Moved from
 * patterns.ts.)
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { isStop } from './spans.ts';

export function score(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  if (!/^what (?:was|is|were) the (?:final |half-time |full-time |match )?score\b/i.test(q.trim())) return null;
  const half = /half-time|half time|interval/i.test(q);
  // The score in the sentence that shares most of the question; on a tie, the earliest (the lead's match).
  let found: PatternResult | null = null;
  let cover = -1;
  // "What was the score when Aston Villa beat Tottenham?": the sides the question names must be in
  // the score's sentence or the one before it, or the score is another match's.
  const sides = [...q.trim().matchAll(/(?<=\s)[\p{Lu}][\p{L}'’-]+/gu)].map((x) => x[0].replace(/['’]s?$/u, '').toLowerCase());
  const asked = (q.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !isStop(w) && w !== 'score');
  for (const r of ranked) {
    const t = prep.sentences[r.sentence].text;
    if (half !== /half-time|half time|interval/i.test(t)) continue;
    const around = `${prep.sentences[r.sentence - 1]?.text ?? ''} ${t}`.toLowerCase();
    if (!sides.every((w) => around.includes(w))) continue;
    const m = scoreNearest(t, asked);
    if (m && (r.coverage > cover + 1e-9 || (Math.abs(r.coverage - cover) < 1e-9 && found && r.sentence < found.sentence))) {
      found = { text: m, sentence: r.sentence, kind: 'score' };
      cover = r.coverage;
    }
  }
  return found;
}

/**
 * The score of a sentence; of several ("the 2-0 win over Newcastle ... City lost 4-2 at
 * Manchester United"), the one with most of the question's words within six words of it.
 */
function scoreNearest(t: string, asked: readonly string[]): string | null {
  let best: string | null = null;
  let most = -1;
  for (const m of t.matchAll(/\b(\d{1,3}-\d{1,3})\b(?!-)/g)) {
    const near = (`${t.slice(0, m.index).split(/\s+/).slice(-6).join(' ')} ${t.slice(m.index + m[0].length).split(/\s+/).slice(0, 7).join(' ')}`.toLowerCase().match(/\p{L}+/gu) ?? ([] as string[]));
    const n = asked.filter((w) => near.includes(w)).length;
    if (n > most) [best, most] = [m[1], n];
  }
  return best;
}
