/**
 * Typed answer spans: for questions whose kind is clear (who, when, where, how many, why,
 * "which railway"), the spans of the top sentences that have the right shape — a name
 * without its title, a whole date, a capitalised place after "at"/"in", a number with its
 * unit, a "for ..."/"because ..." clause, the noun phrase ending in the noun asked about.
 * The span model then chooses among these instead of among all spans.
 */
import { CITIES, COUNTRIES, DEMONYMS, KNOWN_ORGS, MONTH_AND_DAY_NAMES, ORG_HEADS, REGIONS, TITLE_WORDS } from '../entities/gazetteer.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, type Token } from './spans.ts';
import { isCurrencyName } from '../text/currency-words.ts';
import { NAME_PARTICLES } from '../text/name-particles.ts';
import { ordinalAlt } from '../text/number-words.ts';
import { WIDE_YEAR_DIGITS } from '../text/years.ts';

/** A span one rule found in a sentence: first and last token (inclusive). */
interface RuleSpan {
  i: number;
  j: number;
  /** Added to the model's score: evidence the rule has beyond the span's shape. */
  bonus: number;
}

/** A typed span of one of the sentences. */
export interface TypedSpan extends RuleSpan {
  /** Index into PreparedArticle.sentences. */
  sentence: number;
}

/** Which rules run (all by default; evaluation switches them off one at a time). */
export interface RuleSwitches {
  person?: boolean;
  date?: boolean;
  place?: boolean;
  number?: boolean;
  reason?: boolean;
  focus?: boolean;
  object?: boolean;
}

const PLACES = new Set([...COUNTRIES, ...REGIONS, ...CITIES]);
const LOC_PREP = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'inside', 'outside', 'across', 'throughout', 'within', 'around', 'towards', 'toward', 'onto']);
// Titles in lower case, beside the gazetteer's cased TITLE_WORDS (span.ts TITLES is a third list): read
// as TITLE_WORDS in lower case (with "special", "technical") it changed 25 dev answers' confidence in
// session 25, so it stays its own list.
const LOWER_TITLES = new Set(['president', 'minister', 'premier', 'chancellor', 'secretary', 'chairman', 'king', 'queen', 'general', 'governor', 'mayor', 'senator', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'director', 'chief', 'leader', 'deputy', 'foreign', 'prime', 'vice', 'state', 'head', 'assistant', 'special', 'technical']);

function isTitleToken(t: Token): boolean {
  return TITLE_WORDS.has(t.text) || DEMONYMS[t.text] !== undefined || LOWER_TITLES.has(t.lower);
}

/** Maximal runs of capitalised tokens; `connectors` lets "of (the)" and Arabic/Dutch particles join them. */
function capRuns(toks: Token[], connectors: boolean): [number, number][] {
  const runs: [number, number][] = [];
  let k = 0;
  while (k < toks.length) {
    if (toks[k].cls !== Cls.Cap) {
      k++;
      continue;
    }
    let end = k;
    let m = k + 1;
    while (m < toks.length) {
      const t = toks[m];
      if (t.cls === Cls.Cap || (t.cls === Cls.Num && toks[m + 1]?.cls === Cls.Cap)) {
        end = m;
        m++;
        continue;
      }
      if (t.isWord && NAME_PARTICLES.has(t.lower) && toks[m + 1]?.cls === Cls.Cap) {
        m++;
        continue;
      }
      if (connectors && t.lower === 'of') {
        const n = toks[m + 1]?.lower === 'the' ? m + 2 : m + 1;
        if (toks[n]?.cls === Cls.Cap) {
          m = n;
          continue;
        }
      }
      if (connectors && t.text === '-' && toks[m + 1]?.cls === Cls.Cap) {
        m++;
        continue;
      }
      break;
    }
    runs.push([k, end]);
    k = end + 1;
  }
  return runs;
}

