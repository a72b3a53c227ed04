/**
 * An amount asked of one part of a whole, read by a fixed pattern from a sentence about another
 * part or about the whole (patterns-amounts.ts answers "How many ...?" at a fixed confidence, so
 * it asks here; the span model's answers go through the answerability model):
 * - the other side of a closed pair the question restricts to: "How many people died in attacks
 *   in the south?" over "... attacks in the north of the country, where around 11 people died";
 *   "How many carpenters were among the women?" over "Among the men were 36 blacksmiths, 48
 *   carpenters ...". The sentence says the same preposition before the pair's other word and never
 *   the asked one.
 * - one day asked, a total given: "How many boxes were opened on Sunday?" over "In total, 72 safety
 *   deposit boxes were opened"; "How many airstrikes did the coalition conduct on Saturday?" over
 *   "Over the past nine days, the coalition conducted 47 airstrikes". The sentence sums days or
 *   says "in total" and never names the asked day.
 */
import type { PreparedArticle } from './prepare.ts';
import { AMOUNT_ASKED } from './grounding-region.ts';
import { WEEKDAY_WORDS } from '../text/calendar-words.ts';

/** Closed pairs a reporter splits a count by: the sides of a country, the sexes, the ages. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['north', 'south'],
  ['east', 'west'],
  ['northern', 'southern'],
  ['eastern', 'western'],
  ['men', 'women'],
  ['boys', 'girls'],
  ['males', 'females'],
];
const SIDE_PREPS = 'in|among|across|throughout|for|from|of';
/** "in the south", "among the women": the preposition, the pair word. */
const SIDE_ASKED = new RegExp(`\\b(${SIDE_PREPS})\\s+(?:the\\s+)?(${PAIRS.flat().join('|')})\\b`, 'gi');

/** "on Saturday", "on Saturday night": one day asked. */
const DAY_ASKED = new RegExp(`\\bon\\s+(${WEEKDAY_WORDS})\\b`, 'i');
/** A figure summed over days or said to be the whole: "in total", "over the past nine days", "so far". */
const TOTAL_SAID = /\b(?:in\s+total|in\s+all|altogether|all\s+told|so\s+far|to\s+date|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years))\b/i;

/** Why sentence `k` cannot give the amount asked of one part, or null. */
export function otherPartConflict(question: string, prep: PreparedArticle, k: number): string | null {
  if (!AMOUNT_ASKED.test(question)) return null;
  const sentence = prep.sentences[k]?.text ?? '';
  for (const m of question.matchAll(SIDE_ASKED)) {
    const asked = m[2].toLowerCase();
    const pair = PAIRS.find((p) => p.includes(asked))!;
    const other = pair[0] === asked ? pair[1] : pair[0];
    if (new RegExp(`\\b${asked}\\b`, 'i').test(sentence)) continue;
    if (new RegExp(`\\b(?:${SIDE_PREPS})\\s+(?:the\\s+)?${other}\\b`, 'i').test(sentence)) return `is about the ${other}, not the ${asked}`;
  }
  const day = DAY_ASKED.exec(question);
  if (day && !new RegExp(`\\b${day[1]}\\b`, 'i').test(sentence) && TOTAL_SAID.test(sentence)) return `gives a total, not ${day[1]}'s`;
  return null;
}
