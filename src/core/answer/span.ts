/**
 * From the chosen span to the answer a reader wants: a person without their title
 * ("Kyrgyz President Sadyr Zhaparov" -> "Sadyr Zhaparov"), a relative date resolved against
 * the dateline ("Sunday" -> "Sunday, Feb. 6, 2022"), a list with all its items, and whether
 * the span is of the kind the question asked for.
 */
import { isYear } from '../text/years.ts';
import { resolveDate, isDateWord } from './dates.ts';
import { CARDINAL_WORDS } from '../text/number-words.ts';
import { decadeAgeStart } from './age-owner.ts';
import type { QuestionInfo } from './question-type.ts';
import { repairBounds } from './span-bounds.ts';
import { Cls, NUMBER_WORDS, type Token } from './spans.ts';
import { isCurrencyWord } from '../text/currency-words.ts';

export interface RefinedSpan {
  text: string;
  /** False when the span is not what the question asks for (no number for "how many"). */
  typeOk: boolean;
}

/**
 * Words that name an office or role before a person's name. (Kin of the gazetteer's TITLE_WORDS and
 * rules.ts LOWER_TITLES, kept apart: this list lacks "Rev", "Commissioner", "Representative",
 * "Interior", ... and has "emperor", "gov", "commander". Read as the gazetteer's words in lower case,
 * with rules.ts's list so too, 32 of the 10,539 dev answers changed in session 25: "Rev Paul
 * Mothersdale" -> "Paul Mothersdale", "Interior Ministry" -> "Ministry".)
 */
const TITLES = new Set([
  'president', 'vice', 'premier', 'minister', 'secretary', 'chairman', 'chairwoman', 'chair', 'king', 'queen',
  'prince', 'princess', 'emperor', 'general', 'gen', 'governor', 'gov', 'senator', 'sen', 'mayor', 'ambassador',
  'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'director', 'ceo', 'chief', 'executive', 'leader',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'professor', 'pope', 'bishop', 'judge', 'justice', 'coach', 'captain',
  'commander', 'officer', 'head', 'counselor', 'councillor', 'state', 'foreign', 'prime', 'deputy', 'sultan', 'sheikh',
]);

function isTitle(t: Token): boolean {
  return TITLES.has(t.lower.replace(/\.$/, ''));
}

const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_RANGE = new RegExp(`\\bfrom\\b[^;]{0,40}?\\b${WEEKDAY}\\b[^;]{0,30}?\\b(?:until|till|through)\\b[^;]{0,20}?\\b${WEEKDAY}\\b`);

/** Units a measure is written with (a distance, a weight, an area, a speed). */
const MEASURE_UNIT = /^(ft|feet|foot|miles?|km|kilometres?|kilometers?|metres?|meters?|yards?|inches|inch|cm|mm|kg|kilograms?|tonnes?|tons?|lbs?|acres?|hectares?|mph|km\/h|degrees)$/;

/** Nouns for a kind of place, before "of" and its name ("the town of Lodello", "the province of Aceh"). */
const PLACE_KIND = /^(?:town|city|village|region|province|state|county|district|island|port|capital|municipality|country|republic)$/;