function spanText(toks: Token[], a: number, b: number, sentence: string): string {
  return sentence.slice(toks[a].start, toks[b].end);
}

function anyMatch(match: boolean[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (match[k]) return true;
  return false;
}

/** People: capitalised names, titles stripped, not named in the question, not places or months. */
function personSpans(toks: Token[], text: string, match: boolean[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  // Names joined by "of (the)" are institutions or places ("Great Hall of the People").
  const joined = capRuns(toks, true).filter(([a, b]) => toks.slice(a, b + 1).some((t) => t.lower === 'of'));
  for (const [a0, b] of capRuns(toks, false)) {
    if (joined.some(([x, y]) => a0 >= x && b <= y)) continue;
    let a = a0;
    let roleMatches = 0;
    while (a <= b && isTitleToken(toks[a])) {
      if (match[a]) roleMatches++;
      a++;
    }
    // "the Kyrgyz president, Sadyr Zhaparov": a role just before counts too.
    for (let k = Math.max(0, a0 - 3); k < a0; k++) if (match[k] && isTitleToken(toks[k])) roleMatches++;
    if (a > b || anyMatch(match, a, b)) continue;
    const name = spanText(toks, a, b, text);
    if (PLACES.has(name) || DEMONYMS[name] !== undefined || KNOWN_ORGS.has(name) || MONTH_AND_DAY_NAMES.has(name.replace(/\.$/, ''))) continue;
    if (ORG_HEADS.has(toks[b].text)) continue;
    out.push({ i: a, j: b, bonus: 3 * roleMatches });
  }
  return out;
}

/** Places: capitalised phrases after a preposition of place, or known place names. */
function placeSpans(toks: Token[], text: string, match: boolean[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  for (const [a, b] of capRuns(toks, true)) {
    if (anyMatch(match, a, b)) continue;
    const name = spanText(toks, a, b, text);
    if (MONTH_AND_DAY_NAMES.has(name.replace(/\.$/, ''))) continue;
    const withThe = a > 0 && toks[a - 1].lower === 'the';
    const before = toks[withThe ? a - 2 : a - 1];
    const afterPrep = before !== undefined && LOC_PREP.has(before.lower);
    if (!afterPrep && !PLACES.has(name)) continue;
    // "at" names where something happened; "to" and "from" name where someone went or came from.
    const prep = afterPrep ? before.lower : '';
    // "the Great Hall of the People in Beijing": the first, more specific place of a chain.
    const chained = (toks[b + 1]?.lower === 'in' || toks[b + 1]?.lower === 'at') && toks[b + 2]?.cls === Cls.Cap;
    const bonus = (prep === 'at' ? 1 : prep === 'in' || prep === 'inside' || prep === 'near' ? 0.3 : 0) + (b > a ? 0.2 : 0) + (chained ? 0.5 : 0);
    out.push({ i: a, j: b, bonus });
  }
  return out;
}

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ORDINAL = `(?:${ordinalAlt(20)}|twenty-first|\\d{1,2}(?:st|nd|rd|th))`;
const DAY_RE = new RegExp(
  [
    `(?:${WEEKDAY},?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`,
    `(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?`,
    `${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?`,
    '\\b(?:yesterday|today|tomorrow|tonight)\\b',
  ].join('|'),
  'g',
);
const PERIOD_RE = new RegExp(
  [
    `${MONTH}(?:\\s+of)?,?\\s+\\d{4}`,
    `(?:the\\s+)?(?:(?:early|late|mid)[- ])?(?:\\d{4}s|${ORDINAL}\\s+century)`,
    `\\b${WIDE_YEAR_DIGITS}(?:\\s*(?:–|-|to)\\s*(?:${WIDE_YEAR_DIGITS}|\\d{2}))?\\b(?:\\s+(?:BC|BCE|AD|CE))?`,
    '\\b(?:(?:later|earlier|early|late)\\s+)?(?:last|next|this)\\s+(?:week|month|year|spring|summer|autumn|fall|winter)\\b',
    // A part of a year: "in the fourth quarter", "the second half of 2027", "by the end of the year".
    '\\b(?:the\\s+)?(?:first|second|third|fourth|final|last|next|current)\\s+(?:quarter|half)(?:\\s+of\\s+(?:the\\s+year|next\\s+year|this\\s+year|\\d{4}|the\\s+\\S+\\s+century))?\\b',
    '\\bthe\\s+end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:year|month|week|decade|\\d{4})\\b',
    // A month alone after a preposition: "suspended in September", "her comeback ... in May".
    `(?<=\\b(?:in|since|until|by|from|during|early|late|mid)\\s)${MONTH}\\b(?![\\s-]*\\d)`,
  ].join('|'),
  'g',
);

/** Token range covering a character range, or null when it does not align with tokens. */
function tokenRange(toks: Token[], start: number, end: number): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let k = 0; k < toks.length; k++) {
    if (a < 0 && toks[k].start >= start) a = k;
    if (toks[k].end <= end) b = k;
  }
  return a >= 0 && b >= a ? [a, b] : null;
}

/** Dates: whole day expressions first ("Sunday, Feb. 6, 2022"), then months, years, centuries. */
function dateSpans(toks: Token[], text: string, q: QuestionInfo, news: boolean): RuleSpan[] {
  const out: RuleSpan[] = [];
  const taken: [number, number][] = [];
  const add = (re: RegExp, bonus: number): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const r = tokenRange(toks, m.index, m.index + m[0].length);
      if (!r) continue;
      const [a, b] = r;
      if (taken.some(([x, y]) => a >= x && b <= y)) continue;
      // A year inside a name ("Beijing 2022 Olympic Winter Games") is not a date.
      if (a === b && toks[a].cls === Cls.Num && toks[a - 1]?.cls === Cls.Cap && toks[a + 1]?.cls === Cls.Cap) continue;
      taken.push([a, b]);
      out.push({ i: a, j: b, bonus });
    }
  };
  const wantsYear = q.focus === 'year' || q.focus === 'decad' || q.focus === 'centuri';
  if (!wantsYear) {
    add(DAY_RE, news ? 1 : 0);
    add(PERIOD_RE, 0);
  } else {
    // "What year ...?": the year alone, even inside a full date.
    for (let k = 0; k < toks.length; k++) {
      if (/^(1\d{3}|20\d{2})s?$/.test(toks[k].text)) out.push({ i: k, j: k, bonus: 0 });
    }
  }
  return out;
}

