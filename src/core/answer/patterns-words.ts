/**
 * Small readers the fixed patterns share (patterns.ts, patterns-age.ts, patterns-said.ts): the
 * question's subject as written, the surname of a name as asked, and a count up to twelve.
 */

/** A count as a reporter writes a small one: digits, or a word up to twelve. */
export const NUM_WORD = '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** A qualifier a reporter puts before a number ("up to 300", "more than 55,000"), or none. */
export const QUALIFIER = '(?:(?:up to|about|around|nearly|almost|more than|fewer than|less than|at least|at most|over|under|some|roughly|approximately)\\s+)?';

/** The question's subject as written: the words after a leading phrase, without a trailing "?". */
export function rest(q: string, re: RegExp): string | null {
  const m = re.exec(q.trim());
  return m ? m[1].replace(/[?!.\s]+$/u, '').replace(/['’]s$/u, '').trim() : null;
}

/** The surname (last capitalised word) of a name as asked, to look for in sentences. */
export function surname(name: string): string | null {
  const caps = name.match(/\p{Lu}[\p{L}'’-]+/gu);
  return caps ? caps[caps.length - 1] : null;
}

/** A question that asks a gap itself ("How many points ahead of Hearts ...?", "How far behind ...?", "... trail by?"). */
export const GAP_ASKED = /\b(?:behind|ahead|adrift|clear|above|below|short|gap|lead|margin|far|more|fewer|less|off|trail|trails)\b/i;
