/**
 * More of the ways a reporter gives a person's age away from the name (read by patterns.ts age()):
 * a short sentence after the one naming them ("James Best ... died Monday. He was 88."), a
 * back-reference by the word that stood before the name ("Welshman Calzaghe ... The Welshman, who
 * is now 43,"), an age in months ("22-month-old ace"), and the age of a person asked about by
 * their part in the story ("How old was the victim?" -> "the victim, identified as Jonathan
 * Camilien, 26.").
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { isStop, stem } from './spans.ts';
import { ageOfAnother } from './age-owner.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

/** "He was 88." / "She is now 43.": a sentence that only gives an age. */
const AGE_ONLY = /^(?:He|She|he|she)\s+(?:was|is)\s+(?:now\s+)?(?:just\s+|only\s+)?(\d{1,3})(?:\s+years\s+old)?\s*\.?$/;

/**
 * The age of "He was 88." right after a sentence whose first words name the person: the name as
 * asked, whole ("Ruth Finch" is not "harold finch", whose sentence it follows).
 */
export function ageNextSentence(asked: string, prep: PreparedArticle, ok: (k: number) => boolean = () => true): PatternResult | null {
  const words = asked.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 4) return null;
  // Within the sentence's first eight words ("(cnn) harold finch, best known for ...": its subject).
  const named = new RegExp(`^(?:\\S+\\s+){0,7}?${words.map(esc).join('\\s+')}\\b`, 'i');
  for (let k = 1; k < prep.sentences.length; k++) {
    const m = AGE_ONLY.exec(prep.sentences[k].text.trim());
    if (m && ok(k - 1) && named.test(prep.sentences[k - 1].text.trim())) return { text: m[1], sentence: k, kind: 'age' };
  }
  return null;
}

/**
 * "The Welshman, who is now 43," (or "The Welshman, 43,") within three sentences after one that
 * wrote that word right before the name ("Welshman Calzaghe").
 */
export function ageByTitle(n: string, prep: PreparedArticle): PatternResult | null {
  for (let k = 1; k < prep.sentences.length; k++) {
    const m = /^(?:The|the)\s+([\p{L}-]{3,}),\s+(?:who\s+(?:is|was)\s+(?:now\s+)?|now\s+|aged\s+)?(\d{1,3}),/u.exec(prep.sentences[k].text.trim());
    if (!m || isStop(m[1].toLowerCase())) continue;
    // ("Welshman Rhys Pryce": up to two capitalised words of the name between, as read truecased.)
    const title = `[${m[1][0].toUpperCase()}${m[1][0].toLowerCase()}]${esc(m[1].slice(1))}`;
    const before = new RegExp(`\\b${title}\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}${n}\\b`, 'u');
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (prep.sentences[j].from === prep.sentences[k].from && before.test(prep.sentences[j].text)) return { text: m[2], sentence: k, kind: 'age' };
    }
  }
  return null;
}

/** "22-month-old ace": a young animal's or child's age in months, right before the name. */
export function ageInMonths(n: string, prep: PreparedArticle): PatternResult | null {
  const re = new RegExp(`\\b(\\d{1,2}-month-old)\\s+${n}\\b`);
  for (let k = 0; k < prep.sentences.length; k++) {
    const m = re.exec(prep.sentences[k].text);
    if (m) return { text: m[1], sentence: k, kind: 'age' };
  }
  return null;
}

/**
 * "How old is the suspect?" / "How old was the victim?": in the best-ranked sentence holding the
 * noun (or a word of its stem: "the suspected gunman") and an age, the one age it gives ("20-year-old Kenneth
 * Stancil", "Jonathan Camilien, 26."); two ages in that sentence give nothing.
 */
export function ageOfRole(asked: string, prep: PreparedArticle, ranked: readonly { sentence: number }[]): PatternResult | null {
  const m = /^the\s+([a-z]{3,})$/i.exec(asked.trim());
  if (!m) return null;
  const noun = stem(m[1].toLowerCase());
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    const at = s.tokens.find((t) => stem(t.lower) === noun);
    if (!at) continue;
    // The age stands after the noun, in its phrase (at most 10 words on): "... the changing of the
    // guards" at the end of "Mr Meadwell, 50, ... said" is no guard's age.
    // Nor is an age another's by its appositive ("the victim's brother, Ian Doe, 40": age-owner.ts).
    const ages = [...s.text.matchAll(/\b(\d{1,3})-year-old\b|\b\p{Lu}[\p{L}'’-]+,\s+(\d{1,3})(?=[,.]|$)/gu)]
      .filter((x) => x.index > at.start && s.tokens.filter((t) => t.isWord && t.start > at.start && t.start < x.index).length <= 10)
      .filter((x) => !ageOfAnother(`how old is ${asked}`, s.tokens, s.tokens.findIndex((t) => t.start === x.index + (x[1] ? 0 : x[0].length - x[2].length))))
      .map((x) => x[1] ?? x[2]);
    if (ages.length) return ages.length === 1 ? { text: ages[0], sentence: r.sentence, kind: 'age' } : null;
  }
  return null;
}

/**
 * "How old were the participants?" over "followed participants aged 40 to 79": the ages of a
 * group, a range written after "aged" beside the group's noun (or "aged between 40 and 79",
 * "aged 65 and over"), in the best-ranked sentence that names the group.
 */
export function ageRange(q: string, prep: PreparedArticle, ranked: readonly { sentence: number }[]): PatternResult | null {
  const m = /^how old (?:are|were) (?:the |its |their )?([a-z][a-z-]+)\s*\??$/i.exec(q.trim());
  if (!m) return null;
  const group = stem(m[1].toLowerCase());
  const range = /\baged\s+((?:between\s+)?\d{1,3}\s*(?:to|and|-|–)\s*\d{1,3}|\d{1,3}\s+and\s+(?:over|above|older|under|younger))\b/i;
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    if (!s.tokens.some((t) => t.stem === group)) continue;
    const x = range.exec(s.text);
    if (x) return { text: x[1], sentence: r.sentence, kind: 'age' };
  }
  return null;
}

/** "How old was Kent in November?": the question asks the age at a past time it names. */
const PAST_TIME = /^(.+?)\s+(?:back\s+)?in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:1[89]|20)\d\d)$/i;

/**
 * "How old was Kent in November?" over "a story about kent, then 21, and his part in the
 * protests": the age a reporter gives for a past time ("X, then 21,"), for a question that names
 * a past time; undefined when the question names none (null when it names one and no such age is
 * written: the person's age today is not their age then).
 */
export function ageThen(asked: string, prep: PreparedArticle): PatternResult | null | undefined {
  const past = PAST_TIME.exec(asked);
  if (!past) return undefined;
  const words = past[1].split(/\s+/);
  const name = words[words.length - 1];
  if (!/^\p{L}[\p{L}'’-]{2,}$/u.test(name) || isStop(name.toLowerCase())) return null;
  const re = new RegExp(`\\b[${name[0].toUpperCase()}${name[0].toLowerCase()}]${esc(name.slice(1))},\\s*then\\s+(?:aged\\s+)?(\\d{1,3})\\b`, 'u');
  for (let k = 0; k < prep.sentences.length; k++) {
    const m = re.exec(prep.sentences[k].text);
    if (m) return { text: m[1], sentence: k, kind: 'age' };
  }
  return null;
}