/** Numbers, with and without the unit after them ("3600 revolutions per minute", "six years"). */
function numberSpans(toks: Token[], q: QuestionInfo): RuleSpan[] {
  const out: RuleSpan[] = [];
  let k = 0;
  while (k < toks.length) {
    const t = toks[k];
    const startsNumber = t.cls === Cls.Num && !/^(first|second|third|once|twice|half|several|many|few)$/.test(t.lower);
    if (!startsNumber) {
      k++;
      continue;
    }
    let a = k;
    if (a > 0 && /^[$£€¥]$/.test(toks[a - 1].text)) a--;
    let b = k;
    while (b + 1 < toks.length && (toks[b + 1].cls === Cls.Num || toks[b + 1].text === '%' || (toks[b + 1].text === '-' && toks[b + 2]?.cls === Cls.Num))) b++;
    // Money and shares keep their unit: "400 million euros", "27 percent".
    if (b + 1 < toks.length && (UNIT_WORD.test(toks[b + 1].lower) || isCurrencyName(toks[b + 1].lower))) b++;
    out.push({ i: a, j: b, bonus: 0 });
    let u = b;
    while (u + 1 < toks.length && u - b < 3 && (toks[u + 1].cls === Cls.Noun || toks[u + 1].cls === Cls.Adj || toks[u + 1].lower === 'per')) {
      u++;
      if (toks[u].cls === Cls.Noun) out.push({ i: a, j: u, bonus: q.focus !== null && toks[u].stem === q.focus ? -0.3 : 0 });
    }
    k = b + 1;
  }
  return out;
}

