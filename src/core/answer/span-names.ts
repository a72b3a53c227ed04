/**
 * The names the news span repairs (span-news.ts) read in a sentence written with capitals: runs of
 * capitalised words, the name right after the noun a question asks about ("South African lender
 * Nedbank" for "Which lender ...?") and the name that does the verb it asks about ("Mick Sexton,
 * the man who located her car" for "Who located the car?", "run by Hamas" in a passive). Also the
 * small token tests the repairs and the follow-on reader share (isCap, matches, VERBS).
 */
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';

/** A span as first and last token of the sentence (inclusive). */
export type SpanRange = [number, number];

/** Auxiliaries between a subject and its verb ("Hamas has won", "which is run by"). */
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'been', 'be', 'being', 'also', 'now', 'then', 'still', 'already']);
/** A relative link between a name and the verb: "X, who ...", "X, the man who ...". */
const REL = new Set(['who', 'which', 'that']);
const SUBJECT_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should']);
/** The token classes of a verb. */
export const VERBS = new Set<number>([Cls.Verb, Cls.VerbPast, Cls.VerbIng]);

/** A word written with a capital (by its class, or its first letter). */
export const isCap = (t: Token | undefined): boolean => t !== undefined && t.isWord && (t.cls === Cls.Cap || /^\p{Lu}/u.test(t.text));

/** Is token k one of the question's content words? */
export function matches(t: Token, terms: ReadonlySet<string>): boolean {
  return t.isWord && !isStop(t.lower) && terms.has(t.stem);
}

/** The run of capitalised words ending at token b (glue "of"/"de" inside), as [a, b], or null. */
function capRunEndingAt(toks: readonly Token[], b: number, terms: ReadonlySet<string>): SpanRange | null {
  if (!isCap(toks[b]) || matches(toks[b], terms)) return null;
  let a = b;
  while (a > 0 && (isCap(toks[a - 1]) || (/^(of|de|van|von|der|al|&)$/.test(toks[a - 1].lower) && isCap(toks[a - 2]))) && !matches(toks[a - 1], terms)) a--;
  while (a < b && !isCap(toks[a])) a++;
  return [a, b];
}

/** The run of capitalised words starting at token a, or null. */
export function capRunFrom(toks: readonly Token[], a: number, terms: ReadonlySet<string>): SpanRange | null {
  if (!isCap(toks[a]) || matches(toks[a], terms)) return null;
  let b = a;
  while (b + 1 < toks.length && (isCap(toks[b + 1]) || (/^(of|de|van|von|der|al|&)$/.test(toks[b + 1].lower) && isCap(toks[b + 2]))) && !matches(toks[b + 1], terms)) b++;
  return [a, b];
}

/** Does span [i, j] hold a capitalised word the question does not give (a name of its own)? */
export function holdsNewName(toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): boolean {
  // (A code such as "H5N8" is no name.)
  for (let k = Math.max(i, 1); k <= j; k++) if (isCap(toks[k]) && !/\d/.test(toks[k].text) && !matches(toks[k], terms)) return true;
  return false;
}

/** "Which lender ...?" over "... South African lender Nedbank": the name after the asked noun. */
export function namedAfterNoun(info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
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
  const named = (info.wh === 'which' || info.wh === 'what') && info.focus !== null;
  if (!(info.wh === 'who' && info.expect === 'person') && !named) return null;
  const toks = tokenize(q).filter((t) => t.isWord);
  const at = toks.findIndex((t) => t.lower === info.wh);
  if (at < 0) return null;
  let k = at + 1;
  if (named) {
    // "Which carrier", "What car": one noun asked about, then the verb.
    if (toks[k]?.stem !== info.focus) return null;
    k++;
  }
  if (toks[k] && SUBJECT_AUX.has(toks[k].lower) && toks[k + 1]) k++;
  while (toks[k] && /^(been|being|be)$/.test(toks[k].lower)) k++;
  const v = toks[k];
  // "Which carrier has had exclusive rights": "had" after "has" is the verb itself.
  return v && (VERBS.has(v.cls) || (k > at + 1 && /^(had|has|have)$/.test(v.lower) && SUBJECT_AUX.has(toks[k - 1].lower))) ? v.stem : null;
}

/** The name just before the asked verb ("Atletico Madrid considering"), or after it in a passive ("run by Hamas"). */
export function subjectOfVerb(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number, terms: ReadonlySet<string>): SpanRange | null {
  const verb = subjectVerb(q, info);
  if (verb === null) return null;
  // "Who voted for a cut?" over "The committee voted 7-2 to hold, with X and Y voting for a cut":
  // the verb followed by the question's next words is the one asked about.
  const at = [...toks.keys()].filter((v) => toks[v].stem === verb && toks[v].isWord);
  const qw = tokenize(q).filter((t) => t.isWord);
  const after = qw.slice(qw.findIndex((t) => t.stem === verb) + 1).find((t) => t.stem !== verb && info.terms.includes(t.stem))?.stem;
  // ("for" or "against" right after the verb must be the sentence's too: voting for a cut is not against it.)
  const qv = qw.findIndex((t) => t.stem === verb);
  const prep = /^(?:for|against|to|with|on|in|at|from)$/.test(qw[qv + 1]?.lower ?? '') ? qw[qv + 1].lower : null;
  const saysRest = (v: number) => after !== undefined && (prep === null || toks[v + 1]?.lower === prep) && toks.slice(v + 1, v + 5).some((t) => t.stem === after);
  const order = at.some(saysRest) ? [...at.filter(saysRest), ...at.filter((v) => !saysRest(v))] : at;
  for (const v of order) {
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
    // ("with Swati Dhingra and Alan Taylor voting": the doers of an absolute clause are the whole list.)
    const list = PLURAL_FOCUS.test(info.focusWord ?? '') ? listOfNames(toks, run ?? [0, 0], terms) : run ? listOfNames(toks, run, terms) : null;
    const doers = run && list && (PLURAL_FOCUS.test(info.focusWord ?? '') || toks[list[0] - 1]?.lower === 'with') ? list : run;
    if (run && doers && !(run[0] === 0 && run[1] === 0 && toks[0].cls !== Cls.Cap)) return same(doers, i, j, toks, info);
  }
  return null;
}

/** A plural kind asked for ("Which countries ...?"). */
const PLURAL_FOCUS = /^[a-z]+(?<!s)s$/i;

/** "Which countries sent planes?" over "Italy and France sent planes": a subject that ends a list of names is the whole list ("Italy, Spain and France"). */
function listOfNames(toks: readonly Token[], run: SpanRange, terms: ReadonlySet<string>): SpanRange {
  let a = run[0];
  // (The last joiner is "and"; commas only before it.)
  while (a >= 2 && (toks[a - 1].lower === 'and' ? a === run[0] : toks[a - 1].text === ',' && a !== run[0])) {
    const before = capRunEndingAt(toks, a - 2, terms);
    if (!before || (before[0] === 0 && toks[0].cls !== Cls.Cap)) break;
    a = before[0];
  }
  return [a, run[1]];
}

/**
 * null when the span chosen is the name the repair found, or that name with the noun asked about
 * ("U2's 360 tour" for "Which tour ...?", not "U2's").
 */
function same(run: SpanRange, i: number, j: number, toks: readonly Token[], info: QuestionInfo): SpanRange | null {
  if (run[0] === i && run[1] === j) return null;
  return run[0] >= i && run[1] <= j && info.focus !== null && toks[j].stem === info.focus ? null : run;
}