/** Refine span tokens [i, j] of a sentence into the answer text. */
export function refineSpan(tokens: Token[], sentence: string, i: number, j: number, q: QuestionInfo, dateline: string | null, setting = false): RefinedSpan {
  let a = i;
  let b = j;
  if (q.expect === 'person' && tokens[a].cls === Cls.Cap) {
    // Never half a name: "Ahmed" -> "Ahmed Aboutaleb".
    while (b + 1 < tokens.length && tokens[b + 1].cls === Cls.Cap) b++;
    while (a > 0 && tokens[a - 1].cls === Cls.Cap && !isTitle(tokens[a - 1])) a--;
  }
  if (q.expect === 'person') {
    // Drop "Kyrgyz President" / "Chinese Foreign Minister" before a capitalised name.
    let lastTitle = -1;
    for (let k = a; k < b; k++) if (isTitle(tokens[k])) lastTitle = k;
    if (lastTitle >= 0 && tokens.slice(lastTitle + 1, b + 1).every((t) => t.cls === Cls.Cap || !t.isWord)) a = lastTitle + 1;
  }
  // In dated news copy a person or place asked for is a name; in encyclopaedia text the answer is
  // often a longer phrase ("New York hotels"), and cutting it cost F1 on qa-dev, so only news.
  // "the northern town of Lodello from 2012 to 2021": asked which town, the town's name.
  if (q.expect === 'place' && tokens[a].cls !== Cls.Cap) {
    const of = tokens.findIndex((t, k) => k > a && k < b && t.lower === 'of' && PLACE_KIND.test(tokens[k - 1].lower) && tokens[k + 1].cls === Cls.Cap);
    if (of > 0) [a, b] = [of + 1, nameEnd(tokens, of + 1, b)];
  }
  if (dateline && (q.expect === 'person' || q.expect === 'place') && tokens[a].cls === Cls.Cap) b = nameEnd(tokens, a, b);
  // "Great Hall of the People" reads as "the Great Hall of the People".
  if (q.expect === 'place' && a > 0 && tokens[a - 1].lower === 'the' && tokens[a].cls === Cls.Cap) a--;
  // A range is one answer: "target range of 1 to 3 percent" -> "1 to 3 percent" (not "from 4.25 to 4.75", a change).
  // (Any span that ends inside a range: "range of 1" is half an answer.)
  // (Figures in words too: "five to six years", "three to six years"; not "one to one".)
  const rangeStart = (t: Token): boolean => t.cls === Cls.Num && (/^[\d,.]+$/.test(t.text) || (NUMBER_WORDS.has(t.lower) && t.lower !== 'one' && !/^(?:hundred|thousand|million|billion|dozen)s?$/.test(t.lower)));
  if (q.expect !== 'date' && rangeStart(tokens[b]) && tokens[b + 1]?.lower === 'to' && tokens[b + 2]?.cls === Cls.Num && tokens[a - 1]?.lower !== 'from' && !tokens.slice(a, b).some((t) => t.lower === 'from')) {
    b += 2;
    if (/^(percent|%)$/.test(tokens[b + 1]?.lower ?? '')) b++;
    // "How long / how far ...?" over "five to six years": the range keeps its unit of time.
    else if (/^how (?!many$|much$)/.test(q.wh) && /^(?:years|months|weeks|days|hours|minutes|seconds)$/.test(tokens[b + 1]?.lower ?? '')) b++;
    while (a < b && tokens[a].cls !== Cls.Num && !/^[$£€¥]$/.test(tokens[a].text) && (q.expect === 'number' || /^(?:range|of|between|the|a)$/.test(tokens[a].lower))) a++;
  }
  // ... and a span on its second figure: "five years" of "four to five years".
  else if (q.expect !== 'date' && tokens[a].cls === Cls.Num && tokens[a - 1]?.lower === 'to' && a >= 2 && rangeStart(tokens[a - 2]) && !isYear(tokens[a - 2].text) && !tokens.slice(Math.max(0, a - 6), a - 2).some((t) => t.lower === 'from') && !/^(?:by|of|up|down)$/.test(tokens[a - 3]?.lower ?? '') && tokens[a - 3]?.cls !== Cls.Verb && tokens[a - 3]?.cls !== Cls.VerbPast) a -= 2;
  // "between 1,500 and 6,000": a span on the first figure is half the range.
  if (q.expect !== 'date' && a === b && tokens[a].cls === Cls.Num && tokens[a - 1]?.lower === 'between' && tokens[b + 1]?.lower === 'and' && tokens[b + 2]?.cls === Cls.Num) {
    a--;
    b += 2;
    if (/^(?:hundred|thousand|million|billion|trillion)$/.test(tokens[b + 1]?.lower ?? '')) b++;
  }
  // A sum keeps its currency: "400 million euros".
  if (q.expect === 'number' && b + 1 < tokens.length && (/^(percent|cents?)$/.test(tokens[b + 1].lower) || isCurrencyWord(tokens[b + 1].lower, tokens[b].lower))) b++;
  // A measure keeps its unit: "How far is Shortandy from Astana?" -> "40 miles", not "40". (Only
  // "how far/much/long/...": "how many" names what is counted, and "What is the temperature?" keeps
  // its bare figure, as tests/core/answer/answer-span-bounds.test.ts pins.)
  if (q.expect === 'number' && /^how (?!many$)/.test(q.wh) && tokens[b].cls === Cls.Num && b + 1 < tokens.length && MEASURE_UNIT.test(tokens[b + 1].lower)) b++;
  // "about a quarter of a million": a share of a million is the number, not "million".
  if (q.expect === 'number' && a === b && /^(million|billion)$/.test(tokens[a].lower) && a >= 3 && tokens[a - 1].lower === 'a' && tokens[a - 2].lower === 'of' && /^(quarter|half|third|fifth|tenth)$/.test(tokens[a - 3].lower)) {
    a -= 3;
    if (a > 0 && /^(a|one|three)$/.test(tokens[a - 1].lower)) a--;
  }
  // "half a million Britons": "half a" (or "a quarter of a") before the million is the number.
  if (q.expect === 'number' && a === b && /^(million|billion)$/.test(tokens[a].lower) && a >= 2 && tokens[a - 1].lower === 'a' && /^(half|quarter)$/.test(tokens[a - 2].lower)) a -= 2;
  // "No one was hurt": the span is "No one", never the count "one".
  if (a === b && tokens[a].lower === 'one' && tokens[a - 1]?.lower === 'no') a--;
  // "How old was the man?" -> "in his 60s", not "60s".
  if (q.wh === 'how old' && decadeAgeStart(tokens, a) >= 0) a = decadeAgeStart(tokens, a);
  // Keep a currency sign with its number, and a closing bracket or quote with its opener.
  if (a > 0 && /^[$£€¥]$/.test(tokens[a - 1].text)) a--;
  const fixed = repairBounds(tokens, a, b, q, setting);
  ({ a, b } = fixed);
  const text = sentence.slice(tokens[a].start, tokens[b].end - fixed.trimEnd);
  const span = tokens.slice(a, b + 1);
  const typeOk = typeMatches(span, q);
  // "won the award two years later" after "opened in 1984": the year it makes, with the story's words.
  const counted = q.expect === 'date' ? yearCounted(text, sentence.slice(0, tokens[a].start)) : null;
  if (counted) return { text: counted, typeOk };
  if (q.expect === 'date' && dateline) {
    // "from 6 p.m. on Sunday until Monday": a span on either day answers with the whole range.
    const range = DAY_RANGE.exec(sentence);
    const days = range && (text.includes(range[1]) || text.includes(range[2])) ? `${range[1]} until ${range[2]}` : text;
    const resolved = resolveDate(days, sentence, dateline);
    if (resolved) return { text: resolved.text, typeOk };
  }
  return { text: balance(text), typeOk };
}

