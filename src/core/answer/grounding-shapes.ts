/**
 * The shapes of a span that the grounding checks read (grounding.ts): clock and race times, bare
 * years, stretches of time, ages (set off by commas, at another time), a deed only in the passive
 * with no doer, words that say the answer is not known yet, a length that nothing places in time.
 * (Moved from grounding.ts.)
 */
import { Cls, type Token } from './spans.ts';
import { isDateWord } from './dates.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { TITLE_WORDS } from '../entities/gazetteer.ts';
import { ONE_PERSON } from './person-words.ts';

/** A clock or race time as written: "1:46.02", "11.30am", "9.58", "2pm", "10s". */
export const TIME_SHAPE = /^\d{1,2}[:.]\d{2}|^\d{1,2}(?:am|pm|a\.m\.|p\.m\.|s|secs?|mins?|hrs?)$|^(?:noon|midday|midnight)$/i;
/** Clock and race-time units ("12.30pm", "9.58 seconds"): another table than the lengths of time-words.ts. */
export const TIME_UNIT = /^(?:am|pm|a\.m\.?|p\.m\.?|seconds?|secs?|minutes?|mins?|hours?|hrs?|o'clock|gmt|bst|et|local)$/;

/** The span is a year and nothing else ("2009", "in 2012"). */
export function isBareYear(span: readonly Token[]): boolean {
  const words = span.filter((t) => t.isWord || t.cls === Cls.Num);
  const nums = words.filter((t) => t.cls === Cls.Num);
  return nums.length === 1 && /^(1[5-9]|20)\d\d$/.test(nums[0].text) && words.every((t) => t === nums[0] || /^(in|of|the|since|by|year)$/i.test(t.lower));
}

/** The span's "N years/months" is a stretch of time: "five years ago", "for five years", "after 19 months". */
export function isDuration(sentence: readonly Token[], span: readonly Token[]): boolean {
  const k = sentence.indexOf(span[0]);
  if (k < 0) return false;
  for (let m = k; m < k + span.length; m++) {
    if (!/^(years?|months?|weeks?|days?|decades?)$/i.test(sentence[m]?.lower ?? '')) continue;
    const after = sentence[m + 1]?.lower ?? '';
    const before = sentence[m - 2]?.lower ?? '';
    if (after === 'old' || after === 'of') continue;
    if (/^(ago|later|earlier|before|after|since|long)$/.test(after) || /^(for|after|over|in|within|past|last|next|about|nearly|almost)$/.test(before)) return true;
  }
  return false;
}

/** Words that can answer "when" without a number or a month ("last century", "in the spring"). */
export const DATE_WORD = /^(century|centuries|decade|decades|year|years|ago|season|spring|summer|autumn|fall|winter|night|morning|evening|day|days|half-hour|fortnight|week|weeks|month|months|today|yesterday|tomorrow|now|later|earlier|recently|soon|weekend)$/;

/** Question nouns that ask for a place by name. */
export const PLACE_FOCUS = /^(country|countries|nation|nations)$/i;
/** A whole number a person's age could be ("29", "nine"). */
export const PLAUSIBLE_AGE = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d{1,3}-(?:year|month|week|day)-old)$/i;

/** What follows a number can be read as an age: nothing, punctuation, "years (old)", or a joining word. */
export function isAgeFollower(sentence: readonly Token[], t: Token): boolean {
  const k = sentence.indexOf(t);
  // "on March 14": a number after a month is a day of it, not an age.
  if (k > 0 && isDateWord(sentence[k - 1].text) && /^\d{1,2}$/.test(t.text)) return false;
  const next = k >= 0 && k + 1 < sentence.length ? sentence[k + 1] : undefined;
  if (!next || !next.isWord) return true;
  if (/^(am|pm|a\.m\.|p\.m\.|per|percent)$/i.test(next.text)) return false;
  // ("20 months old": a child's age in months, weeks or days.)
  if (/^(?:months?|weeks?|days?)$/.test(next.lower)) return sentence[k + 2]?.lower === 'old';
  return /^(years?|year-old|old|and|or|when|at|in|on|from|of|who|is|was|has|had|said|says)$/i.test(next.lower) || /^\p{Lu}/u.test(next.text);
}

/** The verb appears only in the passive ("has been turned round") with no "by" naming the doer. */
export function passiveWithoutAgent(sentence: readonly Token[], verb: string): boolean {
  let passive = false;
  for (let k = 0; k < sentence.length; k++) {
    if (sentence[k].stem !== verb) continue;
    const before = sentence.slice(Math.max(0, k - 2), k).map((t) => t.lower);
    if (!before.some((w) => /^(been|was|were|is|are|be|being|got|get)$/.test(w))) return false;
    if (sentence.slice(k + 1, k + 5).some((t) => t.lower === 'by')) return false;
    passive = true;
  }
  return passive;
}

