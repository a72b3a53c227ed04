/**
 * Whose age a number in a sentence is (session 12). A reporter gives an age as an appositive of
 * the name or noun it belongs to: after it, set off by commas ("Mr. Pike, 50, who lives next
 * door", "the victim, now 31,", "Pike (50)"), or before it as "the 44-year-old Daniel Shaw" /
 * "the 27-year-old guard". "How old is the guard?" is not answered by Mr. Pike's age because the
 * sentence goes on to mention "the guards": the age belongs to someone else. Used by grounding.ts
 * (the span model's answers) and patterns-age.ts (ageOfRole).
 */
import { Cls, isStop, tokenize, type Token } from './spans.ts';
import { isDateWord } from './dates.ts';

/** A token range [from, to] of a sentence (inclusive). */
export interface Range {
  from: number;
  to: number;
}

/** Titles before a name, which say nothing about who it is ("Mr. Pike" is "Pike"). */
const TITLE = /^(?:mr|mrs|ms|miss|dr|sir|dame|lady|lord|rev|prof|st)$/;
/** A capitalised word that is part of a name (not a title, not a month or day). */
const nameWord = (t: Token): boolean => t.cls === Cls.Cap && t.isWord && !isDateWord(t.text);
/** "Mr." / "Dr.": a title and its full stop stay in the name's phrase. */
const titleDot = (s: readonly Token[], k: number): boolean => s[k]?.text === '.' && TITLE.test(s[k - 1]?.lower ?? '');

/** A bare number an age could be ("50"), or an "N-year-old" word; the index of that token in the span's sentence, else -1. */
export function ageToken(sentence: readonly Token[], span: readonly Token[]): number {
  const t = span.find((x) => /^\d{1,3}$/.test(x.text) || /^\d{1,3}-(?:year|month)-old$/i.test(x.text));
  return t ? sentence.indexOf(t) : -1;
}

/**
 * The words the age at token k is given for, and where the whole age phrase starts and ends (the
 * owner with its age), or null when the age stands in no appositive (then nobody can say whose it is).
 */
export function ageOwner(s: readonly Token[], k: number): { owner: Range; phrase: Range } | null {
  const t = s[k];
  if (!t) return null;
  if (/-(?:year|month)-old$/i.test(t.text)) {
    // "the 44-year-old Daniel Shaw" / "44-year-old guard" / "his 52-year-old mother Debbie": up
    // to two lower-case words, then a name; or the last of those words when no name follows.
    // ("the 29-year-old Scotland forward": a name's lower-case noun after it stays in the phrase.)
    let j = k + 1;
    const words: number[] = [];
    while (j < s.length && words.length < 2 && (s[j].cls === Cls.Noun || s[j].cls === Cls.Adj) && !isStop(s[j].lower)) words.push(j++);
    const from = j;
    while (j < s.length && nameWord(s[j])) j++;
    if (j > from) {
      for (let n = 0; n < 2 && j < s.length && s[j].cls === Cls.Noun && !isStop(s[j].lower); n++) j++;
      return { owner: { from, to: j - 1 }, phrase: { from: k, to: j - 1 } };
    }
    const noun = words.filter((w) => s[w].cls === Cls.Noun).pop();
    return noun !== undefined ? { owner: { from: noun, to: noun }, phrase: { from: k, to: noun } } : null;
  }
  if (!/^\d{1,3}$/.test(t.text)) return null;
  // "Pike (50)".
  if (s[k - 1]?.text === '(' && s[k + 1]?.text === ')') return named(s, k - 2, k + 1);
  // "Pike, 50," / "the victim, 31." / "Pike, aged 50," / "Pike, who is now 50,".
  const after = s[k + 1];
  if (after && !(after.text === ',' || after.text === '.' || after.text === ';' || after.text === ')')) return null;
  let c = k - 1;
  while (c >= 0 && /^(?:now|aged|who|is|was|just|only)$/.test(s[c].lower) && k - c <= 4) c--;
  if (s[c]?.text !== ',') return null;
  return named(s, c - 1, k);
}

/** The name (a run of capitalised words, with a title) or the one noun ending at token e. */
function named(s: readonly Token[], e: number, last: number): { owner: Range; phrase: Range } | null {
  if (e < 0) return null;
  if (nameWord(s[e])) {
    let f = e;
    while (f > 0 && (nameWord(s[f - 1]) || titleDot(s, f - 1) || (TITLE.test(s[f - 1].lower) && s[f - 1].isWord))) f--;
    return { owner: { from: f, to: e }, phrase: { from: f, to: last } };
  }
  if (s[e].isWord && s[e].cls === Cls.Noun && !isStop(s[e].lower)) return { owner: { from: e, to: e }, phrase: { from: e, to: last } };
  return null;
}

