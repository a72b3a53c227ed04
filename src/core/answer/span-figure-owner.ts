/**
 * A sentence that lists several figures, each with its own owner, time or place: "They said 200
 * fighter planes, including 79 on the aircraft carrier Carl Vinson, were already in the Gulf",
 * "receives around 2,500 calls per day, and in the last two years has had to deal with 1,248 that
 * did not need emergency help". Reporters write figures this way all the time, the counted noun
 * once for all of them; the span model and the count pattern take the first figure. "How many
 * planes are on the Carl Vinson?" is the figure whose own phrase says the question's words: 79.
 *
 * Cautious on purpose (a first version that let every question word vote for its nearest figure
 * moved 59 news answers for the worse and 15 for the better): the span moves only when its
 * figure's own phrase says none of the question's words (the counted noun aside) and exactly one
 * other figure's own phrase says two or more and counts no other noun ("hundreds of students").
 */
import { Cls, tokenize, type Token } from './spans.ts';
import { isStop } from './spans.ts';
import { isYear } from '../text/years.ts';
import { isCurrencyWord } from '../text/currency-words.ts';
import { spanIn } from './grounding-reading.ts';
import type { PreparedArticle } from './prepare.ts';

/** A figure question: how many / how much ("How old was X when ...?" asks the figure of a clause, patterns-age.ts). */
const FIGURE_QUESTION = /^\s*how\s+(?:many|much)\b/i;
/** Tokens that end the counted noun after "how many" / "how much": a verb, an auxiliary, a preposition... */
const ENDS_COUNTED = new Set<number>([Cls.Aux, Cls.VerbPast, Cls.Prep, Cls.Det, Cls.Pron, Cls.Wh, Cls.Punct, Cls.Comma]);
/** A qualifier written before a figure and kept with it ("up to 40", "around 2,500"). */
const QUALIFIER_ONE = /^(?:about|around|nearly|almost|roughly|some|over|under|only|just)$/;
const QUALIFIER_TWO = /^(?:at (?:least|most)|up to|more than|fewer than|less than)$/;

interface Figure {
  a: number;
  b: number;
}

/** The runs of figure tokens of a sentence: never a year, "one" / "a", or a figure the question writes itself. */
function figuresOf(toks: readonly Token[], asked: ReadonlySet<string>): Figure[] {
  const out: Figure[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.cls !== Cls.Num || isYear(t.text) || /^(?:one|a|an|many|much)$/.test(t.lower) || asked.has(t.lower)) continue;
    // (A name with a digit in it is no figure: "tv5monde".)
    if (/\d/.test(t.text) && !/^\d/.test(t.text)) continue;
    const last = out[out.length - 1];
    if (last && last.b === k - 1) last.b = k;
    else out.push({ a: k, b: k });
  }
  return out;
}

/** The question's words that may place a figure, and the counted noun's (after "how many"/"how much"). */
function placingStems(q: string): { stems: Set<string>; counted: Set<string>; figures: Set<string> } {
  const qt = tokenize(q);
  const stems = new Set<string>();
  const counted = new Set<string>();
  const figures = new Set<string>();
  let inCounted = false;
  for (let k = 0; k < qt.length; k++) {
    const t = qt[k];
    if (k > 0 && /^(?:many|much)$/.test(t.lower) && qt[k - 1].lower === 'how') {
      inCounted = true;
      continue;
    }
    if (inCounted && ENDS_COUNTED.has(t.cls)) inCounted = false;
    if (!t.isWord) continue;
    if (t.cls === Cls.Num) {
      figures.add(t.lower);
      continue;
    }
    if (t.cls === Cls.Wh || isStop(t.lower) || !t.stem) continue;
    (inCounted ? counted : stems).add(t.stem);
  }
  for (const c of counted) stems.delete(c);
  return { stems, counted, figures };
}

/** Where a figure's own phrase ends: a comma, semicolon, dash or bracket, another clause. */
function endsPhrase(t: Token): boolean {
  if (t.cls === Cls.Comma || t.cls === Cls.Open || t.cls === Cls.Close) return true;
  if (t.cls === Cls.Punct) return /^[;:\-–—]$/.test(t.text);
  return /^(?:and|but|or|while|whereas|compared|than)$/.test(t.lower);
}

/** The tokens of a figure's own phrase: up to AFTER words after it (its unit skipped), BEFORE words before it (its qualifier skipped). */
function ownPhrase(toks: readonly Token[], f: Figure): { after: Token[]; before: Token[]; next: Token | undefined } {
  const [a, b] = withQualifierAndUnit(toks, f);
  const after: Token[] = [];
  for (let k = b + 1; k < toks.length && after.length < AFTER; k++) {
    if (endsPhrase(toks[k]) || (toks[k].cls === Cls.Num && !isYear(toks[k].text))) break;
    if (toks[k].isWord) after.push(toks[k]);
  }
  const before: Token[] = [];
  for (let k = a - 1; k >= 0 && before.length < BEFORE; k--) {
    if (endsPhrase(toks[k]) || (toks[k].cls === Cls.Num && !isYear(toks[k].text))) break;
    if (toks[k].isWord) before.push(toks[k]);
  }
  return { after, before, next: toks[b + 1] };
}