const MODIFIER_CLASSES = new Set<number>([Cls.Adj, Cls.Noun, Cls.Cap, Cls.Num, Cls.VerbPast]);
/** Share words a number keeps; currency names are in core/text/currency-words.ts. */
const UNIT_WORD = /^(percent|cents?)$/;
const CLAUSE_END = new Set([',', ';', '.', ':', '—', '–', ')', '!', '?']);

/** Words after "as" that make it no cause: "as well", "as part of", "as expected", "as a result" (that one is read by its own words). */
const AS_NOT_CAUSE = /^(well|part|expected|usual|such|if|though|much|many|far|long|soon|of|a|an|the|to|for|in|with|per|opposed|compared|recently|early|late|it|did|does|do|is|was)$/;

/** Does "as" at k open a clause with a subject and its verb ("as shoppers in Europe switched ...")? */
function causalAs(toks: Token[], k: number): boolean {
  if (!toks[k + 1]?.isWord || AS_NOT_CAUSE.test(toks[k + 1].lower)) return false;
  for (let m = k + 2; m < toks.length && m <= k + 8; m++) {
    if (CLAUSE_END.has(toks[m].text)) return false;
    if (toks[m].cls === Cls.VerbPast || toks[m].cls === Cls.Aux) return true;
  }
  return false;
}

/** Reasons: "because ...", "for ...", "to <verb> ...", "so as to ...", ", as <clause>", up to the clause's end. */
function reasonSpans(toks: Token[], match: boolean[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].lower;
    const next = toks[k + 1];
    let ok = false;
    if (w === 'because' || w === 'due' || w === 'owing' || w === 'so' || w === 'in') {
      ok = (w === 'because') || (w === 'due' && next?.lower === 'to') || (w === 'owing' && next?.lower === 'to') ||
        (w === 'so' && (next?.lower === 'as' || next?.lower === 'that')) || (w === 'in' && next?.lower === 'order');
    } else if (w === 'for') ok = next !== undefined && next.cls !== Cls.Num && next.isWord;
    else if (w === 'to') ok = next !== undefined && next.cls === Cls.Verb && toks[k - 1]?.lower !== 'as' && toks[k - 1]?.lower !== 'order';
    // "... fell 9 percent, as shoppers switched to cheaper brands": "as" after a comma opening a clause with its own verb.
    else if (w === 'as') ok = toks[k - 1]?.text === ',' && causalAs(toks, k);
    if (!ok) continue;
    let end = k + 1;
    while (end + 1 < toks.length && !CLAUSE_END.has(toks[end + 1].text) && end - k < 25) end++;
    if (end <= k) continue;
    let inside = 0;
    for (let m = k; m <= end; m++) if (match[m]) inside++;
    const near = (k > 0 && match[k - 1]) || (k > 1 && match[k - 2]) ? 1 : 0;
    out.push({ i: k, j: end, bonus: near - 0.7 * inside + (w === 'because' || w === 'so' || w === 'in' || w === 'due' ? 0.5 : 0) });
  }
  return out;
}

