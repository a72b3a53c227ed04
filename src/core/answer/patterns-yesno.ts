/**
 * Yes/no questions ("Did the two sides sign documents?", "Was anyone killed?"): "Yes" or "No"
 * with the sentence, read from the clause that says the asked thing and its negation; refused
 * when the sentence says it is not known, or when another name does the deed ("Did Verstappen
 * win?" over "Lewis Hamilton won ..."). (Moved from patterns.ts.)
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { sameVerb, saysVerb, sharesRoot } from './asked-verb.ts';
import { Cls, isStop, stem, tokenize, type Token } from './spans.ts';
import { isDateWord } from './dates.ts';
import { oppositeStems } from './opposites.ts';

const UNKNOWN = /\b(not known|unknown|unclear|not clear|remains to be seen|did not say|declined to (?:say|comment)|would not (?:say|comment)|won't comment|not disclosed|undisclosed)\b/i;
// ("she not only survived that attack, but ...": "not only" / "not just" affirm.)
const NEGATED = /\b(no|not(?!\s+(?:only|just|merely)\b)|never|none|nobody|nothing|neither|without|f(?:e|a)lls? short of|fail(?:ed|s)? to)\b|n['’]t\b/i;
const AUX = /^(is|was|are|were|did|does|do|has|have|had|can|could|will|would|should)$/i;

export function yesNo(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const first = q.trim().split(/\s+/)[0] ?? '';
  if (!AUX.test(first) || /\bor\b/i.test(q)) return null;
  // "Was anyone killed?": the first sentence with the deed answers ("killing two people"); the
  // pronoun is no word a sentence must share.
  const deed = /^\S+\s+(?:anyone|anybody|someone|somebody)\s+([\p{L}]+)\s*\??$/iu.exec(q.trim())?.[1];
  const withDeed = deed ? ranked.find((r) => prep.sentences[r.sentence].tokens.some((t) => t.stem === stem(deed.toLowerCase()))) : undefined;
  const top = withDeed ?? ranked[0];
  if (!top) return null;
  const t = prep.sentences[top.sentence].text;
  // (A sentence that says the verb's opposite says the deed, as "no": below.)
  const asked = questionVerb(q);
  const opposite = asked ? new Set(oppositeStems(asked.lower)) : null;
  const words = prep.sentences[top.sentence].tokens;
  const against = opposite && opposite.size ? words.findIndex((w) => w.isWord && opposite.has(w.stem)) : -1;
  // (The opposite stands for the verb's own weight in the sentence's coverage of the question.)
  if (UNKNOWN.test(t) || (!withDeed && top.coverage < (against >= 0 ? 0.4 : 0.6))) return { text: null, sentence: top.sentence, kind: 'yesno' };
  // "Did Verstappen win?" over "Lewis Hamilton won ..., holding off Max Verstappen": another name
  // does the deed; the sentence does not say the one asked about did.
  if (anotherDoer(q, prep.sentences[top.sentence].tokens) || anotherUndergoer(q, prep.sentences[top.sentence].tokens)) return { text: null, sentence: top.sentence, kind: 'yesno' };
  // "Did the Federal Reserve raise rates?" over "The U.S. Federal Reserve held interest rates
  // steady": the sentence never says the asked deed (no word of its root, no synonym), so it
  // answers neither yes nor no.
  if (!withDeed && against < 0 && deedUnsaid(q, words)) return { text: null, sentence: top.sentence, kind: 'yesno' };
  const negQ = NEGATED.test(q);
  const no = (said: boolean): PatternResult => ({ text: said !== negQ ? 'No' : 'Yes', sentence: top.sentence, kind: 'yesno' });
  // "Had nasr seen a street view car before?" over "it was the first time nasr had seen a street
  // view car": a first time says it never happened before.
  if (/\bbefore\s*\??$/i.test(q.trim()) && /\b(?:the|his|her|their|its|my) first time\b/i.test(t)) return no(true);
  const clause = askedClause(q, t);
  // "Has all of the lost money been returned?" over "Some of it had been returned, but ...": part is not all.
  if (/^\S+\s+(?:all|every|everyone|everybody|everything)\b/i.test(q.trim()) && /\b(?:some|most|part|half|much|many) of\b/i.test(clause)) return no(true);
  // "Did the partners accept the freeze?" over "a freeze ..., which its three partners rejected":
  // the clause says the asked verb's opposite, so the answer is no (and yes to "reject").
  if (against >= 0 && !words.some((w) => w.isWord && w.stem === stem(asked!.lower))) return no(!NEGATED.test(askedClause(q, words.slice(Math.max(0, against - 3), against + 1).map((w) => w.text).join(' '))));
  // "Will hoax calls be referred to the police?" over "... are not even medically related and we
  // will refer hoax calls to the police": only a negation in the clause that says the asked thing counts.
  return no(NEGATED.test(clause));
}

/**
 * "Did/Has/Will <Name> <verb> ...?" over a sentence where the verb's doer, the capitalised word
 * right before it (an adverb like "also" aside), is no word of the name asked about.
 */