/** The span's number sits in a "when she was 19" or "at the age of 19" clause. */
export function ageAtAnotherTime(sentence: readonly Token[], span: readonly Token[]): boolean {
  const num = span.find((t) => t.cls === Cls.Num || PLAUSIBLE_AGE.test(t.text));
  const k = num ? sentence.indexOf(num) : -1;
  if (k < 0) return false;
  const before = sentence.slice(Math.max(0, k - 6), k).map((t) => t.lower);
  // "when she was just 19" is her age then; "on tuesday, when 74-year-old lynne abraham collapsed"
  // gives her age in a clause that only dates the event.
  const w = before.lastIndexOf('when');
  return (w >= 0 && before.slice(w + 1).some((x) => /^(was|were|is|turned|aged|became)$/.test(x))) || (before.includes('age') && before.includes('at'));
}

/** The span is one number set off by commas right after a word ("Aaron Siler, 26, was"). */
export function reportersAge(sentence: readonly Token[], span: readonly Token[]): boolean {
  const nums = span.filter((t) => t.cls === Cls.Num);
  if (nums.length !== 1 || span.filter((t) => t.isWord).length !== 1) return false;
  const k = sentence.indexOf(nums[0]);
  return k >= 2 && /^\d{1,3}$/.test(nums[0].text) && sentence[k - 1].text === ',' && sentence[k - 2].isWord && sentence[k + 1]?.text === ',';
}

/** Words that say the answer is not known yet ("has yet to determine", "has not been revealed"). */
const NOT_YET = /^(?:yet to (?:determine|establish|confirm|identify|reveal|say|decide|disclose|be (?:determined|established|confirmed|identified|revealed|disclosed|named))|not (?:yet )?(?:been )?(?:known|clear|determined|established|confirmed|revealed|disclosed|identified|released|named)|unclear|unknown|undisclosed)\b/;

/** The span stands after a "not known yet" in its sentence, within the clause that says it. */
export function notYetKnown(sentence: readonly Token[], span: readonly Token[]): boolean {
  const at = span.length ? sentence.indexOf(span[0]) : -1;
  if (at < 0) return false;
  for (let k = Math.max(0, at - 14); k < at; k++) {
    const rest = sentence.slice(k, k + 6).map((t) => t.lower).join(' ');
    if (!NOT_YET.test(rest)) continue;
    // No clause break (a full stop, a semicolon or "but") between the words and the span.
    if (!sentence.slice(k, at).some((t) => /^(;|but|however|although)$/.test(t.lower))) return true;
  }
  return false;
}

/** A question that asks for a person: the name of a person word ("the name of the woman who died"), or who died, was killed, hurt, arrested, born or married. */
/** Roles only a person holds, asked as "Who is the prosecutor?". */
const ROLE_ASKED = 'prosecutor|judge|lawyer|attorney|spokesman|spokeswoman|minister|president|mayor|governor|chairman|chairwoman|director|manager|coach|captain|editor|author|victim|suspect|doctor|officer|commander|leader|chief executive|founder|owner';
const PERSON_ASKED = new RegExp(String.raw`\bnames? of (?:the |a |an |his |her |their )?(?:\p{L}+ )?(?:${ONE_PERSON})\b|^who (?:(?:was|were) )?(?:died|killed|injured|wounded|hurt|arrested|born|married)\b`, 'iu');
const ROLE_HOLDER_ASKED = new RegExp(String.raw`^who (?:is|was) the (?:\p{Ll}+ )?(?:${ROLE_ASKED})\b`, 'iu');

/** Words that make a name a place's: "Place Vendome", "Trafalgar Square", "Heathrow Airport". */
const PLACE_NAME_WORD = /^(?:Place|Square|Street|Avenue|Boulevard|Road|Bridge|Airport|Station|Harbour|Harbor)$/;

/** Nouns of a place whose name follows "of" ("the town of Quimper", "the province of Sichuan"). */
const TOWN_OF = /^(?:town|city|village|county|province|state|region|district|port|island|capital|municipality|borough|suburb|commune|prefecture|emirate|kingdom|republic)$/i;

/**
 * "What is the name of the woman who died?" answered by "Brest" of "near Brest": a place the
 * gazetteer knows, or a name written after "near", "in" or "at", is no person.
 */
