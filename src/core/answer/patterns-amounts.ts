/**
 * Counts a reporter writes in fixed ways (patterns.ts reads them before the span model): "How
 * many councillors voted against?" (a number right before the noun asked about, with its
 * qualifier: "up to 300", "more than 55,000"), and "How many times ...?" by the ordinal of this
 * time. (A measure, a figure beside its noun and a vote's tally are patterns-figures.ts.)
 */
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, stem, type Token } from './spans.ts';
import { isNewsCopy } from './news-copy.ts';
import { namesAsked, type PatternResult } from './patterns-typed.ts';
import { askedVerb, sameVerb, saysVerb } from './asked-verb.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { CARDINAL_WORDS, FIGURE_ORDINAL, ORDINAL_WORDS, ordinalAlt } from '../text/number-words.ts';
import { YEAR_IN_TEXT, isYear } from '../text/years.ts';
import { bracketedFigureOfName, sentencesNaming } from './count-named.ts';
import { GAP_ASKED, QUALIFIER } from './patterns-words.ts';

/** "twenty-three", "forty": a number written in words above twelve. */
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
export const ONE_NUMBER = `(?:\\d(?:[\\d,.]*\\d)?(?:\\s+(?:million|billion|thousand|hundred))?|${TENS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)`;
/** A number, or two of them as a reporter hedges ("40 or 41", "20 to 30"). */
const NUMBER = `(?:${ONE_NUMBER}(?:\\s+(?:or|to)\\s+${ONE_NUMBER})?)`;

/**
 * "How many councillors voted against?": a number written right before the noun asked about (one
 * or two words between), with its qualifier ("up to 300", "more than 55,000"), in the sentence
 * that shares most of the question.
 */
export function count(q: string, info: QuestionInfo, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const found = countFound(q, info, prep, ranked);
  return found?.text ? (gappedCount(q, prep, found) ?? nearerCount(info, prep, found) ?? found) : found;
}

/**
 * "How many seats are still to be counted?" over "The Alliance won 79 seats ..., with four seats
 * for voters abroad still to be counted": of two counts of the noun in one sentence, the one
 * followed by the question's other words (none of them after the first).
 */
function nearerCount(info: QuestionInfo, prep: PreparedArticle, found: PatternResult): PatternResult | null {
  const toks = prep.sentences[found.sentence].tokens;
  const others = new Set(info.terms.filter((t) => t !== info.focus));
  if (others.size === 0) return null;
  const counts = toks.flatMap((t, k) => (t.cls === Cls.Num && toks[k + 1]?.stem === info.focus ? [k] : []));
  if (counts.length !== 2 || toks[counts[0]].text !== found.text) return null;
  const says = (from: number, to: number) => toks.slice(from, to).some((t) => others.has(t.stem));
  return !says(counts[0] + 2, counts[1]) && says(counts[1] + 2, counts[1] + 10) ? { ...found, text: toks[counts[1]].text } : null;
}