/**
 * "1986 (two years later)" for a span "two years later" when the sentence gives one year before it
 * ("opened in 1984 and won the award two years later"); null otherwise.
 */
function yearCounted(text: string, before: string): string | null {
  const m = /^(\d{1,2}|[a-z]+) years? (later|earlier)$/i.exec(text.trim());
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : CARDINAL_WORDS.indexOf(m[1].toLowerCase()) + 1;
  const years = before.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? [];
  if (n <= 0 || new Set(years).size !== 1) return null;
  return `${Number(years[0]) + (m[2].toLowerCase() === 'later' ? n : -n)} (${text.trim()})`;
}

/**
 * Does the question ask for one thing, so that one item of a list answers it ("Name *a* common
 * autoimmune disease.", "What acquired *condition* results in ...?", "What *was* the first
 * settlement?")? Read from the question alone: "a"/"an"/"one" after "name"/"give", a singular
 * noun asked about ("which/what X"), or "what/which is/was" before the thing asked. Questions
 * without such a mark ("Who did Tesla partner with?") keep the whole list.
 */
export function asksForOne(question: string, q: QuestionInfo): boolean {
  const low = question.toLowerCase();
  if (/\b(?:name|give|list|mention|identify)\s+(?:a|an|one)\b/.test(low)) return true;
  if (/^(?:what|which|who)\s+(?:is|was)\b/.test(low) || /\b(?:what|which|who)\s+(?:is|was)\s+(?:a|an|one|the)\b/.test(low)) return true;
  const w = q.focusWord?.toLowerCase() ?? '';
  return w.length > 2 && !(/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) && !/(?:people|men|women|children|data|media|criteria|phenomena)$/.test(w);
}

const LIST_BREAK = new Set<number>([Cls.Verb, Cls.VerbPast, Cls.Aux, Cls.Wh, Cls.Pron]);

/**
 * A list has all its items: when the span ends where an item of "A, B, C and D" ends, the
 * end moves to the end of the list (only if the list really closes with "and"/"or" + item).
 */
