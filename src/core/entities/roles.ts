/**
 * A person's role as the story gives it: the words before the name that end in a job
 * ("Dutch transport minister Annemarie Jorritsma", "Socialist Party leader Olivier Faure") or
 * an appositive after it ("Richard Parsons, chairman and chief executive, said").
 */
import type { Candidate } from './candidates.ts';
import { isHonorific, isRoleWord, ROLE_NOUNS } from './candidates.ts';
import { isCapitalised, isCommonWord, lexiconTags } from './tokens.ts';

/** White space other than single spaces between words: where the `\s+` pass of tidyRole has something to change. */
const ODD_SPACE = /[^\S ]| \s/;

/** Role tokens as text: "ECB 's president" reads "ECB's president"; a leading article goes. */
export function tidyRole(role: string): string {
  // Each pass only where its pattern can match: most roles are a word or two with nothing to tidy.
  let t = role;
  if (t.includes("'") || t.includes('’')) t = t.replace(/\s+(['’]s)\b/g, '$1');
  if (t.includes(',') || t.includes(')')) t = t.replace(/\s+([,)])/g, '$1');
  if (t.includes('(')) t = t.replace(/\(\s+/g, '(');
  const c = t.charCodeAt(0) | 32;
  if (c === 116 || c === 97) t = t.replace(/^(?:the|a|an)\s+/i, '');
  if (ODD_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

const isRoleNoun = (t: string): boolean => {
  const lower = t.toLowerCase();
  if (ROLE_NOUNS.has(lower)) return true;
  // "vice-chairman", "ex-president": the last part of a compound.
  const dash = lower.lastIndexOf('-');
  return dash >= 0 && ROLE_NOUNS.has(lower.slice(dash + 1));
};

const LOWER_START = /^\p{Ll}/u;

/** Does the word start with a lowercase letter? ASCII by hand, the rest by \p{Ll}. */
function startsLower(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(t);
}

/** Lowercase words that may stand inside a role before the name ("transport", "former", "deputy"). */
function isRoleModifier(t: string): boolean {
  if (!startsLower(t)) return false;
  if (isRoleNoun(t)) return true;
  const tags = lexiconTags(t);
  if (!tags.length) return /^[\p{Ll}-]+$/u.test(t);
  return (tags[0] === 'NN' || tags[0] === 'JJ' || tags[0] === 'NNS') && !STOP.has(t);
}

const STOP = new Set(['said', 'told', 'says', 'and', 'or', 'but', 'by', 'with', 'of', 'for', 'to', 'in', 'on', 'at', 'as', 'when', 'while', 'that', 'which', 'who', 'than', 'then', 'time', 'year', 'week', 'day', 'month', 'today']);

/** The role written just before a name, ending in a job noun; null when there is none. */
export function roleBefore(c: Candidate): string | null {
  const toks = c.sentence.tokens;
  let j = c.start - 1;
  if (j < 0 || !startsLower(toks[j]) || !isRoleNoun(toks[j])) return null;
  let from = j;
  j--;
  let lower = 0;
  while (j >= 0 && lower < 3 && isRoleModifier(toks[j])) {
    from = j;
    j--;
    lower++;
  }
  // Capitalised words before: a nationality, a party, an institution ("Socialist Party leader").
  let caps = 0;
  while (j >= 0 && caps < 5 && (isCapitalised(toks[j]) || toks[j] === "'s" || toks[j] === 'of') && !isHonorific(toks[j])) {
    // "The" opening the sentence is no part of the role; "Green" in "Green Party leader" is.
    if (j === 0 && isCapitalised(toks[j]) && isCommonWord(toks[j]) && !isRoleWord(toks[j]) && !(toks[1] && isCapitalised(toks[1]) && !/^(?:The|A|An)$/.test(toks[j]))) break;
    from = j;
    j--;
    caps++;
  }
  while (from < c.start && (toks[from] === 'of' || toks[from] === "'s")) from++;
  const words = toks.slice(from, c.start);
  if (from === 0 && words.length && /^\p{Lu}/u.test(words[0]) && ROLE_NOUNS.has(words[0].toLowerCase()) && words.length === 1) words[0] = words[0].toLowerCase();
  return tidyRole(words.join(' ')) || null;
}

const APPOSITIVE_END = new Set([',', '.', ';', ':', ')', '"', '“', '”', 'said', 'says', 'told', 'who', 'which', 'added', 'has', 'had', 'is', 'was', 'will', 'would']);
const NOT_ROLE_START = /^(?:in|at|on|with|by|for|from|to|after|before|while|as|who|which|and|but|said|says|told|he|she|they|it|where|when)$/i;

/** The appositive role after a name ("Jane Doe, the chief executive of Acme Corporation, said"); null when there is none. */
export function roleAfter(c: Candidate): string | null {
  const toks = c.sentence.tokens;
  if (toks[c.end] !== ',') return null;
  const from = c.end + 1;
  let k = from;
  while (k < toks.length && k - from < 14 && !APPOSITIVE_END.has(toks[k])) k++;
  if (k === from || k - from >= 14) return null;
  const words = toks.slice(from, k);
  if (NOT_ROLE_START.test(words[0]) || /^\d/.test(words[0])) return null;
  if (!words.some((w) => isRoleNoun(w) || isRoleWord(w))) return null;
  return tidyRole(words.join(' ')) || null;
}