/** "Which railway?": the noun phrase ending in the railway ("the China-Kyrgyzstan-Uzbekistan railway"), or what follows "areas such as". */
function focusSpans(toks: Token[], q: QuestionInfo, match: boolean[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  if (q.focus === null) return out;
  for (let f = 0; f < toks.length; f++) {
    if (toks[f].stem !== q.focus) continue;
    let m = f;
    while (m > 0 && MODIFIER_CLASSES.has(toks[m - 1].cls) && f - m < 6) m--;
    let newWord = false;
    for (let k = m; k < f; k++) if (!match[k] && !isStop(toks[k].lower)) newWord = true;
    if (m < f && newWord) {
      const det = m > 0 && toks[m - 1].lower === 'the' ? m - 1 : m;
      out.push({ i: det, j: f, bonus: 0 });
      // "What type of atmosphere?" -> "100% oxygen" (from "100% oxygen atmosphere").
      if (q.kindOf) out.push({ i: m, j: f - 1, bonus: 0.5 });
    }
    // "areas such as A, B and C", "products including A and B".
    const a = toks[f + 1]?.lower === 'such' && toks[f + 2]?.lower === 'as' ? f + 3 : toks[f + 1]?.lower === 'including' || toks[f + 1]?.lower === 'like' ? f + 2 : -1;
    if (a > 0 && a < toks.length) {
      let end = a;
      while (end + 1 < toks.length && !/^[.;:!?)]$/.test(toks[end + 1].text) && end - a < 30) end++;
      while (end > a && !toks[end].isWord) end--;
      out.push({ i: a, j: end, bonus: 1 });
    }
  }
  return out;
}

const NP_CLASSES = new Set<number>([Cls.Det, Cls.Adj, Cls.Noun, Cls.Cap, Cls.Num, Cls.VerbPast, Cls.VerbIng]);
const NP_PREPS = new Set(['of', 'for', 'in', 'on']);

/** "What will China import?": the noun phrase after the question's verb ("import of high-quality ... products"). */
function objectSpans(toks: Token[], q: QuestionInfo, match: boolean[]): RuleSpan[] {
  const out: RuleSpan[] = [];
  if (q.gapLeft === null) return out;
  for (let v = 0; v < toks.length; v++) {
    if (!match[v] || toks[v].stem !== q.gapLeft) continue;
    let a = v + 1;
    if (toks[a]?.lower === 'of') a++;
    if (a >= toks.length || !NP_CLASSES.has(toks[a].cls) || match[a]) continue;
    let b = a;
    const inNp = (k: number): boolean =>
      k < toks.length && !match[k] && (NP_CLASSES.has(toks[k].cls) || (toks[k].text === '-' && k + 1 < toks.length) || (toks[k].lower === 'and' && NP_CLASSES.has(toks[k + 1]?.cls ?? -1)));
    while (inNp(b + 1)) b++;
    // Keep "of/for/in/on" phrases that belong to the noun ("documents for cooperation in culture").
    while (NP_PREPS.has(toks[b + 1]?.lower ?? '') && inNp(b + 2) && b - a < 20) {
      b += 2;
      while (inNp(b + 1)) b++;
    }
    while (b > a && (!toks[b].isWord || toks[b].cls === Cls.Det || toks[b].lower === 'and')) b--;
    out.push({ i: a, j: b, bonus: 0 });
  }
  return out;
}

/** Typed spans for the question over the given sentences (each with its question-word flags). */
export function typedSpans(
  sentences: { index: number; tokens: Token[]; text: string; match: boolean[] }[],
  q: QuestionInfo,
  news: boolean,
  rules: RuleSwitches = {},
): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const s of sentences) {
    let found: RuleSpan[] = [];
    if (q.expect === 'person' && rules.person !== false) found = personSpans(s.tokens, s.text, s.match);
    else if (q.expect === 'date' && rules.date !== false) found = dateSpans(s.tokens, s.text, q, news);
    else if (q.expect === 'place' && rules.place !== false) found = placeSpans(s.tokens, s.text, s.match);
    else if (q.expect === 'number' && rules.number !== false) found = numberSpans(s.tokens, q);
    else if (q.expect === 'reason' && rules.reason !== false) found = reasonSpans(s.tokens, s.match);
    else if (q.expect === 'thing' && rules.focus !== false) found = focusSpans(s.tokens, q, s.match);
    else if ((q.expect === 'verb' || q.expect === 'be') && rules.object !== false) found = objectSpans(s.tokens, q, s.match);
    for (const f of found) out.push({ sentence: s.index, ...f });
  }
  return out;
}