export function extendList(tokens: Token[], i: number, j: number): number {
  let k = j + 1;
  let end = j;
  let closed = false;
  for (let items = 0; items < 12 && k < tokens.length; items++) {
    const sep = tokens[k];
    let next = k;
    if (sep.text === ',') next = k + 1;
    let conj = false;
    if (tokens[next]?.lower === 'and' || tokens[next]?.lower === 'or') {
      conj = true;
      next++;
    } else if (sep.text !== ',') break;
    // The item: a few words without verbs or clause punctuation.
    let m = next;
    while (m < tokens.length && tokens[m].isWord && !LIST_BREAK.has(tokens[m].cls) && m - next < 6 && !(tokens[m].lower === 'and' || tokens[m].lower === 'or')) m++;
    if (m === next) break;
    const after = tokens[m];
    // The item runs on into a clause: not a list (unless "and"/"or" brings the last item).
    if (after && after.isWord && after.lower !== 'and' && after.lower !== 'or') break;
    end = m - 1;
    k = m;
    if (conj) {
      closed = true;
      break;
    }
  }
  return closed && end - i < 40 ? end : j;
}

/** Lowercase words that may sit inside a name ("Bank of England", "Trinidad and Tobago"). */
const NAME_GLUE = new Set(['of', 'the', 'de', 'da', 'del', 'di', 'du', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'and', '&', 'y', 'in']);

/**
 * Where a name (or a list of names) that starts at `a` ends within the span: a person or place
 * asked for is a name, so a tail of plain words is cut ("Falkirk and had a loan" -> "Falkirk",
 * "Tecomak Environmental Services in an email" -> "Tecomak Environmental Services"). Lowercase
 * glue and list commas stay when a capitalised word follows them.
 */
function nameEnd(tokens: readonly Token[], a: number, b: number): number {
  let end = a;
  for (let k = a + 1; k <= b; k++) {
    const t = tokens[k];
    if (t.cls === Cls.Cap || /^\p{Lu}/u.test(t.text) || /^['’]s?$/.test(t.text) || /^\d/.test(t.text)) {
      end = k;
      continue;
    }
    // Glue and commas only count when a name comes after them.
    if (NAME_GLUE.has(t.lower) || t.text === ',' || t.text === '-' || t.text === '.') {
      let n = k + 1;
      while (n <= b && (NAME_GLUE.has(tokens[n].lower) || tokens[n].text === ',' || tokens[n].text === '-')) n++;
      if (n <= b && (tokens[n].cls === Cls.Cap || /^\p{Lu}/u.test(tokens[n].text))) continue;
    }
    break;
  }
  return end;
}

/** "How deep/far/tall ...?": a size or a speed, never a point in time (grounding.ts refuses a year for one). */
const SIZE_WORDS = 'deep|far|tall|high|wide|heavy|fast|big';
export const SIZE_ASKED = new RegExp(`^how (?:${SIZE_WORDS})$`);
/** ... and with a length, a sum or an age: what a bare year never answers. */
const MEASURE_ASKED = new RegExp(`^how (?:${SIZE_WORDS}|long|much|old)$`);

/** Does the span carry what the question's kind needs? Only strict kinds are checked. */
function typeMatches(span: Token[], q: QuestionInfo): boolean {
  switch (q.expect) {
    case 'number':
      // "How deep did the vessel sink?" is no year ("until 2011"): a measure or a sum asked for needs a figure that is not one.
      if (MEASURE_ASKED.test(q.wh)) return span.some((t) => t.cls === Cls.Num && !isYear(t.text));
      return span.some((t) => t.cls === Cls.Num);
    case 'date':
      return span.some((t) => t.cls === Cls.Num || isDateWord(t.text) || /^(century|decade|year|years|ago|season|spring|summer|autumn|fall|winter|night|morning|evening|week|month)$/.test(t.lower));
    case 'person':
    case 'place':
      return span.some((t) => t.cls === Cls.Cap || (t.isWord && /^\p{Lu}/u.test(t.text)));
    default:
      return true;
  }
}

/** Close a quote or bracket the span opened, drop one it did not open. */
function balance(text: string): string {
  let t = text;
  const opens = (t.match(/[([]/g) ?? []).length;
  const closes = (t.match(/[)\]]/g) ?? []).length;
  if (closes > opens) t = t.replace(/[)\]]+$/, '');
  if ((t.match(/"/g) ?? []).length % 2 === 1) t = t.replace(/^"|"$/, '');
  return t.trim();
}