/** The person asked about by "How old is/was X (when ...)?": the words of X, and whether X is a name or a noun ("the guard"). */
export function askedPerson(question: string): { words: string[]; role: boolean } | null {
  const m = /^how old (?:is|was|were|are) (.+?)(?:\s+(?:when|at the time|in \d{4}|now|today)\b.*)?\s*\??$/i.exec(question.trim());
  if (!m) return null;
  const role = /^(?:the|a|an|his|her|their|its)\s/i.test(m[1]);
  const words = tokenize(m[1].replace(/['’]s\b/g, ''))
    .filter((t) => t.isWord && !isStop(t.lower) && !TITLE.test(t.lower))
    .map((t) => fold(t.stem));
  return words.length ? { words, role } : null;
}

/** A word with its accents taken off ("Temür" is asked as "Temur"). */
const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');

/** Words that may stand between a noun and the name it is ("the victim, identified Monday as Mark Doyle, 31"). */
const LINK = /^(?:identified|named|as|by|police|officials|authorities|later|earlier|officially|publicly|on|the|a|an)$/;

/**
 * The age at token k of the sentence is another person's than asked: its owner is neither the
 * asked person nor standing in apposition to them, and the sentence tells them apart (a name
 * asked and another name owning the age, or the asked noun written elsewhere in the sentence).
 * When the age stands in no appositive, or the owner is a plain noun and a name is asked ("the
 * Welshman, 38," for "How old is Pryce?"), nothing is decided.
 */
export function ageOfAnother(question: string, s: readonly Token[], k: number): boolean {
  const asked = askedPerson(question);
  const own = asked ? ageOwner(s, k) : null;
  if (!asked || !own) return false;
  const ownerWords = s.slice(own.owner.from, own.owner.to + 1).filter((t) => t.isWord && !TITLE.test(t.lower)).map((t) => fold(t.stem));
  const a = new Set(asked.words);
  const o = new Set(ownerWords);
  if (ownerWords.every((w) => a.has(w)) || asked.words.every((w) => o.has(w))) return false;
  if (appositive(s, own.phrase, a)) return false;
  // "How old was the driver of the car?" over "An 18-year-old woman was driving the car": the age's owner does the asked agent's deed.
  if (doesAgentsDeed(s, own.phrase.to, asked.words[0])) return false;
  // ("The Welshman, 38,": one capitalised word after an article is a noun, not a name.)
  const single = own.owner.from === own.owner.to && /^(?:the|a|an)$/.test(s[own.owner.from - 1]?.lower ?? '');
  const ownerIsName = !single && s.slice(own.owner.from, own.owner.to + 1).some(nameWord);
  // Another name: "How old is Ruth Finch?" over "Harold Finch, 91," / "How old is Mendez?" over "Pryce, 38,".
  if (!asked.role && ownerIsName) return true;
  // The asked noun written elsewhere in the sentence, away from the age ("Mr. Pike, 50, ... the guards").
  return s.some((t, j) => (j < own.phrase.from || j > own.phrase.to) && a.has(fold(t.stem)));
}

/** The words after an age's phrase say the deed an agent noun asked names ("driver": "was driving", "is driving"). */
function doesAgentsDeed(s: readonly Token[], to: number, head: string | undefined): boolean {
  if (!head || !/^\p{L}{3,}(?:er|or)$/u.test(head)) return false;
  const root = head.replace(/(?:er|or)$/, '');
  let j = to + 1;
  while (j < s.length && j <= to + 3 && /^(?:was|were|is|are|had|has|have|been|be|being|also|still)$/.test(s[j].lower)) j++;
  const v = s[j];
  return !!v && v.isWord && v.lower !== head && v.lower.startsWith(root) && /(?:ing|s|ed|e)$/.test(v.lower);
}

/** ", identified by police as" / "gunman, named on Monday as" (after "the suspected"): a noun given its name. */
const IDENTIFIED_AS = /^(?:[a-z]+ )?, (?:\S+ )?(?:identified|named|described|listed|known|confirmed)(?: \S+){0,5} as$/;

/**
 * An asked word stands in apposition to the age's phrase: right before it, a comma and linking
 * words between ("the suspect, 44-year-old Daniel Shaw"; "the victim, identified Monday as Mark
 * Doyle, 31"), or right after its closing comma ("Daniel Shaw, 44, a guard at the plant").
 */
function appositive(s: readonly Token[], phrase: Range, asked: ReadonlySet<string>): boolean {
  for (let j = phrase.from - 1, seen = 0; j >= 0 && seen < 6; j--, seen++) {
    const t = s[j];
    if (asked.has(fold(t.stem))) return s.slice(j + 1, phrase.from).some((x) => x.text === ',');
    // ("the suspected gunman, Ian Ray, 20": a noun right after the asked word is its phrase.)
    if (!(t.text === ',' || LINK.test(t.lower) || isDateWord(t.text) || (t.cls === Cls.Noun && asked.has(fold(s[j - 1]?.stem ?? '')) && !/['’]s$/.test(s[j - 1].lower)))) break;
  }
  // "The suspected gunman, identified by law enforcement as 20-year-old Kenneth Stancil".
  for (let j = phrase.from - 2; j >= Math.max(0, phrase.from - 10); j--) {
    if (!asked.has(fold(s[j].stem))) continue;
    const between = s.slice(j + 1, phrase.from).map((x) => x.lower).join(' ');
    if (IDENTIFIED_AS.test(between)) return true;
  }
  let j = phrase.to + 1;
  if (s[j]?.text !== ',') return false;
  j++;
  for (let n = 0; j < s.length && n < 4; j++, n++) {
    if (asked.has(fold(s[j].stem))) return true;
    if (!s[j].isWord || s[j].cls === Cls.Cap || (n > 0 && isStop(s[j].lower) && !/^(?:a|an|the)$/.test(s[j].lower))) return false;
  }
  return false;
}

/** A decade of someone's age: "60s", "20's" (older copy's apostrophe), "twenties", "teens". */
const DECADE = /^(?:[1-9]0['’]?s|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

/**
 * "in his 60s", "in her early twenties": when token k is the decade of someone's age, the index
 * where that age's phrase starts ("in"), else -1. Used by grounding.ts (an age is given) and
 * span.ts (the answer is "in his 60s", not "60s").
 */
export function decadeAgeStart(sentence: readonly Token[], k: number): number {
  if (!DECADE.test(sentence[k]?.lower ?? '')) return -1;
  const before = /^(?:early|mid|late)$/.test(sentence[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  return /^(?:his|her|their)$/.test(sentence[before]?.lower ?? '') && sentence[before - 1]?.lower === 'in' ? before - 1 : -1;
}
