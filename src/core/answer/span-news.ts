/**
 * Span repairs for text written with capitals (news shapes, measured on news and encyclopaedia
 * questions alike): the span model learned from encyclopaedia questions, and in a news sentence it often lands on the wrong part of the right sentence, in
 * ways a shape of the sentence tells apart. Each repair reads the chosen sentence only and moves
 * the span inside it:
 *   - "What did X call Y?": the words in quotes after "called"/"describing it as"/"termed".
 *   - "Which lender ...?": the name right after the asked noun ("South African lender Nedbank").
 *   - "Who located the car?" / "Which club is considering ...?": the name just before the asked
 *     verb ("Mick Sexton, the man who located her car", "despite Atletico Madrid considering"),
 *     or after it in a passive ("the Gaza Strip, which is run by Hamas"). These two live in
 *     span-names.ts, with the name runs and token tests the repairs here share.
 *   - "How much ...?": a sum of money, the one nearest the question's words ("$199 for the
 *     16GB model and $299 for the 32GB model").
 *   - "Where is X ranked?": the position ("ranked fourth in the world", "drafted 17th overall").
 *   - "How big has the fire grown?": the figure after the asked verb and "to"/"at" ("grown to 80,000 acres").
 *   - a span that runs on where "and when"/"and if" opens another clause stops there.
 * followOnSpan moves the answer to the next sentence when the chosen one only sets the question up.
 * Measured on our news follow-up questions and qa-dev (docs/answers-spans.md).
 */
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, stem, tokenize, type Token } from './spans.ts';
import { capRunFrom, holdsNewName, isCap, matches, namedAfterNoun, subjectOfVerb, VERBS, type SpanRange } from './span-names.ts';
import { HYPHEN_LENGTH, TIME_NOUN } from '../text/time-words.ts';
import { isCurrencyName, isCurrencyWord } from '../text/currency-words.ts';
import { SAY_VERB } from './speech-words.ts';
import { timeAfterDeed } from './span-deed-time.ts';
import { FIGURE_ORDINAL, ordinalAlt } from '../text/number-words.ts';

