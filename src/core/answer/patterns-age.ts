/**
 * A person's age as a reporter gives it. age() answers "How old is X?" (patterns.ts tries it
 * first): by the name ("Okafor, 19,", "the 24-year-old striker Jones"), at the event asked about
 * ("when she was just nine"), or in an unnamed "The 29-year-old ..." beside a sentence about the
 * person. The rest read it away from the name: a short sentence after the one naming them ("James
 * Best ... died Monday. He was 88."), a back-reference by the word that stood before the name
 * ("Welshman Calzaghe ... The Welshman, who is now 43,"), an age in months ("22-month-old ace"),
 * and the age of a person asked about by their part in the story ("How old was the victim?" ->
 * "the victim, identified as Jonathan Camilien, 26.").
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { isStop, stem } from './spans.ts';
import { ageOfAnother } from './age-owner.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { isLowerCaseCopy } from './news-copy.ts';
import { firstAndSurname, namesAnotherFirst } from './same-surname.ts';
import { NUM_WORD, rest, surname } from './patterns-words.ts';

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

/** Does the story write the word in lower case after a sentence's first word (a name mixed copy left so)? */
function writesLower(prep: PreparedArticle, word: string): boolean {
  const re = new RegExp(`\\s${esc(word)}\\b`, 'u');
  return prep.sentences.some((s) => re.test(s.text));
}

