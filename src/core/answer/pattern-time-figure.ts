import { wordTable } from '../text/word-table.ts';

/**
 * A count asked for a time, read by a pattern from a sentence that gives one figure per clause and
 * time: "How many people turned out for the Minnesota caucuses four years ago?" over "Minnesota
 * had just more than 47,000 people turn out for its caucuses this year -- four years ago it was
 * nearly 63,000" is 63,000; "... in 2012?" over "more than 70,000 people turned out for its caucus
 * in 2008 -- but in 2012 it was 65,000" is 65,000. span-number-time.ts reads the figure whose own
 * time follows it ("from 15 in 2009 to 45 last year"); a reporter as often puts the time first,
 * in a clause of its own ("four years ago it was ...").
 */

/** Where a reporter's comparison starts a new clause (and ", a figure expected to reach 78 million by 2030"). */
const CLAUSE = /\s+(?:--|—|–)\s+|;\s+|,?\s+but\s+|,?\s+compared\s+(?:with|to)\s+|,?\s+(?:up|down)\s+from\s+|,?\s+while\s+|,?\s+whereas\s+|,\s+(?=(?:a|the)\s+(?:figure|number|total|count)\s+(?:that\s+is\s+)?(?:expected|projected|forecast|set|likely|due)\b)/i;
/** A figure with its qualifier ("nearly 63,000", "more than $18 million"); never a year. */
const FIGURE = /(?:\b(?:just|nearly|almost|about|around|roughly|some|over|under|only|(?:a\s+little\s+)?(?:more|fewer|less)\s+than)\s+)*[$£€]?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?![\d-])/gi;
const YEAR = /^(?:1[89]|20)\d\d$/;
const NUMBER_WORDS: Record<string, string> = wordTable({ a: 'one', an: 'one' });

/** The time a text names: a year after in/during/by, "last/this/next year", "four years ago". */
function timeIn(text: string): string | null {
  const year = /\b(?:in|during|by)\s+((?:1[89]|20)\d\d)\b/i.exec(text);
  if (year) return year[1];
  const rel = /\b(last|this|next)\s+(year|month|week|season)\b/i.exec(text);
  if (rel) return `${rel[1]} ${rel[2]}`.toLowerCase();
  const ago = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(year|month|week|day)s?\s+(?:ago|earlier|before)\b/i.exec(text);
  return ago ? `${NUMBER_WORDS[ago[1].toLowerCase()] ?? ago[1].toLowerCase()} ${ago[2].toLowerCase()} ago` : null;
}

/** The figures of a clause (years aside). */
function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[0].trim().replace(/[.,]+$/, '')).filter((f) => !YEAR.test(f.replace(/^\D+/, '')));
}

/**
 * The figure of the asked time in the pattern's sentence, when the pattern read another clause's:
 * null when the question names no time, when the found figure's clause says the asked time, or
 * when not exactly one other clause says it with exactly one figure.
 */
export function figureOfAskedClause(question: string, sentence: string, found: string): string | null {
  const asked = timeIn(question);
  if (!asked) return null;
  const clauses = sentence.split(CLAUSE);
  if (clauses.length < 2) return null;
  const own = clauses.find((c) => c.includes(found));
  if (!own || timeIn(own) === asked) return null;
  const timed = clauses.filter((c) => c !== own && timeIn(c) === asked);
  if (timed.length !== 1) return null;
  const figures = figuresIn(timed[0]);
  return figures.length === 1 ? figures[0] : null;
}