function anotherDoer(q: string, tokens: readonly Token[]): boolean {
  const m = /^(?:did|does|do|has|have|had|will|would|can|could)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}+)\b/u.exec(q.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  if (!m) return false;
  const name = new Set(m[1].trim().split(/\s+/));
  const verb = stem(m[2].toLowerCase());
  const at = tokens.findIndex((t) => t.isWord && t.stem === verb);
  if (at < 1) return false;
  let k = at - 1;
  // ("President Biden on Friday signed ...": a day or a month before the verb is no doer.)
  while (k > 0 && (/^(?:also|still|then|later|eventually|finally|again|has|had|have|was|were|will|would|on|in|last|this)$/i.test(tokens[k].text) || isDateWord(tokens[k].text))) k--;
  const doer = tokens[k];
  // (The doer's whole name counts: "Labour" asked, "Lusitania's Labour Party won ..." said.)
  let first = k;
  while (first > 0 && tokens[first - 1].isWord && /^\p{Lu}/u.test(tokens[first - 1].text)) first--;
  const doerWords = tokens.slice(first, k + 1).map((t) => t.text.replace(/['’]s$/u, ''));
  return doer.isWord && /^\p{Lu}/u.test(doer.text) && !doerWords.some((w) => name.has(w)) && !/^(?:He|She|They|It|I|We)$/.test(doer.text);
}

/**
 * "Was Lima damaged?" over "The quake damaged a section of the Pan-American Highway, cutting road
 * links between Lima and the south": the name asked about stands in no part of the deed's clause
 * (neither its subject nor its object), so the sentence does not say it happened to them.
 */
function anotherUndergoer(q: string, tokens: readonly Token[]): boolean {
  const m = /^(?:was|were|is|are|has|have|had)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:been\s+)?(\p{Ll}+(?:ed|en|t))\s*\??$/u.exec(q.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  if (!m) return false;
  const name = m[1].trim().split(/\s+/).map((w) => w.toLowerCase());
  const at = tokens.findIndex((t) => t.isWord && sameVerb(t.lower, m[2].toLowerCase()));
  if (at < 0) return false;
  // The deed's clause: back and on to a comma, semicolon or a word that joins clauses.
  const stop = (t: Token) => /^[,;:.!?]$/.test(t.text) || /^(?:and|but|while|whereas|although|though|because|as)$/i.test(t.text);
  let a = at;
  while (a > 0 && !stop(tokens[a - 1])) a--;
  let b = at;
  while (b + 1 < tokens.length && !stop(tokens[b + 1])) b++;
  const clause = new Set(tokens.slice(a, b + 1).map((t) => t.lower.replace(/['’]s$/u, '')));
  return !name.some((w) => clause.has(w));
}

/** Verbs that carry no deed of their own ("Did they get ...", "Does it have ...", "according to"). */
const NO_DEED = /^(?:be|been|being|have|has|had|get|got|do|does|did|done|make|made|go|went|gone|take|took|taken|according)$/;

/** The question's first verb after its opening auxiliary (offsets in the question as given). */
function questionVerb(q: string): Token | undefined {
  return tokenize(q).filter((t) => t.isWord).slice(1).find((t) => (t.cls === Cls.Verb || t.cls === Cls.VerbPast || t.cls === Cls.VerbIng) && !NO_DEED.test(t.lower) && !AUX.test(t.lower));
}

/**
 * Does the sentence never say the question's verb: no form of it ("won" for "win"), no WordNet
 * synonym, no word sharing its first four letters?
 */
function deedUnsaid(q: string, tokens: readonly Token[]): boolean {
  const verb = questionVerb(q);
  if (!verb) return false;
  // (Any form, "won" for "win", a WordNet synonym, or by its first four letters.)
  return !saysVerb(tokens, verb.lower) && !sharesRoot(tokens, verb.lower);
}

/** Where a sentence's clauses part: punctuation and the words that join clauses. */
const CLAUSE_BREAK = /\s*(?:[,;:]|\s(?:and|but|while|whereas|although|though|however|because)\s)\s*/i;

/**
 * The clause of the sentence that holds most of the question's content words (by their first
 * four letters), or the whole sentence when no clause holds more than the others.
 */
function askedClause(q: string, t: string): string {
  // In "Did <subject> <verb> <object>?" the words after the verb say which clause is asked about
  // ("Did Labour win *a majority*?" over "Labour won the election, but fell short of a majority"):
  // the subject's words are the whole sentence's. (All the words when the verb has none after it,
  // and in "Was a weapon used ...?", where the subject is the thing asked about.)
  const verb = /^(?:did|does|do|will|would|can|could|has|have|had)\b/i.test(q.trim()) ? questionVerb(q) : undefined;
  const after = verb ? q.slice(verb.start) : q;
  const pick = (text: string) => text.toLowerCase().match(/[\p{L}]+/gu)?.filter((w) => w.length >= 4 && !isStop(w)).map((w) => w.slice(0, 4)) ?? [];
  const tail = pick(after).filter((w) => w !== verb?.lower.slice(0, 4));
  const words = tail.length ? tail : pick(q);
  const parts = t.split(CLAUSE_BREAK).filter((p) => p.trim());
  if (parts.length < 2 || words.length === 0) return t;
  // "Is there a timetable ...?" over "..., but said there is no timetable": the clause that says the
  // thing asked after "is there"; "Can the woman be named?" over "The woman, who can not be named,
  // said ...": with no word after the verb, the clause that says the verb.
  const key = /^(?:is|are|was|were|has|have|had)\s+there\s+(?:been\s+)?(?:(?:a|an|any)\s+)?([\p{L}-]{4,})/iu.exec(q.trim())?.[1] ?? (verb && tail.length === 0 && verb.lower.length >= 4 ? verb.lower : undefined);
  const saying = key ? parts.filter((p) => (p.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((w) => w.slice(0, 4) === key.toLowerCase().slice(0, 4))) : [];
  if (saying.length === 1) return saying[0];
  const score = (p: string) => new Set((p.toLowerCase().match(/[\p{L}]+/gu) ?? []).map((w) => w.slice(0, 4)).filter((w) => words.includes(w))).size;
  const scores = parts.map(score);
  const top = Math.max(...scores);
  return top > 0 && scores.filter((x) => x === top).length === 1 ? parts[scores.indexOf(top)] : t;
}
