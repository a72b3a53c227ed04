/**
 * "What is Norway's largest mobile operator?" over "Nordvik Telecom, Norway's second-largest
 * mobile operator, ...", and "What was fourth-quarter profit?" over "third-quarter profit": the
 * question ranks the thing one way (largest; the fourth quarter, half, round or leg) and the
 * sentence another (second-largest; the third). The sentence says nothing of the rank asked.
 */
import { ordinalAlt } from '../text/number-words.ts';

/** A superlative a reporter ranks with an ordinal before it ("second-largest", "third biggest"). */
const SUPERLATIVE = 'largest|biggest|highest|lowest|smallest|oldest|youngest|busiest|richest|poorest|best|worst|most|least|longest|tallest|fastest|deadliest|strongest|leading|top';
const ORDINAL = `(?:${ordinalAlt(10)}|\\d+(?:st|nd|rd|th))`;
/** The parts of a year, game or contest an ordinal numbers. */
const PART = 'quarter|half|round|leg|set|period|innings|term|stage|semester|day';
const RANKED_SUPERLATIVE = new RegExp(`\\b(?:(${ORDINAL})[-\\s])?(${SUPERLATIVE})\\b`, 'gi');
const NUMBERED_PART = new RegExp(`\\b(${ORDINAL})[-\\s](${PART})\\b`, 'gi');

/**
 * Why the sentence ranks the asked thing otherwise than the question, or null. A numbered part the
 * sentence does not number is read from the whole article (`text`): a story of third-quarter
 * results that never names the fourth quarter answers nothing about it.
 */
export function rankWordConflict(question: string, sentence: string, text: string): string | null {
  // The superlatives the question asks, with their ordinal ("" for the first).
  for (const m of question.matchAll(RANKED_SUPERLATIVE)) {
    const asked = (m[1] ?? '').toLowerCase();
    const word = m[2].toLowerCase();
    const said = [...sentence.matchAll(RANKED_SUPERLATIVE)].filter((x) => x[2].toLowerCase() === word).map((x) => (x[1] ?? '').toLowerCase());
    if (said.length > 0 && !said.includes(asked)) return `says ${said[0] ? `${said[0]}-` : ''}${word}, not ${asked ? `${asked}-` : ''}${word}`;
  }
  for (const m of question.matchAll(NUMBERED_PART)) {
    const asked = m[1].toLowerCase();
    const part = m[2].toLowerCase();
    const saidIn = (t: string) => [...t.matchAll(NUMBERED_PART)].filter((x) => x[2].toLowerCase() === part).map((x) => x[1].toLowerCase());
    const own = saidIn(sentence);
    const said = own.length > 0 ? own : saidIn(text);
    if (said.length > 0 && !said.includes(asked)) return `is about the ${said[0]} ${part}, not the ${asked}`;
  }
  return null;
}
