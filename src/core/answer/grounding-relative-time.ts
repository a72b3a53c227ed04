/**
 * A time the question asks about, written as a reporter writes it relative to the story's day ("a
 * year ago", "this year", "last week", "four years ago"), over a sentence that gives its figure for
 * another such time and never the asked one: "What was the average rate on a 30-year loan a year
 * ago?" over "... ticked up to 4.41 percent from 4.40 percent last week"; "How many people have
 * been killed in El Salvador this year?" over "Just last week eight gang members were killed"
 * (session 24). A sentence with no such time is left to the other checks (the story's time may be
 * set by the sentence before).
 */

/** Each relative time, with the ways a reporter writes it. */
const TIMES: readonly (readonly [string, RegExp])[] = [
  ['the year before', /\b(?:last year|a year (?:ago|earlier|before)|the (?:previous|prior) year|(?:12|twelve) months (?:ago|earlier))\b/i],
  ['this year', /\bthis year\b/i],
  ['next year', /\bnext year\b/i],
  ['the week before', /\b(?:last week|a week (?:ago|earlier)|the (?:previous|prior) week)\b/i],
  ['this week', /\bthis week\b/i],
  ['the month before', /\b(?:last month|a month (?:ago|earlier)|the (?:previous|prior) month)\b/i],
  ['this month', /\bthis month\b/i],
];

/** "four years ago", "10 years earlier": a count of years back. */
const YEARS_BACK = /\b(two|three|four|five|six|seven|eight|nine|ten|\d+) years (?:ago|before|earlier)\b/gi;

function timesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const [name, re] of TIMES) if (re.test(text)) found.add(name);
  for (const m of text.matchAll(YEARS_BACK)) found.add(`${m[1].toLowerCase()} years back`);
  return found;
}

/** Why the sentence gives its figure for another relative time than the question's, or null. */
export function anotherRelativeTime(question: string, sentence: string): string | null {
  const asked = timesIn(question);
  if (asked.size !== 1) return null;
  const said = timesIn(sentence);
  const [time] = asked;
  if (said.size === 0 || said.has(time)) return null;
  return `gives ${[...said][0]}, not ${time}`;
}