const AFTER = 6;
const BEFORE = 4;
/** Fewest of the question's words another figure's own phrase must say to take the answer. */
const MIN_WORDS = 2;

/**
 * The span [i, j] moved to the figure the question's words stand by, or null. Only for a how-many
 * or how-much question whose span holds exactly one of the sentence's two or more figures, when that
 * figure's own phrase says none of the question's words but its counted noun, and exactly one other
 * figure's own phrase says at least two of them and counts nothing else ("hundreds of students" is
 * no answer to "How many exits did the students rush through?").
 */
export function figureOfAskedOwner(q: string, toks: readonly Token[], i: number, j: number): [number, number] | null {
  if (!FIGURE_QUESTION.test(q)) return null;
  const { stems, counted, figures: askedFigures } = placingStems(q);
  const figures = figuresOf(toks, askedFigures);
  if (figures.length < 2 || stems.size === 0) return null;
  const held = figures.filter((f) => f.a >= i && f.b <= j);
  if (held.length !== 1) return null;
  const said = figures.map((f) => {
    const own = ownPhrase(toks, f);
    const words = new Set([...own.after, ...own.before].filter((t) => stems.has(t.stem)).map((t) => t.stem));
    // (A figure with a noun of its own after it counts that, unless it is the question's.)
    const noun = own.next?.lower === 'of' ? toks[toks.indexOf(own.next) + 1] : own.next;
    // ("How much is the service charge?" asks no counted noun: "nine per cent service charge" is the question's own.)
    const other = noun !== undefined && (noun.cls === Cls.Noun || noun.cls === Cls.Cap) && !counted.has(noun.stem) && !(counted.size === 0 && stems.has(noun.stem));
    return { words: words.size, other };
  });
  const current = figures.indexOf(held[0]);
  if (said[current].words > 0) return null;
  const able = said.map((x, k) => (k !== current && !x.other && x.words >= MIN_WORDS ? k : -1)).filter((k) => k >= 0);
  if (able.length !== 1) return null;
  // (A figure in brackets right after another is the same one converted: "100 square kilometers (39 square miles)".)
  const [first, second] = able[0] < current ? [figures[able[0]], figures[current]] : [figures[current], figures[able[0]]];
  if (toks[second.a - 1]?.cls === Cls.Open && figures.indexOf(first) === figures.indexOf(second) - 1) return null;
  // (Nor "12 of the 30 men were tried": a part of the whole, the whole's phrase says both.)
  const between = toks.slice(first.b + 1, second.a).map((t) => t.lower).join(' ');
  if (/^(?:of|of the|out of)$/.test(between)) return null;
  return withQualifierAndUnit(toks, figures[able[0]]);
}

/** A figure with its currency sign or qualifier before it and its unit word after it. */
function withQualifierAndUnit(toks: readonly Token[], f: Figure): [number, number] {
  let a = f.a;
  let b = f.b;
  if (a > 0 && /^[$£€¥]$/.test(toks[a - 1].text)) a--;
  const w = (k: number) => toks[k]?.lower ?? '';
  if (a > 1 && QUALIFIER_TWO.test(`${w(a - 2)} ${w(a - 1)}`)) a -= 2;
  else if (a > 2 && w(a - 1) === 'as' && w(a - 2) === 'many' && w(a - 3) === 'as') a -= 3;
  else if (a > 0 && QUALIFIER_ONE.test(w(a - 1))) a--;
  const next = toks[b + 1];
  if (next && (isCurrencyWord(next.lower, toks[b].lower) || /^(?:percent|%)$/.test(next.lower))) b++;
  else if (next?.lower === 'per' && w(b + 2) === 'cent') b += 2;
  return [a, b];
}

/**
 * The same for a fixed pattern's count or measure (patterns-amounts.ts): the text of the figure
 * the question's words stand by, or null.
 */
export function ownedFigureText(q: string, prep: PreparedArticle, sentence: number, kind: string, text: string): string | null {
  if (kind !== 'count' && kind !== 'measure') return null;
  const s = prep.sentences[sentence];
  const found = spanIn(s.tokens, text);
  if (found.length === 0) return null;
  const i = s.tokens.indexOf(found[0]);
  const moved = figureOfAskedOwner(q, s.tokens, i, i + found.length - 1);
  if (!moved) return null;
  return s.text.slice(s.tokens[moved[0]].start, s.tokens[moved[1]].end);
}
