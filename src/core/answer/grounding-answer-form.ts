/**
 * Answers whose very form says they are not what the question asks, read from the answer as the
 * reader sees it (after the span was widened or repaired, answer.ts), session 24:
 * - a count answered by a day of a month ("How many troops are in Tavildara?" -> "August 23", the
 *   month added to "23" after the checks read the bare number), a bare year ("How many copies did
 *   Gallagher sell?" -> "2006"), or a reporter's age ("How many Palestinians prayed?" -> "38-year-old");
 * - a number that labels a thing, not counts or ages it: "camp 1", "episode 2", "chromosome 21"
 *   ("How old is Jamval?" -> "1", "How many episodes does it have?" -> "2");
 * - "Which team ...?" answered by "local basketball teams", "Which court?" by "the courts": the
 *   asked noun in the plural, with no name, is the kind, not the one asked for;
 * - "What is the name of X's wife?" answered by a phrase with no capital in copy written with
 *   capitals ("child in the suburbs"): a name is written with one;
 * - "Who is Iran's sports minister?" answered "next year", a name asked and "Monday" given: a time
 *   names no one;
 * - "What did X say about Y?" answered by a phrase with no verb and no quotation mark ("online
 *   guestbook", "spokesman for the state emergency service"): nothing said.
 */
import { isDateWord } from './dates.ts';
import { notACount } from './grounding-count.ts';
import { isBareYear } from './grounding-shapes.ts';
import { Cls, stem, tokenize, type Token } from './spans.ts';

/** Why the answer text is no count of what "how many" asks, or null (grounding-count.ts, on the shown text). */
export function shownNotACount(question: string, wh: string, text: string): string | null {
  if (wh !== 'how many') return null;
  const shown = tokenize(text);
  if (isBareYear(shown)) return 'gives only a year';
  if (!/\b(?:years?|age|old|aged)\b/i.test(question) && shown.some((t) => /^\d+-years?-old$/i.test(t.text))) return 'gives an age, not a count';
  return notACount(question, wh, shown);
}

/** Nouns a number after them names, not counts: "camp 1", "episode 2", "Game 4", "chromosome 21". */
const LABEL_NOUN = /^(?:camp|episode|chromosome|series|season|stage|phase|level|grade|no|page|room|flight|route|chapter|category|gate|platform|terminal|channel|version|tier|class|division|article|section|clause|item|lot|table|figure|highway|interstate|box|apartment|unit|suite|model|formula|ward|block|zone|district|precinct|pier|wing|floor|lane|road|street|avenue|bus|line|track|volume|issue|part|act|iphone|galaxy|windows|game|round)$/i;

/** Why a bare number answering "how many / how much / how old" is a label ("camp 1") in the sentence, or null. */
export function labelNumber(question: string, wh: string, sentence: readonly Token[], text: string): string | null {
  if (!/^how (?:many|much|old)$/.test(wh) || !/^\d+$/.test(text.trim())) return null;
  const at = sentence.map((t, k) => (t.text === text.trim() ? k : -1)).filter((k) => k > 0);
  if (at.length === 0) return null;
  for (const k of at) {
    const before = sentence[k - 1];
    const after = sentence[k + 1];
    // "camp 1 (19,695 feet)": a number that a noun before it names, with no noun of its own after it.
    // ("How many episodes ...?" over "episode 2": the asked noun's label is no count of it either.)
    if (!before.isWord || !LABEL_NOUN.test(before.lower)) return null;
    if (after && (after.isWord || after.text === '-' || /^[%$£€]$/.test(after.text))) return null;
  }
  return `names ${sentence[at[0] - 1].lower} ${text.trim()}, not a number of them`;
}

/** "Which team did she play for?" / "Which court will hear the case?": the asked noun, singular. */
const WHICH_NOUN = /^\s*(?:which|what)\s+((?:\p{L}+\s+){0,2}?)(\p{Ll}{3,})\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\b/iu;

/** Why the answer names the asked noun's kind in the plural, not one of it, or null. */
export function pluralOfWhich(question: string, text: string): string | null {
  const m = WHICH_NOUN.exec(question);
  if (!m || /s$/.test(m[2]) || /[\p{Lu}\d]/u.test(text)) return null;
  const noun = m[2].toLowerCase();
  const plural = new RegExp(`\\b(?:${noun}s|${noun}es${noun.endsWith('y') ? `|${noun.slice(0, -1)}ies` : ''})\\b`, 'i');
  return plural.test(text) && !tokenize(text).some((t) => t.stem === stem(noun) && t.lower === noun) ? `names ${noun} in general, not which` : null;
}

/** "What is the name of ...", "What are the names of ...": a name asked for. */
const NAME_ASKED = /\bnames?\s+of\b/i;

/** Why the answer, in copy written with capitals, cannot be the name asked for (it has no capital), or null. */
export function nameWithoutCapital(question: string, text: string, lowerCase: boolean): string | null {
  if (lowerCase || !NAME_ASKED.test(question) || /[\p{Lu}\d]/u.test(text)) return null;
  return 'gives no name';
}

/** Words that with a day or a month only place a time: "next year", "on Monday", "last week". */
const TIME_FILLER = /^(?:on|in|at|by|next|last|this|early|late|the|year|years|week|weeks|month|months|day|days|night|morning|afternoon|evening|weekend)$/i;

/**
 * "Which court will they appear in?", "What injury does Adams have?": a thing of a kind that is no
 * time, asked with a noun and an auxiliary after "which" / "what" (not "which day", "what time").
 */
const THING_ASKED = /^\s*(?:which|what)\s+(?!(?:day|days|date|dates|time|times|year|years|month|months|week|weeks|weekend|season|seasons|hour|hours|period|night|morning|evening|afternoon|weekday|era|decade|century|age|point|stage|moment|round|minute|deadline|holiday|kind|sort|type|term)\b)\p{L}+\s+(?:did|does|do|is|was|were|are|will|would|has|have|had|can|could)\b/iu;

/** Why the answer to "Who ...?", "What is the name of ...?" or "Which court ...?" is only a time ("next year", "Monday"), or null. */
export function timeForPerson(question: string, text: string): string | null {
  if (!/^\s*who\b/i.test(question) && !NAME_ASKED.test(question) && !THING_ASKED.test(question)) return null;
  const words = tokenize(text).filter((t) => t.isWord);
  if (words.length === 0 || !words.some((t) => isDateWord(t.text) || /^(?:year|week|month)$/i.test(t.lower))) return null;
  return words.every((t) => isDateWord(t.text) || TIME_FILLER.test(t.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.text)) ? 'gives a time, not a name' : null;
}

/** "What did X say (about Y)?": a statement asked for. */
// (Only the statement itself, with at most its topic, place or time: "What did X say the law puts
// at risk?" asks for a thing in the statement, a noun phrase.)
const STATEMENT_ASKED = /^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+.+?\s+(?:say|tell|write|add|tweet)(?:\s+(?:about|in|at|on|after|before|outside|during|to)\b[^?]*)?\s*\??\s*$/i;

/** Why the span answering "What did X say?" says nothing (no verb, no quotation: "online guestbook", "spokesman for ..."), or null. */
export function noStatement(question: string, span: readonly Token[]): string | null {
  if (!STATEMENT_ASKED.test(question) || span.length === 0) return null;
  if (span.some((t) => t.cls === Cls.Verb || t.cls === Cls.VerbPast || t.cls === Cls.VerbIng || t.cls === Cls.Aux || /^["“”‘’']$/.test(t.text))) return null;
  return 'says nothing said';
}