const CALL_Q = /\b(call|calls|called|describe|describes|described|term|termed|terms|dub|dubbed|label|labelled|labeled|brand|branded)\b/i;
const CALL_VERB = /^(call|calls|called|calling|describe|describes|described|describing|term|termed|terming|dub|dubbed|dubbing|label|labels|labelled|labeled|labelling|brand|brands|branded|branding)$/;
const OPEN_QUOTE = /^["“‘']$/;
const CLOSE_QUOTE = /^["”’']$/;
const RANK_Q = /\b(rank|ranks|ranked|ranking|position|placed|finish|finished|drafted|seeded|come|came|start|starts|qualified)\b/i;
const ORDINAL = new RegExp(`^(?:${FIGURE_ORDINAL}|${ordinalAlt(20)}|last|bottom|top)$`);

/** "What did X call Y?": the quoted words after the calling verb. */
function calledQuote(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if ((info.wh !== 'what' && info.wh !== 'how') || !CALL_Q.test(q)) return null;
  for (let v = 0; v < toks.length; v++) {
    if (!CALL_VERB.test(toks[v].lower)) continue;
    for (let k = v + 1; k < toks.length && k <= v + 8; k++) {
      if (!OPEN_QUOTE.test(toks[k].text)) continue;
      let end = k + 1;
      while (end < toks.length && !CLOSE_QUOTE.test(toks[end].text)) end++;
      let b = end - 1;
      while (b > k && !toks[b].isWord) b--;
      if (b <= k) break;
      if (i === k + 1 && j <= b) return null;
      return [k + 1, b];
    }
  }
  // 'said Mr Halliday's accusation was "garbage"': in reported speech the word put to the thing
  // asked about follows "was"/"is"/"as", once the sentence says the thing (a word of the question
  // just before) and reports speech.
  if (!toks.some((t) => SAY_VERB.test(t.lower))) return null;
  const terms = new Set(info.terms);
  for (let k = 2; k + 1 < toks.length; k++) {
    if (!OPEN_QUOTE.test(toks[k].text) || !/^(was|is|were|are|as)$/.test(toks[k - 1].lower) || !matches(toks[k - 2], terms)) continue;
    let b = k + 1;
    while (b + 1 < toks.length && !CLOSE_QUOTE.test(toks[b + 1].text)) b++;
    while (b > k && !toks[b].isWord) b--;
    if (b <= k || b > k + 6) return null;
    return i === k + 1 && j <= b ? null : [k + 1, b];
  }
  return null;
}

/**
 * The quoted word a question "What did X call Y?" asks for (calledQuote), for every story:
 * quotation marks need no capitals, so stories written in lower case get it too.
 */
export function quotedCallRepair(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  return calledQuote(q, info, toks, i, j);
}

/** "How much ...?": the sum of money nearest the question's words, when the span is no sum. */
function nearestSum(info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  if (info.wh !== 'how much') return null;
  const inSpan = toks.slice(Math.max(0, i - 1), j + 2);
  if (inSpan.some((t, k) => /^[$£€¥]$/.test(t.text) || isCurrencyWord(t.lower, inSpan[k - 1]?.lower) || /%$/.test(t.text) || /^(percent|per)$/.test(t.lower))) return null;
  const sums: SpanRange[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (/^[$£€¥]$/.test(toks[k].text) && toks[k + 1]?.cls === Cls.Num) {
      let b = k + 1;
      while (toks[b + 1] && (toks[b + 1].cls === Cls.Num || /^(m|bn|k|million|billion|trillion)$/.test(toks[b + 1].lower))) b++;
      sums.push([k, b]);
    } else if (toks[k].cls === Cls.Num && /\d/.test(toks[k].text) && isCurrencyName(toks[k + 1]?.lower ?? '')) {
      sums.push([k, k + 1]);
    }
  }
  if (sums.length === 0) return null;
  return nearestToDistinct(toks, sums, terms);
}

/**
 * Of several spans of a sentence, the one nearest the question's words that the sentence says
 * once: "16GB" tells "$199 for the 16GB model and $299 for the 32GB model" apart, "model" (said
 * twice) does not. The first span when no such word is there.
 */
export function nearestToDistinct(toks: readonly Token[], spans: readonly SpanRange[], terms: ReadonlySet<string>): SpanRange {
  // "children" in the sentence for "child" in the question: a stem that starts the other counts.
  const asked = (t: Token): string | undefined => {
    if (!t.isWord || isStop(t.lower)) return undefined;
    if (terms.has(t.stem)) return t.stem;
    for (const term of terms) if (term.length >= 4 && (t.stem.startsWith(term) || term.startsWith(t.stem))) return term;
    return undefined;
  };
  const count = new Map<string, number>();
  for (const t of toks) {
    const a = asked(t);
    if (a) count.set(a, (count.get(a) ?? 0) + 1);
  }
  const first = Math.min(...spans.map(([a]) => a));
  const distinct: number[] = [];
  toks.forEach((t, k) => {
    const a = asked(t);
    if (a && count.get(a) === 1) distinct.push(k);
  });
  // Words before every sum are what the sums share ("Season tickets cost £450 for adults and £120
  // for children"); the words after them tell the sums apart.
  const after = distinct.filter((k) => k > first);
  const hits = after.length ? after : distinct;
  // A word right after a sum belongs to it ("£450 for adults"): a sum before the word wins a tie.
  const dist = ([a, b]: SpanRange): number => (hits.length ? Math.min(...hits.map((h) => (h < a ? a - h + 0.5 : h > b ? h - b : 0))) : a);
  return spans.reduce((x, y) => (dist(y) < dist(x) ? y : x));
}

/** "Where is X ranked?": the position nearest the ranking word. */
function position(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  if ((info.wh !== 'where' && info.wh !== 'what' && info.wh !== 'which') || !RANK_Q.test(q)) return null;
  // A span holding the position and more ("fifth in the league, two points behind ...") is cut to it.
  for (let k = i; k <= j; k++) {
    if (!ORDINAL.test(toks[k].lower)) continue;
    const end = /^(place|overall)$/.test(toks[k + 1]?.lower ?? '') && k + 1 <= j ? k + 1 : k;
    return k === i && end === j ? null : [k, end];
  }
  // "In which round was he drafted?" asks for a round: the position must say it ("17th overall" does not).
  const kind = info.focus !== null && !/^(posit|place|rank|spot)/.test(info.focus) ? info.focus : null;
  // The names the question asks about ("Where are Wales ranked?"): the nearest name before the
  // ranking word must be one of them, not another side's ("Marc Wilmots' side - ranked fourth").
  const names = new Set(tokenize(q).filter((t, k) => k > 0 && t.cls === Cls.Cap).map((t) => t.stem));
  const ownsRank = (r: number): boolean => {
    if (names.size === 0) return true;
    for (let k = r - 1; k >= 0; k--) if (isCap(toks[k]) && !(k === 0 && toks[k].cls !== Cls.Cap)) return names.has(toks[k].stem);
    return true;
  };
  const anchors: number[] = [];
  toks.forEach((t, k) => matches(t, terms) && /^(rank|posit|place|finish|draft|seed|come|came|start|qualifi)/.test(t.stem) && ownsRank(k) && anchors.push(k));
  if (anchors.length === 0) return null;
  let best: SpanRange | null = null;
  let bestDist = 4;
  toks.forEach((t, k) => {
    if (!ORDINAL.test(t.lower) || (/^(first|last|top|bottom|second)$/.test(t.lower) && !/^(place|overall|in)$/.test(toks[k + 1]?.lower ?? ''))) return;
    if (kind !== null && toks[k + 1]?.stem !== kind) return;
    const d = Math.min(...anchors.map((a) => Math.abs(a - k)));
    if (d < bestDist) [best, bestDist] = [[k, k], d];
  });
  return best;
}

/**
 * "dementia and when you add to this alcohol": a span stops where "and"/"but" opens a clause.
 * So does a name followed by "and" and a verb ("MetroHealth Medical Center and suffered from
 * minor bruises"): the verb starts another deed of the sentence's subject, not a second name.
 */
function clauseCut(toks: readonly Token[], i: number, j: number): SpanRange | null {
  for (let k = i + 1; k < j; k++) {
    const verbAfterName = toks[k].lower === 'and' && isCap(toks[k - 1]) && (toks[k + 1].cls === Cls.VerbPast || toks[k + 1].cls === Cls.Verb) && !isCap(toks[k + 1]);
    if (verbAfterName || ((toks[k].lower === 'and' || toks[k].lower === 'but') && /^(when|if|where|while|because|as|that|then)$/.test(toks[k + 1].lower))) {
      let b = k - 1;
      while (b > i && !toks[b].isWord) b--;
      return [i, b];
    }
  }
  return null;
}

const LEVEL_Q = /^(?:how (?:big|large|high|tall|deep|long|far)\b|(?:at |to )?what (?:level|size|height|figure|value)\b)/i;

/** "How big has the fire grown?" over "has grown to 80,000 acres with only 10% containment": the figure the verb reaches. */
function reached(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (!LEVEL_Q.test(q.trim()) || info.gapLeft === null) return null;
  for (let v = 0; v < toks.length; v++) {
    if (toks[v].stem !== info.gapLeft) continue;
    for (let k = v + 1; k < toks.length && k <= v + 6; k++) {
      if (!/^(to|at)$/.test(toks[k].lower) || toks[k + 1]?.cls !== Cls.Num) continue;
      let b = k + 1;
      while (toks[b + 1] && (toks[b + 1].cls === Cls.Num || /^(%|percent|acres?|hectares?|miles?|km|metres?|meters?|feet|ft|points?|tonnes?|tons?|kg)$/.test(toks[b + 1].lower))) b++;
      return k + 1 === i && b === j ? null : [k + 1, b];
    }
  }
  return null;
}

const LENGTH_QUALIFIER = /^(nearly|almost|about|around|over|under|some|roughly|just)$/;

/** "How long was Diame out?" over "five months out and James Chester from three": the stretch of time the span holds. */
function lengthInSpan(info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (info.wh !== 'how long') return null;
  for (let k = i; k < j; k++) {
    if (toks[k].cls !== Cls.Num || !TIME_NOUN.test(toks[k + 1].lower)) continue;
    const a = k > i && LENGTH_QUALIFIER.test(toks[k - 1].lower) ? k - 1 : k;
    return a === i && k + 1 === j ? null : [a, k + 1];
  }
  return null;
}

/**
 * "How long did the work take?" over "reopened on Monday after eight months of work": a span with no
 * stretch of time in it (a day, a name) gives way to the stretch of the asked thing the sentence
 * holds ("<duration> of <question word>"), the one nearest the question's words.
 */
function lengthInSentence(info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  if (info.wh !== 'how long') return null;
  if (toks.slice(i, j + 1).some((t) => TIME_NOUN.test(t.lower) || HYPHEN_LENGTH.test(t.text))) return null;
  const lengths: SpanRange[] = [];
  for (let k = 0; k + 1 < toks.length; k++) {
    // "a 10-week trial" for "How long was the trial?": the length written before the thing asked about.
    if (HYPHEN_LENGTH.test(toks[k].text) && matches(toks[k + 1], terms)) {
      lengths.push([k, k]);
      continue;
    }
    if (toks[k].cls !== Cls.Num || !TIME_NOUN.test(toks[k + 1].lower)) continue;
    // Only a stretch of the thing asked about ("eight months of work" for "the work"): any
    // duration at all turned refusals of unanswerable questions into answers on our news questions.
    if (toks[k + 2]?.lower !== 'of' || !toks[k + 3] || !matches(toks[k + 3], terms)) continue;
    lengths.push([k > 0 && LENGTH_QUALIFIER.test(toks[k - 1].lower) ? k - 1 : k, k + 1]);
  }
  return lengths.length === 0 ? null : nearestToDistinct(toks, lengths, terms);
}

/** A question that ends on its verb and a preposition: "What was Knight armed with?", "Who was it directed by?". */
const VERB_PREP_Q = /\b(\p{L}+)\s+(with|by|for|from|of|into|about)\s*\??$/iu;
const PHRASE_STOP = /^(and|or|but|who|which|that|after|before|when|while|as|because|since|until|if|said|says)$/;

/**
 * "What was Terry Knight armed with?" over "..., shot 66-year-old Terry Knight, who was armed with
 * two knives": the words after the asked verb and its preposition, up to the next clause.
 */
function objectOfVerbPrep(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if (info.wh !== 'what' && info.wh !== 'who' && info.wh !== 'whom') return null;
  const m = VERB_PREP_Q.exec(q.trim());
  if (!m || /^(is|was|are|were|be|been|do|did|does|have|has|had)$/i.test(m[1])) return null;
  // Only a verb's object: "What region is Hebei part of?" or "higher levels of?" end on a noun.
  const asked = tokenize(q.trim()).filter((t) => t.isWord);
  if (!VERBS.has(asked[asked.length - 2]?.cls ?? -1)) return null;
  const verb = stem(m[1].toLowerCase());
  const prep = m[2].toLowerCase();
  for (let v = 0; v + 2 < toks.length; v++) {
    if (toks[v].stem !== verb || toks[v + 1].lower !== prep || !toks[v + 2].isWord) continue;
    const a = v + 2;
    let b = a;
    while (b + 1 < toks.length && b + 1 - a < 6 && toks[b + 1].isWord && !PHRASE_STOP.test(toks[b + 1].lower)) b++;
    return i >= a && j <= b ? null : [a, b];
  }
  return null;
}

/**
 * The repaired span of the chosen sentence, or null to keep the chosen one. Only for news copy
 * written with capitals (a story in lower case has no names to read).
 */
export function newsSpanRepair(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  const terms = new Set(info.terms);
  return (
    calledQuote(q, info, toks, i, j) ??
    position(q, info, toks, i, j, terms) ??
    reached(q, info, toks, i, j) ??
    nearestSum(info, toks, i, j, terms) ??
    namedAfterNoun(info, toks, i, j, terms) ??
    subjectOfVerb(q, info, toks, i, j, terms) ??
    timeAfterDeed(q, info, toks, i, j) ??
    objectOfVerbPrep(q, info, toks, i, j) ??
    lengthInSpan(info, toks, i, j) ??
    lengthInSentence(info, toks, i, j, terms) ??
    clauseCut(toks, i, j)
  );
}

/** A span in another sentence of the article. */
export interface FollowOn {
  sentence: number;
  i: number;
  j: number;
}

/** A stretch of time in the sentence ("20 minutes", "three-year"), as a token range. */
function duration(toks: readonly Token[]): SpanRange | null {
  for (let k = 0; k < toks.length; k++) {
    if (HYPHEN_LENGTH.test(toks[k].text)) return [k, k];
    if (toks[k].cls === Cls.Num && TIME_NOUN.test(toks[k + 1]?.lower ?? '')) return [k, k + 1];
  }
  return null;
}

/**
 * The answer in the sentence after the chosen one, when the chosen sentence only sets the
 * question up: "The UK's chief veterinary officer said ..." then "Graeme Cooke said ...";
 * "Tim Farron questioned ..." then 'He tweeted: "..."'; "... signed a contract" then "a
 * three-year contract". Only when the chosen span has nothing of the asked kind.
 */
export function followOnSpan(q: string, info: QuestionInfo, sentences: readonly { tokens: Token[] }[], k: number, i: number, j: number): FollowOn | null {
  const next = sentences[k + 1]?.tokens;
  if (!next || next.length === 0) return null;
  const toks = sentences[k].tokens;
  const terms = new Set(info.terms);
  if (info.wh === 'who' && info.expect === 'person' && !holdsNewName(toks, i, j, terms)) {
    // "Graeme Cooke said ...": a name of two words or more opening the next sentence, then its verb.
    const run = capRunFrom(next, 0, terms);
    if (run && run[1] > run[0] && next[run[0]].cls === Cls.Cap && (VERBS.has(next[run[1] + 1]?.cls ?? -1) || SAY_VERB.test(next[run[1] + 1]?.lower ?? ''))) return { sentence: k + 1, i: run[0], j: run[1] };
    return null;
  }
  if ((info.wh === 'what' || info.wh === 'how') && CALL_Q.test(q) && !toks.some((t) => OPEN_QUOTE.test(t.text))) {
    // 'He tweeted: "Trump is a ..."': a quote the next sentence opens with a reporting verb or a colon.
    for (let m = 1; m < next.length && m <= 8; m++) {
      if (!OPEN_QUOTE.test(next[m].text) || !(next[m - 1].text === ':' || SAY_VERB.test(next[m - 1].lower))) continue;
      let a = m + 1;
      let b = a;
      while (b + 1 < next.length && !CLOSE_QUOTE.test(next[b + 1].text)) b++;
      while (b > a && !next[b].isWord) b--;
      // "Trump is a bloviating billionaire": what he was called, not whom.
      if (matches(next[a], terms) && /^(is|was|are|were)$/.test(next[a + 1]?.lower ?? '') && b > a + 2) a += 2;
      return b >= a ? { sentence: k + 1, i: a, j: b } : null;
    }
    return null;
  }
  if (info.wh === 'how long' && !toks.slice(i, j + 1).some((t) => TIME_NOUN.test(t.lower) || HYPHEN_LENGTH.test(t.text))) {
    // "... the end of his contract" then "signed a three-year contract": the next sentence says the length.
    if (!next.some((t) => matches(t, terms))) return null;
    const d = duration(next);
    return d ? { sentence: k + 1, i: d[0], j: d[1] } : null;
  }
  return null;
}
