/**
 * Span repairs for news copy written with capitals: the span model learned from encyclopaedia
 * questions, and in a news sentence it often lands on the wrong part of the right sentence, in
 * ways a shape of the sentence tells apart. Each repair reads the chosen sentence only and moves
 * the span inside it:
 *   - "What did X call Y?": the words in quotes after "called"/"describing it as"/"termed".
 *   - "Which lender ...?": the name right after the asked noun ("South African lender Nedbank").
 *   - "Who located the car?" / "Which club is considering ...?": the name just before the asked
 *     verb ("Mick Sexton, the man who located her car", "despite Atletico Madrid considering"),
 *     or after it in a passive ("the Gaza Strip, which is run by Hamas").
 *   - "How much ...?": a sum of money, the one nearest the question's words ("$199 for the
 *     16GB model and $299 for the 32GB model").
 *   - "Where is X ranked?": the position ("ranked fourth in the world", "drafted 17th overall").
 * Measured on our news follow-up questions and qa-dev (docs/answers-spans.md).
 */
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';

/** A span as first and last token of the sentence (inclusive). */
export type SpanRange = [number, number];

const CALL_Q = /\b(call|calls|called|describe|describes|described|term|termed|terms|dub|dubbed|label|labelled|labeled|brand|branded)\b/i;
const CALL_VERB = /^(call|calls|called|calling|describe|describes|described|describing|term|termed|terming|dub|dubbed|dubbing|label|labels|labelled|labeled|labelling|brand|brands|branded|branding)$/;
const OPEN_QUOTE = /^["“‘']$/;
const CLOSE_QUOTE = /^["”’']$/;
const RANK_Q = /\b(rank|ranks|ranked|ranking|position|placed|finish|finished|drafted|seeded|come|came)\b/i;
const ORDINAL = /^(\d{1,3}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|last|bottom|top)$/;
const CURRENCY = /^[$£€¥]$|^(dollars?|euros?|pounds?|yuan|yen|rupees?|francs?)$/;
/** Auxiliaries between a subject and its verb ("Hamas has won", "which is run by"). */
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'been', 'be', 'being', 'also', 'now', 'then', 'still', 'already']);
/** A relative link between a name and the verb: "X, who ...", "X, the man who ...". */
const REL = new Set(['who', 'which', 'that']);
const SUBJECT_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should']);
const VERBS = new Set<number>([Cls.Verb, Cls.VerbPast, Cls.VerbIng]);

const isCap = (t: Token | undefined): boolean => t !== undefined && t.isWord && (t.cls === Cls.Cap || /^\p{Lu}/u.test(t.text));

/** Is token k one of the question's content words? */
function matches(t: Token, terms: ReadonlySet<string>): boolean {
  return t.isWord && !isStop(t.lower) && terms.has(t.stem);
}

/** The run of capitalised words ending at token b (glue "of"/"de" inside), as [a, b], or null. */
function capRunEndingAt(toks: readonly Token[], b: number, terms: ReadonlySet<string>): SpanRange | null {
  if (!isCap(toks[b]) || matches(toks[b], terms)) return null;
  let a = b;
  while (a > 0 && (isCap(toks[a - 1]) || (/^(of|de|van|von|der|al)$/.test(toks[a - 1].lower) && isCap(toks[a - 2]))) && !matches(toks[a - 1], terms)) a--;
  while (a < b && !isCap(toks[a])) a++;
  return [a, b];
}

/** The run of capitalised words starting at token a, or null. */
function capRunFrom(toks: readonly Token[], a: number, terms: ReadonlySet<string>): SpanRange | null {
  if (!isCap(toks[a]) || matches(toks[a], terms)) return null;
  let b = a;
  while (b + 1 < toks.length && (isCap(toks[b + 1]) || (/^(of|de|van|von|der|al|&)$/.test(toks[b + 1].lower) && isCap(toks[b + 2]))) && !matches(toks[b + 1], terms)) b++;
  return [a, b];
}

/** Does span [i, j] hold a capitalised word the question does not give (a name of its own)? */
function holdsNewName(toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): boolean {
  for (let k = Math.max(i, 1); k <= j; k++) if (isCap(toks[k]) && !matches(toks[k], terms)) return true;
  return false;
}

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
  return null;
}

/** "Which lender ...?" over "... South African lender Nedbank": the name after the asked noun. */
function namedAfterNoun(info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  if (info.focus === null || (info.wh !== 'which' && info.wh !== 'what')) return null;
  const spanHasFocus = toks.slice(i, j + 1).some((t) => t.stem === info.focus);
  if (!spanHasFocus && holdsNewName(toks, i, j, terms)) return null;
  for (let f = 0; f + 1 < toks.length; f++) {
    if (toks[f].stem !== info.focus || isCap(toks[f])) continue;
    const run = capRunFrom(toks, f + 1, terms);
    if (run) return run;
  }
  return null;
}

/** The verb a subject question asks about ("Who located ...", "Which club is considering ..."), as a stem. */
function subjectVerb(q: string, info: QuestionInfo): string | null {
  // "Whose winning streak ...?" asks for an owner, not a doer.
  if (!(info.wh === 'who' && info.expect === 'person') && !(info.wh === 'which' && info.focus !== null)) return null;
  const toks = tokenize(q).filter((t) => t.isWord);
  const at = toks.findIndex((t) => t.lower === info.wh || (info.wh === 'which' && t.lower === 'which'));
  if (at < 0) return null;
  let k = at + 1;
  if (info.wh === 'which') k++; // the asked noun
  if (toks[k] && SUBJECT_AUX.has(toks[k].lower)) k++;
  while (toks[k] && /^(been|being|be)$/.test(toks[k].lower)) k++;
  const v = toks[k];
  return v && VERBS.has(v.cls) ? v.stem : null;
}

