/**
 * A resolved date that names the expected day: the answerer writes a weekday or month-and-day it
 * resolved from the dateline as a full date ("Thursday, Aug. 29, 1996"), where a question's
 * expected answer is the story's own word ("Thursday", "Aug. 29"). Token F1 scores that 0.4 (wrong);
 * `npm run eval -- newsqa` reports how many right answers that hides, on a line of its own, and
 * keeps its headline figure as F1 scores it.
 */
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../src/core/text/calendar-words.ts';

const RESOLVED = new RegExp(`^(?:on\\s+)?(${WEEKDAY_WORDS}),\\s+((?:${MONTH_WORDS})\\.?\\s+\\d{1,2}),\\s+\\d{4}$`, 'i');

/** Is `answer` a resolved full date naming the weekday or the month-and-day one of `golds` gives alone? */
export function namesExpectedDay(answer: string, golds: readonly string[]): boolean {
  const m = RESOLVED.exec(answer.trim());
  if (!m) return false;
  const weekday = m[1].toLowerCase();
  const monthDay = m[2].toLowerCase().replace(/\.\s*/, ' ').replace(/\s+/g, ' ');
  return golds.some((g) => {
    const x = g.trim().toLowerCase().replace(/^on\s+/, '').replace(/[.,]\s*/g, ' ').replace(/\s+/g, ' ').trim();
    return x === weekday || (x.length > 3 && x === monthDay.replace(/[.,]/g, '').trim());
  });
}