/** The last word of a short name written in lower case ("ben flower" -> "flower"), if it is no function word. */
function lastWord(name: string): string | null {
  const words = name.replace(/[?.!\s]+$/u, '').split(/\s+/);
  const w = words[words.length - 1] ?? '';
  return words.length <= 3 && /^\p{Ll}[\p{L}'’-]{2,}$/u.test(w) && !isStop(w) ? w : null;
}

/**
 * "The 19-year-old Okafor, who ...", "the 24-year-old striker Jones said": the name an opening age
 * is given for; the name's words end the phrase (not "the 26-year-old Chelsea midfielder", "the
 * 35-year-old from Woolacombe").
 */
const AGE_THEN_NAME = /^(?:The|the)\s+\d{1,3}-year-old\s+(?:(?!(?:from|of|in|at|on|with|for|and|to)\s)\p{Ll}+\s+){0,2}((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)(?=[,;:(]|\s+(?:who|has|had|was|is|said|says|added|told)\b)/u;

/** "How old is X?" (patterns.ts reads it first): the age a reporter writes for the person asked about. */
export function age(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const asked = rest(q, /^how old (?:is|was) (.+)$/i);
  if (!asked) return null;
  const then = ageThen(asked, prep);
  if (then !== undefined) return then;
  const when = /^(.+?)\s+(?:when|at the time)\b/i.exec(asked);
  // "How old is the suspect?": the person asked about by their part in the story.
  const role = when ? null : ageOfRole(asked, prep, ranked);
  if (role) return role;
  // A story written in lower case is asked about in lower case ("How old is ben flower?"): the last word.
  // (So is a name that mixed copy leaves in lower case mid-sentence: "former portsmouth ace ciftci".)
  const low = lastWord(when ? when[1] : asked);
  const cap = surname(when ? when[1] : asked);
  const name = cap ?? (low && (isLowerCaseCopy(prep) || writesLower(prep, low)) ? low : null);
  // (In such copy other names are lower case too, so no sentence can be seen to name nobody.)
  const mixed = !cap && !isLowerCaseCopy(prep);
  if (!name) return null;
  // Some stories reach us in lower case ("mr carr"): the name matches with either first letter.
  const n = `[${name[0].toUpperCase()}${name[0].toLowerCase()}]${esc(name.slice(1))}`;
  // "How old was Jess Quinn when she lost her leg?": the age the sentence about that event gives
  // ("when she was just nine years old", "aged nine", "at the age of nine"), not her age today.
  // ("... died Monday after a brief illness. He was 88.": the sentence after the one about the event.)
  if (when) return ageAtEvent(n, prep, ranked) ?? ageNextSentence(when[1], prep, (j) => ranked.some((r) => r.sentence === j && r.coverage >= 0.5));
  if (/\bin \d{4}\b/.test(asked)) return null;
  // ("according to Springston, 63." ends the sentence on the age.)
  const direct = [new RegExp(`\\b${n},\\s*(?:now\\s+|aged\\s+)?(\\d{1,3})(?:,|\\.?$)`), new RegExp(`\\b(\\d{1,3})-year-old\\s+${ROLE_WORDS}(?:[\\p{Lu}][\\p{L}'’-]+\\s+){0,3}${n}\\b`, 'u'), new RegExp(`\\b${n}\\s*\\((\\d{1,3})\\)`)];
  // ("How old is Justin Griner?" over "an 8-year-old named Sammy Griner": another of the family.)
  const full = firstAndSurname(asked);
  for (let k = 0; k < prep.sentences.length; k++) {
    for (const re of direct) {
      const m = re.exec(prep.sentences[k].text);
      // (The word before the match is read too: "Gerardo Hernandez, 39," is no age of Ana Hernandez.)
      const ahead = m ? (/(\p{L}[\p{L}'’-]*)\s+$/u.exec(prep.sentences[k].text.slice(0, m.index))?.[1] ?? '') : '';
      if (m && !(full && namesAnotherFirst(`${ahead} ${m[0]}`, full[0], full[1]))) return { text: m[1], sentence: k, kind: 'age' };
    }
  }
  const near = ageInMonths(n, prep) ?? ageNextSentence(asked, prep) ?? ageByTitle(n, prep);
  if (near) return near;
  // "The 29-year-old has struggled ..." right after a sentence about the person; or the story's
  // opening sentence, whose unnamed subject ("The 26-year-old midfielder has signed ...") the
  // next sentence names.
  // ("The 19-year-old Okafor, who came on ..." after a sentence about Knight is Okafor's age.)
  const namesAnother = (t: string) => {
    const named = AGE_THEN_NAME.exec(t);
    return named !== null && !named[1].toLowerCase().split(/\s+/).includes(name.toLowerCase());
  };
  for (let k = 0; k < prep.sentences.length; k++) {
    const m = /^(?:The|the)\s+(\d{1,3})-year-old\b/.exec(prep.sentences[k].text.trim());
    if (!m || namesAnother(prep.sentences[k].text.trim())) continue;
    const about = (j: number) => j >= 0 && j < prep.sentences.length && prep.sentences[j].from === prep.sentences[k].from && new RegExp(`\\b${n}\\b`).test(prep.sentences[j].text);
    // Two sentences back when the one between names nobody ("Kevin Carr set off ... / Now, after
    // 19 months he is ... / The 35-year-old from Woolacombe ...").
    const namesNobody = (j: number) => j >= 0 && !/\s[\p{Lu}][\p{L}'’-]+/u.test(prep.sentences[j].text.trim().replace(/^\S+/, ''));
    // Or two back when the asked person is the story's main one and the sentence between does not
    // open with another name ("Ben Flower does not ... / As his Wigan side beat Warrington, the Wales
    // forward ... / The 27-year-old, who came on ...").
    const opensWithName = (j: number) => /^[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}]/u.test(prep.sentences[j].text.trim());
    if (about(k - 1) || (about(k - 2) && !mixed && (namesNobody(k - 1) || (mainPerson(prep)?.toLowerCase() === name.toLowerCase() && !opensWithName(k - 1)))) || (k === 0 && (about(1) || mainPerson(prep) === name))) return { text: m[1], sentence: k, kind: 'age' };
  }
  // Further on, the story's first "The 70-year-old said ..." is its main person, when that is the person asked about.
  const first = prep.sentences.findIndex((s) => /^(?:The|the)\s+\d{1,3}-year-old\b/.test(s.text.trim()) && !namesAnother(s.text.trim()));
  if (first > 0 && mainPerson(prep) === name) return { text: /(\d{1,3})-year-old/.exec(prep.sentences[first].text)![1], sentence: first, kind: 'age' };
  // Captions run on without full stops: "... 'dream of Falcao ' The 29-year-old has struggled":
  // a new "The N-year-old" whose nearest capitalised word before it is the person asked about.
  for (let k = 0; k < prep.sentences.length; k++) {
    const t = prep.sentences[k].text;
    for (const m of t.matchAll(/\sThe\s+(\d{1,3})-year-old\b/g)) {
      if (namesAnother(t.slice(m.index + 1))) continue;
      const caps = t.slice(Math.max(0, m.index - 100), m.index).match(/\p{Lu}[\p{L}'’-]+/gu);
      if (caps && caps[caps.length - 1] === name) return { text: m[1], sentence: k, kind: 'age' };
    }
  }
  return null;
}

/**
 * Lower-case words a reporter puts between an age and a name ("her 52-year-old mother Debbie",
 * "the 26-year-old midfielder Murdoch"): at most two, none of them a word that starts another
 * phrase ("the 30-year-old son of Debbie" is the son's age).
 */
const ROLE_WORDS = "(?:(?!(?:of|who|and|or|with|by|to|for|from|at|in|on|the|a|an|his|her|their|was|is|had|has)\\b)[a-z]+\\s+){0,2}";

/**
 * The person a story is about: the capitalised word (not a function word: "The", "He") written most often,
 * at least three times and more often than any other. A story's unnamed opening subject ("The
 * 26-year-old midfielder has signed ...") is this person.
 */
function mainPerson(prep: PreparedArticle): string | null {
  const counts = new Map<string, number>();
  for (const s of prep.sentences) {
    for (const m of s.text.matchAll(/\b[\p{Lu}][\p{Ll}'’-]{2,}\b/gu)) if (!isStop(m[0].toLowerCase())) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]);
  return top.length && top[0][1] >= 3 && (top.length === 1 || top[0][1] > top[1][1]) ? top[0][0] : null;
}

const AGE_AT = `(?:(?:was|were)\\s+(?:just\\s+|only\\s+|still\\s+)?(${NUM_WORD})(?:\\s+years?\\s+old|-year-old|(?=\\s*(?:[.,;)]|$)))|aged\\s+(?:just\\s+|only\\s+)?(${NUM_WORD})\\b|at\\s+(?:the\\s+)?age\\s+(?:of\\s+)?(${NUM_WORD})\\b)`;

/**
 * "Pratcher was 15 years old when Kelly was killed", "when Abby bishop was just 24, she took in
 * her niece Zala": the name right before "was" is whose age it is; asked how old Kelly or Zala
 * was, it is another's. (A pronoun or the asked name before it is no other.)
 */
function anotherAged(before: string, n: string): boolean {
  const m = /(?:^|[\s(])((?:[\p{Lu}][\p{L}'’-]*\s+)?[\p{L}][\p{L}'’-]*)\s*$/u.exec(before);
  if (!m || new RegExp(`\\b${n}\\b`).test(m[1])) return false;
  const words = m[1].split(/\s+/);
  return /^\p{Lu}/u.test(words[words.length - 1]) ? !isStop(words[words.length - 1].toLowerCase()) : words.length === 2;
}

/** The age given in the best-covering sentence that names the person ("when she was just nine years old"). */
function ageAtEvent(n: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  for (const r of ranked) {
    if (r.coverage < 0.5) continue;
    const t = prep.sentences[r.sentence].text;
    if (!new RegExp(`\\b${n}\\b`).test(t)) continue;
    const m = new RegExp(AGE_AT, 'i').exec(t);
    if (m && !anotherAged(t.slice(0, m.index), n)) return { text: m[1] ?? m[2] ?? m[3], sentence: r.sentence, kind: 'age' };
  }
  return null;
}