export function placeForPerson(question: string, sentence: readonly Token[], span: readonly Token[]): boolean {
  const words = span.filter((t) => t.isWord && !/^(?:the|in|at|near|of)$/i.test(t.text));
  if (words.length === 0) return false;
  // "Who is the prosecutor?" answered by "Place Vendome": a name that is a place's by its own words.
  const placeNamed = PLACE_LOOKUP.has(words.map((t) => t.text).join(' ')) || PLACE_NAME_WORD.test(words[0].text) || PLACE_NAME_WORD.test(words[words.length - 1].text);
  if (ROLE_HOLDER_ASKED.test(question.trim())) return placeNamed;
  const at = sentence.indexOf(span[0]);
  // ("a luxury store near the Place Vendome": "the" may stand between; a square, street or airport is named as one.)
  const before = /^the$/i.test(sentence[at - 1]?.text ?? '') ? sentence[at - 2] : sentence[at - 1];
  // "Who will City play in the semi-final?" answered by "Wembley" of "to be played at Wembley": a name
  // after "at" / "near" / "outside" is where, not who (unless the question asks "at" too, or of an
  // employer: "Who did Starrs work for?" over "worked at BT").
  // (Asked of an opponent, "at X" after a fixture is X's ground, so X itself: "Ipswich's FA Cup replay at
  // Lincoln"; only after "played" / "held" is it the venue.)
  const opponent = /\b(?:play|plays|playing|face|faces|facing|meet|meets|meeting|host|hosts|hosting)\b/i.test(question);
  const venue = /^(?:played|held|staged|hosted)$/i.test(sentence[sentence.indexOf(before!) - 1]?.text ?? '');
  if (/^\s*who\b/i.test(question) && /^(?:near|at|outside)$/i.test(before?.text ?? '') && (!opponent || venue) && !new RegExp(`\\b${before!.lower}\\b|\\b(?:work|employ|job)`, 'i').test(question)) return true;
  // ("Who died?" over "The man died in the town of Quimper": a name after "the town of" is a place's.)
  if (/^\s*who\b/i.test(question) && before?.lower === 'of' && TOWN_OF.test(sentence[sentence.indexOf(before) - 1]?.text ?? '')) return true;
  if (!PERSON_ASKED.test(question.trim())) return false;
  return placeNamed || /^(?:near|in|at|outside)$/i.test(before?.text ?? '');
}

/**
 * "Where is the court?" answered by "Tuesday sentenced former mayor Giorgio Bassi": a day with a
 * deed, or a title before the span's first name ("former mayor Giorgio Bassi"), is no place.
 */
export function personOrDeedForPlace(span: readonly Token[]): boolean {
  const words = span.filter((t) => t.isWord);
  if (words.length === 0) return false;
  if (isDateWord(words[0].text) && words.some((t) => t.cls === Cls.VerbPast || t.cls === Cls.Verb)) return true;
  // (The first name of the span is the titled one: "the Frankfurt motor show by JLR chief executive
  // Ralf Speth" names its place first.)
  const cap = words.findIndex((t) => t.cls === Cls.Cap);
  return cap > 0 && words[cap - 1].cls !== Cls.Cap && TITLE_WORDS.has(words[cap - 1].text.charAt(0).toUpperCase() + words[cap - 1].text.slice(1));
}

/**
 * "What are the suspects' names?" or "Where are the suspects from?" answered by "24 and 31" (their
 * ages): figures alone name no one and no place.
 */
export function figuresForNameOrPlace(question: string, wh: string, span: readonly Token[]): boolean {
  const words = span.filter((t) => t.isWord);
  // (An ordinal is a place in a ranking: "Where was he drafted?" -> "17th".)
  if (words.length === 0 || !words.every((t) => (t.cls === Cls.Num && !/(?:st|nd|rd|th)$/i.test(t.text)) || /^(?:and|or|to)$/i.test(t.text))) return false;
  return wh === 'where' || /^(?:what|which)\s+(?:is|are|was|were)\b[^?]*\bnames?\b/i.test(question.trim());
}

/** A span that is a length of time ("five years", "up to five years in prison") that nothing places in time. */
export function spanIsLength(sentence: readonly Token[], span: readonly Token[]): boolean {
  const k = span.findIndex((t) => t.cls === Cls.Num);
  if (k < 0 || !/^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)$/.test(span[k + 1]?.lower ?? '')) return false;
  if (span.some((t, x) => x !== k && (t.cls === Cls.Num || isDateWord(t.text)))) return false;
  // ("in five years", "within two weeks", "five years ago", "two hours later": placed in time.)
  const n = sentence.indexOf(span[k]);
  if (n < 0) return false;
  const before = sentence.slice(Math.max(0, n - 2), n);
  const after = sentence.slice(n + 2, n + 4);
  return !before.some((t) => /^(?:in|within|after|since|from|by|on|at|every)$/.test(t.lower)) && !after.some((t) => /^(?:ago|later|earlier|before|after|old|on|since)$/.test(t.lower));
}

/** A span of time the sentence marks as past: "since" before it, or "last" / "ago" / "yesterday" in or right after it. */
export function pastMarked(sentence: readonly Token[], span: readonly Token[]): boolean {
  const at = span.length ? sentence.indexOf(span[0]) : -1;
  if (at < 0) return false;
  if (/^(?:since|last)$/.test(sentence[at - 1]?.lower ?? '')) return true;
  const around = [...span, ...sentence.slice(at + span.length, at + span.length + 2)];
  return around.some((t) => /^(?:ago|yesterday|last|earlier)$/.test(t.lower));
}