/** "How many seats did the Socialists win?": the one asked of, after "did" / "does" / "have" ... */
const ASKED_OF = /^\s*[Hh]ow\s+many\s+.+?\s+(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;

/**
 * "The Alliance won 79 seats and the Socialists 77": the verb and the noun said once for two
 * owners. Asked of the second, its number right after its name (not a per-cent figure, not the first's).
 */
function gappedCount(q: string, prep: PreparedArticle, found: PatternResult): PatternResult | null {
  const owner = ASKED_OF.exec(q)?.[1];
  if (!owner) return null;
  const text = prep.sentences[found.sentence].text;
  const at = text.indexOf(found.text!);
  const m = new RegExp(`(?:,|\\band)\\s+(?:the\\s+)?${esc(owner)}\\s+(\\d+(?:,\\d{3})*|${CARDINAL_WORDS.slice(0, 12).join('|')})(?![\\p{L}\\d%-]|\\s*(?:per|%))`, 'iu').exec(text);
  return m && at >= 0 && m.index > at && m[1] !== found.text ? { ...found, text: m[1] } : null;
}

function countFound(q: string, info: QuestionInfo, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  if (info.wh !== 'how many' || !info.focus) return null;
  // The counted noun phrase: the words after "how many" up to the verb ("heron nests").
  const phrase = /^how many\s+(.+?)\s+(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|must|may|might)\b/i.exec(q.trim())?.[1] ?? '';
  // (Only the phrase's content words: "episodes of the show" must not count "two of his films" by its "of".)
  const words = phrase.split(/\s+/).map((w) => w.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''));
  const counted = new Set([info.focus, ...words.filter((w) => w && !isStop(w)).map((w) => stem(w))]);
  // "How many league games ...?" counts games: "the top five European leagues" is no count of
  // them. A word before the head noun (the last before a function word) only qualifies it.
  const lead = words.slice(0, (words.findIndex((w) => !/^\p{Ll}+$/u.test(w) || isStop(w) || NOT_NOUN.test(w)) + 1 || words.length + 1) - 1);
  const head = lead.length > 1 && /[^s]s$/.test(lead[lead.length - 1]) ? stem(lead[lead.length - 1]) : null;
  const qualifies = new Set(head ? lead.slice(0, -1).map((w) => stem(w)).filter((w) => w !== head) : []);
  const headed = (toks: readonly Token[], k: number) => !qualifies.has(toks[k].stem) || toks.slice(k + 1, k + 3).some((t) => t.stem === head);
  // "How many points do Liverpool have?" is not answered by "four points behind City": a gap
  // (behind, ahead, adrift, clear) is no total, unless the question asks one.
  const gap = GAP_ASKED.test(q);
  const verb = askedVerb(q);
  // "How many birds have died?" is not answered by "a farm with 1,000 birds": in news copy the
  // count must stand in a sentence that says the deed asked about (any form, or a WordNet
  // synonym). Elsewhere that sentence is tried first, then any: encyclopaedia text says "donated
  // 233 paintings" for "give", which WordNet does not list (one right qa-dev answer lost otherwise).
  // "How many libraries does Bristol have?" over "close two of its 27 libraries": the whole is asked, not the part.
  // "How many economists were polled?" over "17 of 20 economists polled": the whole's own word is asked.
  const asked = new Set(q.toLowerCase().split(/[^\p{L}\d'-]+/u).filter((w) => w && !isStop(w)).map((w) => stem(w)));
  const owns = OWNS.test(q.trim());
  const whole = (toks: readonly Token[], k: number) => owns || (toks[k + 1] !== undefined && toks[k + 1].cls === Cls.VerbPast && asked.has(toks[k + 1].stem));
  // "How many steps a day cut the risk by 51%?": a figure the question gives names which case is
  // asked; a sentence with another figure ("3,800 steps a day cut the risk by 25%") is another case.
  const given = [...q.matchAll(/(?<![\p{L}\d])(\d[\d,.]*)\s*(%|per ?cent|percent)/giu)].map((x) => x[1].replace(/[.,]$/, ''));
  if (given.length) ranked = ranked.filter((r) => given.every((g) => new RegExp(`(?<![\\d.,])${esc(g)}\\s*(?:%|per ?cent|percent)`, 'i').test(prep.sentences[r.sentence].text)));
  ranked = backgroundLast(q, prep, ranked);
  // "How many babies named Dexter ...?": only sentences that write the name (count-named.ts).
  ranked = sentencesNaming(q, prep.sentences, ranked);
  const bracketed = bracketedFigureOfName(q, prep.sentences, ranked);
  if (bracketed) return { ...bracketed, kind: 'count' };
  const placed = placeCount(q, prep, ranked);
  if (placed) return placed;
  // "How many seconds of match action ...?" over "just 27 seconds ... with 14 seconds of match
  // action": the count of the noun followed by the asked "of" words comes first.
  const ofPart = new Set((/\bof\s+(.+)$/i.exec(phrase)?.[1] ?? '').split(/\s+/).filter((w) => w && !isStop(w.toLowerCase())).map((w) => stem(w.toLowerCase())));
  const ofThem = (toks: readonly Token[], k: number) => toks[k + 1]?.lower === 'of' && toks.slice(k + 2, k + 5).some((t) => ofPart.has(t.stem));
  // "How many of the vehicles are in Canada?" asks a part: "About 27,000 of the vehicles are in
  // Canada" before the whole recall's "310,000 vehicles in the United States and Canada".
  const partOf = (toks: readonly Token[], k: number) => /^(?:the|its|their|his|her|these|those)$/.test(toks[k - 1]?.lower ?? '') && toks[k - 2]?.lower === 'of';
  const partAsked = /^how many of (?:the|its|their|his|her|these|those) /i.test(q.trim());
  const both = (a: (toks: readonly Token[], k: number) => boolean) => (toks: readonly Token[], k: number) => headed(toks, k) && a(toks, k);
  const part = partAsked ? countIn(ranked, prep, counted, undefined, whole, both(partOf), gap) : null;
  const any = part ?? (ofPart.size ? countIn(ranked, prep, counted, undefined, whole, both(ofThem), gap) : null) ?? countIn(ranked, prep, counted, undefined, whole, headed, gap);
  if (partAsked && !part && any) {
    const next = partNext(q, prep, any.sentence);
    if (next) return next;
  }
  if (!verb || !any) return any;
  // (The verb is checked only in sentences that hold a count: synonym look-ups are not free.)
  const withVerb = countIn(ranked, prep, counted, (k) => saysVerb(prep.sentences[k].tokens, verb), whole, headed, gap);
  return (withVerb && (verbCount(prep, withVerb, verb) ?? countBeforeVerb(prep, withVerb, verb, counted) ?? partOfWhole(prep, withVerb, verb))) ?? withVerb ?? (isNewsCopy(prep, false) ? null : any);
}

/** Words that end a counted noun phrase ("points behind City", "goals ahead of ..."). */
const NOT_NOUN = /^(?:behind|ahead|above|below|before|after|per|than|against|during|since|until|inside|outside|across|over|under|left|more|fewer|less)$/;
/** A count that is a gap: "four points behind City", "seven points adrift", "five points clear". */
const GAP_AFTER = /^\s+(?:behind|ahead|adrift|clear|above|below|short\s+of|off\s+the)\b/i;
/** "Seven were for curfew violations" / "Of those, 12 were ...": a part said at the next sentence's start. */
const PART_NEXT = new RegExp(`^(?:of (?:them|those|these),?\\s+)?(${QUALIFIER}${NUMBER})\\s+(?:of (?:them|those|these)\\s+)?(?:were|was|are|had|have|involved|came)\\b`, 'i');

/**
 * "How many of the arrests were for curfew violations?" over "Police made 10 arrests. Seven were
 * for curfew violations, he said.": the whole's sentence is followed by one that opens on the
 * part's number and says the rest of the question.
 */
function partNext(q: string, prep: PreparedArticle, k: number): PatternResult | null {
  const next = prep.sentences[k + 1];
  const m = next && PART_NEXT.exec(next.text);
  if (!m || !/\d|^(?:.*\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(m[1])) return null;
  const rest = /^how many of \S+ \S+\s+(?:is|was|are|were|did|does|do|has|have|had)\s+(.+?)\s*[?.!]*$/i.exec(q.trim())?.[1] ?? '';
  const want = rest.split(/\s+/).map((w) => w.toLowerCase()).filter((w) => w && !isStop(w)).map((w) => stem(w));
  const have = new Set(next.tokens.map((t) => t.stem));
  return want.length && want.every((w) => have.has(w)) ? { text: m[1].trim(), sentence: k + 1, kind: 'count' } : null;
}

/**
 * "How many cases per 100,000 people were there in England?" over "... was 51 in the Tay area,
 * compared to 36 in Scotland and 25 in England": the figure written right before "in" and the
 * place the question ends with (a capitalised name, or "the" and one), in a sentence that shares
 * the question; never a number the question gives itself, nor a year.
 */
function placeCount(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const place = /\bin\s+((?:the\s+)?\p{Lu}[^?!.,;]{0,60}?)\s*[?!.]*$/u.exec(q.trim())?.[1];
  if (!place) return null;
  const re = new RegExp(`(?<![\\p{L}\\d-])(${QUALIFIER}${NUMBER})\\s+in\\s+${esc(place)}\\b`, 'iu');
  for (const r of ranked) {
    if (r.coverage < 0.3) continue;
    const m = re.exec(prep.sentences[r.sentence].text);
    if (!m || !/\d/.test(m[1]) || isYear(m[1].trim()) || q.includes(m[1].trim())) continue;
    return { text: m[1].trim(), sentence: r.sentence, kind: 'count' };
  }
  return null;
}

/**
 * "How many people were killed in India?" over "Some 3,862 people have died, and in India, where
 * 72 people were also killed, ...": of two counts of the noun asked, the one whose own clause says
 * the asked verb right after it ("72 people were also killed").
 */
function countBeforeVerb(prep: PreparedArticle, found: PatternResult, verb: string, counted: ReadonlySet<string>): PatternResult | null {
  const s = prep.sentences[found.sentence];
  const toks = s.tokens.filter((t) => t.isWord);
  for (let v = 2; v < toks.length; v++) {
    if (toks[v].cls === Cls.Num || !sameVerb(toks[v].lower, verb)) continue;
    let k = v - 1;
    while (k > 0 && AUX_BETWEEN.test(toks[k].lower)) k--;
    // "... and that two had died": a number standing alone as the subject of the asked verb, the counted noun said before it.
    const alone = toks[k].cls === Cls.Num && k > 0 && /^(?:that|and|while|but|whereas|where)$/.test(toks[k - 1].lower) && /^(?:\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(toks[k].text) && toks[k].text !== found.text && (k < v - 1 || /(?:ed|en)$/.test(toks[v].lower));
    if (alone) return { text: toks[k].text, sentence: found.sentence, kind: 'count' };
    if (k === v - 1 && !/(?:ed|en)$/.test(toks[v].lower)) continue;
    if (!counted.has(toks[k].stem)) continue;
    const m = new RegExp(`(?<![\\p{L}\\d-])(${QUALIFIER}${NUMBER})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu').exec(s.text.slice(0, toks[k].start));
    if (!m || !/\d/.test(m[1]) || m[1].trim() === found.text) continue;
    // ("1,177 barrio 18 members were transferred": "18" is of the name "barrio 18".)
    const named = /(?<![\p{L}\d])\d[\d,.]*\s+(\p{L}[\p{L}-]*)\s+$/u.exec(s.text.slice(0, toks[k].start - m[0].length));
    if (named && /^\d{1,3}$/.test(m[1].trim()) && !isStop(named[1].toLowerCase())) continue;
    // ("52 of the 73 defendants were tried": the whole of a part is not the count of those asked.)
    if (/\bof\s+(?:the\s+|its\s+|their\s+|all\s+|his\s+|her\s+|our\s+)?$/i.test(s.text.slice(0, toks[k].start - m[0].length))) continue;
    return { text: m[1].trim(), sentence: found.sentence, kind: 'count' };
  }
  return null;
}
const BE_HAVE = /^(?:is|are|was|were|be|been|being|am|have|has|had)$/;
/** Words between a counted noun and its verb ("people were also killed", "people have been arrested"). */
const AUX_BETWEEN = /^(?:were|was|are|is|have|has|had|been|being|be|also|all|reportedly|later|since|now)$/;

/**
 * "How many people were killed?" over a quake story whose last paragraph recalls "two powerful
 * earthquakes in February 2023 that killed more than 50,000 people": in news copy a sentence
 * dated by a year is background, read after the story's lead when the lead is as well covered,
 * unless the question gives a year itself.
 */
function backgroundLast(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): readonly { sentence: number; coverage: number }[] {
  if (YEAR_IN_TEXT.test(q) || !isNewsCopy(prep, false)) return ranked;
  // (Only the lead, the story's first two sentences, moves before them: the lead says what happened.)
  const lead = (r: { sentence: number }) => (r.sentence <= 1 && !YEAR_IN_TEXT.test(prep.sentences[r.sentence].text) ? 0 : 1);
  const dated = (r: { sentence: number }) => YEAR_IN_TEXT.test(prep.sentences[r.sentence].text);
  if (!ranked.some((r) => lead(r) === 0) || !ranked.some(dated)) return ranked;
  return ranked.map((r, k) => ({ r, k })).sort((a, b) => b.r.coverage - a.r.coverage || lead(a.r) - lead(b.r) || a.k - b.k).map((x) => x.r);
}

/** A question about how many there are in all: "How many libraries does Bristol have / run?", "How many ... are there?". */
/** ("How many seats are in parliament?": the seats there are in all, not the 37 a party won of them.) */
const OWNS = /^how many\s.+?\s(?:(?:does|do|did)\s.+?\s(?:have|own|run|operate|manage)|(?:are|were)\s+there|(?:are|were)\s+(?:there\s+)?in\s+(?:the\s+)?[\p{L}-]+)\s*[?.!]*$/iu;

/**
 * "How many Britons could a superbug kill?" over "could infect up to 200,000 Britons and kill
 * 80,000": when the asked verb is followed by a figure of its own, that figure is the count of
 * the deed asked about; the one before the counted noun belongs to another verb.
 */
function verbCount(prep: PreparedArticle, found: PatternResult, verb: string): PatternResult | null {
  const s = prep.sentences[found.sentence];
  const toks = s.tokens;
  for (let v = 0; v + 1 < toks.length; v++) {
    // (Not "be" or "have": "How many victims were over 80?" does not ask the 80 after "were".)
    if (!toks[v].isWord || toks[v].cls === Cls.Num || BE_HAVE.test(toks[v].lower) || NOT_NOUN.test(verb) || !sameVerb(toks[v].lower, verb)) continue;
    const m = new RegExp(`^\\s*(${QUALIFIER}${NUMBER})(?![\\d,.]*\\d)(?=\\s*(?:[,.;:!?]|$)|\\s+(?:in|on|at|and|or|by|over|during|across|each|every|per|a|an|the|others|more)\\b)`, 'iu').exec(s.text.slice(toks[v].end));
    if (!m || !/\d/.test(m[1]) || m[1].trim() === found.text) continue;
    return { text: m[1].trim(), sentence: found.sentence, kind: 'count' };
  }
  return null;
}

/**
 * "How many agencies does Taser supply?" over "The company supplies its weapons to 17,800 of the
 * United States' roughly 18,000 law enforcement agencies": the count found is the whole of a part
 * the deed asked is done to; the part's figure answers. (Read only when the sentence says the asked
 * deed before the part: "How many agencies are there?" has none and keeps the whole.)
 */
function partOfWhole(prep: PreparedArticle, found: PatternResult, verb: string): PatternResult | null {
  const { text, tokens } = prep.sentences[found.sentence];
  const m = new RegExp(`(?<![\\p{L}\\d-])(${QUALIFIER}${NUMBER})\\s+(out\\s+)?of\\s+(?:the|its|their|his|her|our|all)?\\s*(?:[\\p{L}'’.-]+\\s+){0,4}?${esc(found.text!)}(?![\\d,.]*\\d)`, 'iu').exec(text);
  // ("missed five out of eight kicks": "out of" makes a word number a part too, as "one of" does not.)
  if (!m || (!/\d/.test(m[1]) && !m[2]) || m[1].trim() === found.text) return null;
  // The deed is done to the part: its verb stands before the part's figure ("Just 28 of 700,000 babies born ..." counts the born as the whole).
  if (!tokens.some((t) => t.end <= m.index && t.isWord && sameVerb(t.lower, verb))) return null;
  return { text: m[1].trim(), sentence: found.sentence, kind: 'count' };
}

/** The first count of a counted noun in the ranked sentences (see count). */
function countIn(ranked: readonly { sentence: number; coverage: number }[], prep: PreparedArticle, counted: ReadonlySet<string>, ok: (sentence: number) => boolean = () => true, whole: (toks: readonly Token[], k: number) => boolean = () => false, at: (toks: readonly Token[], k: number) => boolean = () => true, gap = true): PatternResult | null {
  for (const r of ranked) {
    if (r.coverage < 0.3) continue;
    const s = prep.sentences[r.sentence];
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      if (!toks[k].isWord || !counted.has(toks[k].stem) || k === 0) continue;
      // The number may stand up to three words before the noun ("300 speed cameras", "300 speed and traffic cameras").
      for (let back = 1; back <= 4 && k - back >= 0; back++) {
        if (!toks[k - back].isWord) break;
        const head = s.text.slice(0, toks[k - back].end);
        // (A whole word: "Twenty-three people" is not a count of "three".)
        const m = new RegExp(`(?<![\\p{L}\\d-])(${QUALIFIER}${NUMBER})$`, 'iu').exec(head);
        if (!m || !new RegExp(`\\d|^(?:.*\\s)?(?:${TENS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$`, 'i').test(m[1])) continue;
        const between = toks.slice(k - back + 1, k).filter((t) => t.isWord);
        if (between.some((t) => t.cls === Cls.Num || t.cls === Cls.Verb || t.cls === Cls.VerbPast)) continue;
        // "three categories of rooms" counts the categories, not the rooms ("hundreds of fans" is a count).
        // ("1 million of the phones", "14 of the 45 women": a part of those asked about is a count of them.)
        if (between.findIndex((t) => t.lower === 'of') > 0 && !/(?:dozens|hundreds|thousands|millions|billions)$/i.test(m[1])) continue;
        if (!at(toks, k)) continue;
        // "1,177 barrio 18 members were transferred": a number right after a name's word is part of
        // the name ("Barrio 18", "Boeing 747"); the count is the number before the name, if any.
        const label = nameNumber(toks, k - back);
        if (label) return { text: label, sentence: r.sentence, kind: 'count' };
        // ("one of his favourite designers" names a member, not how many there are.)
        if (between[0]?.lower === 'of' && /^(?:one|1)$/i.test(m[1])) continue;
        if (!gap && GAP_AFTER.test(s.text.slice(toks[k].end))) continue;
        // The count, not the counted: "How many guests ...?" -> "2000", not "2000 guests".
        if (!ok(r.sentence)) continue;
        // "52 of the 73 defendants were tried in absentia": the part is the count of those asked about.
        // ("expected by 17 of 20 economists polled": a part of a counted whole, numeral to numeral.)
        const part = new RegExp(`(${QUALIFIER}${NUMBER})\\s+of\\s+(?:(?:the|its|their|all|his|her|our)\\s+)?$`, 'i').exec(head.slice(0, head.length - m[1].length));
        // ("one of 10 fires" names a member of them, not how many did it.)
        if (part && !whole(toks, k) && !(/^(?:one|1)$/i.test(part[1].trim()) && !/\b(?:the|its|their|all)\s*$/i.test(part[0])) && /\d|^(?:.*\s)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(part[1])) return { text: part[1].trim(), sentence: r.sentence, kind: 'count' };
        return { text: m[1].trim(), sentence: r.sentence, kind: 'count' };
      }
    }
  }
  return null;
}

/**
 * The number at `n` as part of a name ("barrio 18", "boeing 747"): a word that is no function word
 * or verb stands right before it, and right before that word another number, not a year: that
 * number is the count ("1,177 barrio 18 members" -> "1,177"); else null.
 */
function nameNumber(toks: readonly Token[], n: number): string | null {
  const w = toks[n - 1];
  const c = toks[n - 2];
  if (!/^\d{1,3}$/.test(toks[n]?.text ?? '') || !w?.isWord || isStop(w.lower) || w.cls === Cls.Verb || w.cls === Cls.VerbPast || w.cls === Cls.Aux || /^\d/.test(w.text)) return null;
  if (c?.cls === Cls.Num && /\d/.test(c.text) && !/^(?:1[89]|20)\d\d$/.test(c.text)) return c.text;
  return null;
}

/** "for a record ninth time", "for the 12th time", "his third title". */
const NTH_TIME = new RegExp(String.raw`\bfor\s+(?:a|the)\s+(?:record(?:-equalling|-equaling|-extending)?\s+)?(${ordinalAlt(20)}|${FIGURE_ORDINAL})\s+(?:time|straight time|consecutive time)\b`, 'i');

/**
 * "How many times has Hamilton won the British Grand Prix?" over "Lewis Hamilton won the British
 * Grand Prix for a record ninth time": the ordinal of this time is the count ("nine"), in a sentence
 * that names whom the question asks about and says most of its words.
 */
export function timesByOrdinal(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  if (!/^how many times\b/i.test(q.trim())) return null;
  const asked = namesAsked(q);
  for (const r of ranked) {
    const t = prep.sentences[r.sentence].text;
    if (r.coverage < 0.5 || !asked.every((n) => t.includes(n))) continue;
    const m = NTH_TIME.exec(t);
    // The one it happened to is named before the ordinal ("Hamilton won ... for a record ninth time,
    // finishing ahead of Lando Norris": not Norris's ninth).
    if (!m || !asked.every((n) => t.indexOf(n) < m.index)) continue;
    const word = m[1].toLowerCase();
    const k = ORDINAL_WORDS.indexOf(word);
    return { text: k >= 0 ? CARDINAL_WORDS[k] : word.replace(/\D+$/, ''), sentence: r.sentence, kind: 'count' };
  }
  return null;
}