/** The name just before the asked verb ("Atletico Madrid considering"), or after it in a passive ("run by Hamas"). */
function subjectOfVerb(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  const verb = subjectVerb(q, info);
  if (verb === null) return null;
  for (let v = 0; v < toks.length; v++) {
    if (toks[v].stem !== verb || !toks[v].isWord) continue;
    // Passive: "which is run by Hamas".
    if (toks[v + 1]?.lower === 'by') {
      const run = capRunFrom(toks, v + 2, terms);
      if (run && toks[v - 1] && /^(is|are|was|were|been|being)$/.test(toks[v - 1].lower)) return same(run, i, j, toks, info);
    }
    let k = v - 1;
    while (k >= 0 && AUX.has(toks[k].lower)) k--;
    // "X, who located", "X, the man who located".
    if (k >= 0 && REL.has(toks[k].lower)) {
      k--;
      if (k >= 1 && toks[k].isWord && !isCap(toks[k]) && /^(the|a)$/.test(toks[k - 1].lower) && toks[k - 2]?.text === ',') k -= 3;
      else if (toks[k]?.text === ',') k--;
    }
    if (k < 0) continue;
    const run = capRunEndingAt(toks, k, terms);
    // Not the sentence's first word alone, which is capitalised by position ("The", "It").
    if (run && !(run[0] === 0 && run[1] === 0 && toks[0].cls !== Cls.Cap)) return same(run, i, j, toks, info);
  }
  return null;
}

/**
 * null when the span chosen is the name the repair found, or that name with the noun asked about
 * ("U2's 360 tour" for "Which tour ...?", not "U2's").
 */
function same(run: SpanRange, i: number, j: number, toks: readonly Token[], info: QuestionInfo): SpanRange | null {
  if (run[0] === i && run[1] === j) return null;
  return run[0] >= i && run[1] <= j && info.focus !== null && toks[j].stem === info.focus ? null : run;
}

/** "How much ...?": the sum of money nearest the question's words, when the span is no sum. */
function nearestSum(info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  if (info.wh !== 'how much') return null;
  const inSpan = toks.slice(Math.max(0, i - 1), j + 2);
  if (inSpan.some((t) => CURRENCY.test(t.lower) || /%$/.test(t.text) || /^(percent|per)$/.test(t.lower))) return null;
  const sums: SpanRange[] = [];
  for (let k = 0; k < toks.length; k++) {
    if (/^[$£€¥]$/.test(toks[k].text) && toks[k + 1]?.cls === Cls.Num) {
      let b = k + 1;
      while (toks[b + 1] && (toks[b + 1].cls === Cls.Num || /^(m|bn|k|million|billion|trillion)$/.test(toks[b + 1].lower))) b++;
      sums.push([k, b]);
    } else if (toks[k].cls === Cls.Num && /\d/.test(toks[k].text) && /^(dollars?|euros?|pounds?|yuan|yen|rupees?|francs?)$/.test(toks[k + 1]?.lower ?? '')) {
      sums.push([k, k + 1]);
    }
  }
  if (sums.length === 0) return null;
  // The question's words the sentence says once tell the sums apart ("16GB" in "$199 for the
  // 16GB model and $299 for the 32GB model"); a word said twice ("model") does not.
  const count = new Map<string, number>();
  for (const t of toks) if (matches(t, terms)) count.set(t.stem, (count.get(t.stem) ?? 0) + 1);
  const hits: number[] = [];
  toks.forEach((t, k) => matches(t, terms) && count.get(t.stem) === 1 && hits.push(k));
  const dist = ([a, b]: SpanRange): number => (hits.length ? Math.min(...hits.map((h) => (h < a ? a - h : h > b ? h - b : 0))) : a);
  return sums.reduce((x, y) => (dist(y) < dist(x) ? y : x));
}

/** "Where is X ranked?": the position nearest the ranking word. */
function position(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  if ((info.wh !== 'where' && info.wh !== 'what' && info.wh !== 'which') || !RANK_Q.test(q)) return null;
  if (toks.slice(i, j + 1).some((t) => ORDINAL.test(t.lower))) return null;
  const anchors: number[] = [];
  toks.forEach((t, k) => matches(t, terms) && /^(rank|posit|place|finish|draft|seed|come|came)/.test(t.stem) && anchors.push(k));
  if (anchors.length === 0) return null;
  let best: SpanRange | null = null;
  let bestDist = 4;
  toks.forEach((t, k) => {
    if (!ORDINAL.test(t.lower) || /^(first|last|top|bottom|second)$/.test(t.lower) && !/^(place|overall|in)$/.test(toks[k + 1]?.lower ?? '')) return;
    const d = Math.min(...anchors.map((a) => Math.abs(a - k)));
    if (d < bestDist) [best, bestDist] = [[k, k], d];
  });
  return best;
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
    nearestSum(info, toks, i, j, terms) ??
    namedAfterNoun(info, toks, i, j, terms) ??
    subjectOfVerb(q, info, toks, i, j, terms)
  );
}
