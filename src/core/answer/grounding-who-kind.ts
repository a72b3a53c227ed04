/**
 * "Who recovered the bell?" answered "big brass plaque"; "Who hit the dog with a hammer?" answered
 * "a car"; "Who launched the eco everest expedition?" answered "annual trip": a who-question asks
 * for a person or a body, which news copy written with capitals names with a capital ("Sara
 * Mellado", "the Queen", "Par Equity") or a word for a person or a body ("the driver", "police",
 * "his mother", "the council"). A span with neither names no one.
 */
import { isStop, stem, type Token } from './spans.ts';
import { PERSONLIKE } from './person-words.ts';

/** Words for a body of people that PERSONLIKE's endings miss. */
const BODY = /^(?:police|government|council|court|army|navy|ministry|authorities|officials?|staff|crew|committee|board|parliament|congress|senate|jury|union|company|firm|regulators?|administration|agency|department|service|office|bank|school|university|hospital|church|public|residents|neighbours|neighbors|fans|locals|voters|parents|relatives|someone|somebody|anyone|nobody|everyone|everybody|no|one|ones|others?|both|all|each|who|whom)$/i;
/** Pronouns that stand for a person (coref.ts names them). */
const PRONOUN = /^(?:i|he|she|they|we|you|him|her|them|us|me|his|their|its|our|my)$/i;

/** Why the span names no one for a who-question, or null. */
export function namesNoOneForWho(question: string, span: readonly Token[], sentence: readonly Token[]): string | null {
  if (!/^\s*who\b/i.test(question) || /^\s*whose\b/i.test(question)) return null;
  // "Who is Andy Goode?" asks for a description ("fly-half", "co-owns the Big Texan"), not a person.
  if (/^\s*who\s+(?:is|was|are|were)\s+(?!the\b|a\b|an\b)/i.test(question)) return null;
  const words = span.filter((t) => t.isWord);
  if (words.length === 0) return null;
  // "Who started the fire?" answered "Ridge Fire": the span's head is the thing the question asks about.
  const head = words[words.length - 1].lower;
  if (words.length > 1 && /^\p{Lu}/u.test(words[0].text) && askedThings(question).has(stem(head))) return 'names the thing asked about';
  const first = sentence.find((t) => t.isWord);
  const named = words.some((t) => /^\p{Lu}/u.test(t.text) && (t !== first || !/^(?:The|A|An)$/.test(t.text)));
  if (named || words.some((t) => /\d/.test(t.text) || PRONOUN.test(t.lower) || BODY.test(t.lower) || PERSONLIKE.test(t.lower) || /s$/.test(t.lower) && PERSONLIKE.test(t.lower.replace(/s$/, '')))) return null;
  return 'names no one';
}

/** The stems of the question's lower-case content words after its wh-word and verb ("the fire" in "Who started the fire?"). */
function askedThings(question: string): Set<string> {
  const words = question.replace(/[?.!]+\s*$/u, '').split(/\s+/).slice(2);
  return new Set(words.filter((w) => /^\p{Ll}{3,}$/u.test(w) && !isStop(w)).map(stem));
}
