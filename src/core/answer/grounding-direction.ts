/**
 * "How much did the Canadian dollar rise?" over "The Canadian dollar fell 0.4 percent": a change
 * asked in one direction, answered by a figure the sentence gives for a change the other way.
 * Markets copy says both moves side by side ("fell 2% after rising 3%"), so the figure is read
 * against the nearest verb of change before it in its own clause, and only when the sentence
 * never moves the asked way.
 */
import { DOWN_VERBS, UP_VERBS } from './patterns-change.ts';

/**
 * The verbs of change patterns-change.ts reads, without "gain" / "lose" (a match or a seat is
 * gained and lost too), with the forms and phrases a markets report adds.
 */
const changeWords = (shared: string, drop: RegExp, more: string[]): string => [...shared.split('|').filter((w) => !drop.test(w)), ...more].join('|');
const UP = changeWords(UP_VERBS, /^gain/, ['increasing', 'climbing', 'jumping', 'growing', 'surging', 'soaring', 'raising', 'rally', 'rallies', 'rallied', 'rallying', 'hike', 'hikes', 'hiked', 'hiking', 'went up', 'gone up', 'go up', 'goes up', 'higher']);
const DOWN = changeWords(DOWN_VERBS, /^los/, ['dropping', 'declining', 'decreasing', 'sliding', 'slumping', 'plunging', 'tumbling', 'dip', 'dips', 'dipped', 'cut', 'cuts', 'cutting', 'lower', 'lowers', 'lowered', 'lowering', 'reduce', 'reduces', 'reduced', 'reducing', 'slash', 'slashes', 'slashed', 'slashing', 'went down', 'gone down', 'go down', 'goes down']);
const UP_WORD = new RegExp(String.raw`\b(?:${UP})\b`, 'i');
const DOWN_WORD = new RegExp(String.raw`\b(?:${DOWN})\b`, 'i');
const ASKS_CHANGE = /^\s*(?:by\s+)?how\s+(?:much|many|far|sharply|steeply|quickly)\b/i;
/** The last verb of change in a stretch of text (its direction), if any. */
const EITHER = new RegExp(String.raw`\b(?:(${UP})|(${DOWN}))\b`, 'gi');
/** Where a clause ends before the figure ("..., and the yield dropped 9 points"). */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|after|before|as)\b|\b(?:after|before|while|whereas)\b/i;

/** Why the figure `answer` in `text` tells a change the other way from the one asked, or null. */
export function changeTheOtherWay(question: string, text: string, answer: string): string | null {
  if (!ASKS_CHANGE.test(question)) return null;
  const up = UP_WORD.test(question.replace(ASKS_CHANGE, ''));
  const down = DOWN_WORD.test(question.replace(ASKS_CHANGE, ''));
  if (up === down) return null;
  const at = text.indexOf(answer);
  if (at < 0) return null;
  if (up ? UP_WORD.test(text) : DOWN_WORD.test(text)) return null;
  const before = text.slice(0, at);
  const breaks = [...before.matchAll(new RegExp(CLAUSE_BREAK.source, 'gi'))];
  const clause = breaks.length ? before.slice(breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length) : before;
  let last: RegExpExecArray | undefined;
  for (const m of clause.matchAll(EITHER)) last = m;
  if (!last) return null;
  const saysUp = last[1] !== undefined;
  if (saysUp === up) return null;
  return up ? 'tells of a fall, not a rise' : 'tells of a rise, not a fall';
}
