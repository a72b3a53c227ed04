/**
 * "Who scored for Everton?" over "Substitute Daniel Okafor scored in the 88th minute as Bristol
 * City beat Premier League side Everton 2-1": the side asked about is the one beaten (or played
 * against) in the sentence, so whoever it says scored scored for the other side.
 */
import type { Token } from './spans.ts';

/** "Who scored for Everton?", "Who scored Everton's goal?", "Who scored Everton's second goal?". */
const SCORED_FOR = /^\s*[Ww]ho\s+(?:scored|netted)\s+(?:(?:for|against)\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,3})|((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s?\s+(?:\p{Ll}+\s+)?(?:goals?|equali[sz]er|winner|opener|penalty|try|tries))/u;
/** Words that make the side after them the beaten one or the opponent ("beat Everton", "against Everton", "side Everton" after a beat-verb). */
const BEATEN_BEFORE = /^(?:beat|beats|beating|defeated|defeat|defeating|edged|edge|thrashed|thrash|stunned|stun|overcame|eliminated|routed|crushed|downed|against|over|versus|vs|v)$/;

/** Why the sentence cannot name the side's scorer ("is about the side that beat Everton"), or null. */
export function scorerOfOtherSide(question: string, sentence: readonly Token[]): string | null {
  const m = SCORED_FOR.exec(question);
  if (!m || /\bagainst\b/i.test(question.split(/\s+/).slice(0, 3).join(' '))) return null;
  const side = (m[1] ?? m[2]).trim().split(/\s+/);
  const head = side[side.length - 1].toLowerCase();
  let beaten = false;
  for (let k = 0; k < sentence.length; k++) {
    if (sentence[k].lower !== head) continue;
    // The side's own doing ("Everton's", "for Everton", "Everton scored") answers the question.
    const after = sentence[k + 1]?.lower ?? '';
    if (/^['’]s?$/.test(after) || sentence[k - side.length]?.lower === 'for') return null;
    // Back over the side's other words and the words written before it ("Premier League side").
    let j = k - side.length;
    let steps = 0;
    while (j >= 0 && steps < 4 && !BEATEN_BEFORE.test(sentence[j].lower) && sentence[j].isWord) {
      j--;
      steps++;
    }
    if (j >= 0 && BEATEN_BEFORE.test(sentence[j].lower)) beaten = true;
    else return null;
  }
  return beaten ? `is about the side that played ${side.join(' ')}` : null;
}
