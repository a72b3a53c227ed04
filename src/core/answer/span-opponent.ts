/**
 * "Who will Barcelona play on Sunday?" over "Neymar and his Barcelona team-mates return to La Liga
 * on Sunday, taking on Celta Vigo", "Who will Scotland play on Sunday?" over "... as head coach
 * Vern Cotter rotates his squad against the USA on Sunday": a sports reporter names the opponent
 * after "against", "taking on", "facing", "trip to", "v"; the span model takes the sentence's first
 * name, its subject. A who-question of playing or facing moves to the name after such a word.
 * Null unless the question asks whom someone plays, faces or meets, the span is not that name
 * already, and exactly one name follows such a word in the sentence.
 */
import type { SpanRange } from './span-names.ts';
import type { Token } from './spans.ts';

const OPPONENT_ASKED = /^\s*(?:who|whom)\s+(?:will|would|do|does|did|are|is|were|was|has|have)\s+.+?\s+(?:play|playing|played|face|facing|faced|meet|meeting|take\s+on|taking\s+on|took\s+on)\b/i;
/** Words after which a reporter names the opponent (one or two tokens). */
const BEFORE_ONE = /^(?:against|facing|face|faces|v|vs|versus|hosting|host|hosts)$/;
const BEFORE_TWO = /^(?:taking on|take on|takes on|trip to|visit to|clash with|game against|match against)$/;

const isName = (t: Token | undefined): boolean => t !== undefined && t.isWord && /^\p{Lu}/u.test(t.text);

/** The name after an opponent word, from token k: "(the) Celta Vigo", "the USA", "London Welsh". */
function nameAt(toks: readonly Token[], k: number): SpanRange | null {
  let a = k;
  if (toks[a]?.lower === 'the' && isName(toks[a + 1])) a++;
  if (!isName(toks[a])) return null;
  let b = a;
  while (b - a < 4 && isName(toks[b + 1])) b++;
  return [a, b];
}

/** The span [i, j] moved to the opponent named in the sentence, or null. */
export function opponentAsked(q: string, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!OPPONENT_ASKED.test(q)) return null;
  const found: SpanRange[] = [];
  for (let k = 0; k + 1 < toks.length; k++) {
    const one = BEFORE_ONE.test(toks[k].lower) ? k + 1 : -1;
    const two = k + 2 < toks.length && BEFORE_TWO.test(`${toks[k].lower} ${toks[k + 1].lower}`) ? k + 2 : -1;
    const at = two >= 0 ? two : one;
    if (at < 0) continue;
    const r = nameAt(toks, at);
    if (r) found.push(r);
  }
  if (found.length !== 1) return null;
  const [a, b] = found[0];
  return i >= a && j <= b ? null : [a, b];
}
