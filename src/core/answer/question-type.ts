/**
 * What a question asks for: its wh-word, the kind of answer expected (a person, a date, a
 * place, a number, a reason ...), the noun it asks about ("which *railway*") and the content
 * words to look for in the article.
 */
import { lightVerbEnd } from './light-verb.ts';
import { Cls, stem, tokenize } from './spans.ts';
import { STOPWORDS } from '../text/text.ts';
import { wordTable } from '../text/word-table.ts';

/** The kind of answer a question expects. `thing` asks about a named noun ("what year" is a date). */
export const EXPECTS = ['person', 'date', 'place', 'number', 'reason', 'manner', 'thing', 'verb', 'be', 'other'] as const;
export type Expect = (typeof EXPECTS)[number];
export const NEXPECT = EXPECTS.length;

export interface QuestionInfo {
  /** The wh-word (`who`, `when`, `how many`, ...), or `other` for "Name the ...", yes/no, etc. */
  wh: string;
  expect: Expect;
  /** Index of `expect` in EXPECTS, for the model. */
  expectId: number;
  /** Stem of the noun asked about ("which railway" -> "railwai"), or null. */
  focus: string | null;
  /** The focus word as written, for answers such as "the X railway". */
  focusWord: string | null;
  /**
   * "What *type of* atmosphere", "what *kind of* cell": the question asks which kind of the
   * focus noun, so the answer is what modifies that noun in the article ("100% oxygen"),
   * not the noun phrase with it ("100% oxygen atmosphere").
   */
  kindOf: boolean;
  /** Distinct stems of the question's content words (the focus included). */
  terms: string[];
  /**
   * Where the wh-phrase sits: 0 "wh + auxiliary" (the answer is an object: "What did X sign?"),
   * 1 "wh + verb" (the answer is a subject: "Who led ...?"), 2 late ("... based on what?"),
   * 3 no wh-word.
   */
  form: number;
  /** Stem of the last content word before the wh-word, the first after the wh-phrase, the last of all. */
  prevTerm: string | null;
  nextTerm: string | null;
  lastTerm: string | null;
  /** The word right before the wh-word ("in" in "In what year"), lowercase, or null. */
  prevWord: string | null;
  /**
   * The words on either side of the answer's place once the question is read as a statement:
   * "What did the report *reveal* ___?" -> left "reveal"; "Who ___ *led* the committee?" ->
   * right "led"; "... based on ___ *attribute*?" -> both. Stems, or null.
   */
  gapLeft: string | null;
  gapRight: string | null;
  /** Each term's distance in words from the wh-word (negative: before it). */
  termOffset: Map<string, number>;
  /** Consecutive content-word pairs of the question ("policy directions"), as `stem stem`. */
  bigrams: Set<string>;
  /** Those of `terms` that come after the wh-word ("Who led *the committee*?"): the answer tends to precede them. */
  afterWh: Set<string>;
}

const FOCUS_EXPECT: Record<string, Expect> = wordTable();
function map(expect: Expect, list: string): void {
  for (const w of list.split(' ')) FOCUS_EXPECT[w] = expect;
}
map('date', 'year years date dates day days month months century centuries decade decades time era season');
map('number', 'percentage percent number numbers amount age size population temperature distance length height speed rate proportion fraction cost price share total inflation unemployment');
// Measures a market or economy report gives as a figure ("What were average hourly earnings in July?": $11.00).
map('number', 'earnings spending income incomes profit profits revenue revenues sales output wages salaries workweek turnover premium premiums');
map('place', 'city cities country countries state states place places location locations region regions continent town towns nation nations island islands river rivers county province site sites');
map('person', 'teacher teachers author authors founder member members ceo alumnus alumni economist politician official bishop priest musician singer poet painter scholar scientists professor chairman commander person persons man woman president scientist artist king queen leader emperor author writer composer player ruler pope general founder inventor architect engineer physicist philosopher actor director');

/** Words between "what/which" and the noun asked about that say nothing themselves. */
const MODIFIERS = new Set([
  'other', 'main', 'primary', 'major', 'specific', 'particular', 'two', 'three', 'four', 'kind', 'kinds', 'type',
  'types', 'sort', 'sorts', 'form', 'forms', 'of', 'the', 'a', 'an', 'name', 'exact', 'modern', 'new', 'first',
  'last', 'largest', 'biggest', 'most', 'common', 'general', 'famous', 'important', 'single',
]);
/** "What *type of* X": words that make the question ask for a kind of X. */
const KIND_WORDS = new Set(['type', 'types', 'kind', 'kinds', 'sort', 'sorts', 'form', 'forms', 'variety', 'varieties', 'class', 'category']);
const AUX = new Set(['is', 'was', 'are', 'were', 'did', 'does', 'do', 'has', 'had', 'have', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'of', 'for', 'to', 'from', 'with', 'about', 'during', 'since', 'after', 'before', 'into']);
const BE = new Set(['is', 'was', 'are', 'were']);
const NOUNISH = new Set<number>([Cls.Noun, Cls.Cap]);
const WH = ['who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'which', 'what'];
const HOW_NUMBER = new Set(['many', 'much', 'long', 'old', 'far', 'often', 'large', 'big', 'tall', 'high', 'deep', 'wide', 'fast', 'few', 'heavy', 'hot', 'cold', 'small', 'early', 'late', 'strong', 'powerful']);

/** Words that open a time phrase after a noun ("the dividend *last* year"; "four years ago" is read by span-number-time.ts). */
const TIME_AFTER_NOUN = new Set(['last', 'next', 'this', 'yesterday', 'today', 'tomorrow', 'tonight', 'now']);

/** Classify a question (any language; non-English questions come out as `other`). */
export function analyzeQuestion(question: string): QuestionInfo {
  const toks = tokenize(question.slice(0, 2000)).filter((t) => t.isWord);
  const low = toks.map((t) => t.lower);
  let wh = 'other';
  let expect: Expect = 'other';
  let focusIdx = -1;
  const at = low.findIndex((w) => WH.includes(w));
  if (at >= 0) {
    const w = low[at];
    const next = low[at + 1];
    if (w === 'who' || w === 'whom' || w === 'whose') [wh, expect] = [w, 'person'];
    else if (w === 'when') [wh, expect] = ['when', 'date'];
    else if (w === 'where') [wh, expect] = ['where', 'place'];
    else if (w === 'why') [wh, expect] = ['why', 'reason'];
    else if (w === 'how') {
      if (next && HOW_NUMBER.has(next)) {
        wh = `how ${next}`;
        expect = next === 'long' && low[at + 2] && ['ago', 'did', 'was', 'were'].includes(low[at + 2]) ? 'date' : 'number';
        if (next === 'many' || next === 'much') focusIdx = at + 2 < low.length && !AUX.has(low[at + 2]) ? at + 2 : -1;
      } else [wh, expect] = ['how', 'manner'];
    } else {
      wh = w;
      // "what is/was ..." or "what did X do": the answer is a thing but no noun names it.
      if (!next) expect = 'verb';
      else if (AUX.has(next)) {
        expect = BE.has(next) ? 'be' : 'verb';
        // "What is the *temperature* of ...?": the subject's head noun can name the kind.
        if (BE.has(next)) {
          let k = at + 2;
          // "What was his name?" asks for a person; "What is the name of the X?" for an X.
          if ((low[k] === 'his' || low[k] === 'her') && low[k + 1] === 'name') [expect, focusIdx] = ['person', k + 1];
          if (low[k + 1] === 'name' && low[k + 2] === 'of') k += 3;
          while (k < low.length && (low[k] === 'the' || low[k] === 'a' || low[k] === 'an' || MODIFIERS.has(low[k]))) k++;
          // (Not into a time phrase after the noun: "What was the dividend *last year*?" asks a dividend.)
          while (k + 1 < low.length && !STOPWORDS.has(low[k + 1]) && !AUX.has(low[k + 1]) && toks[k + 1].cls !== Cls.Cap && !TIME_AFTER_NOUN.has(low[k + 1])) k++;
          if (k < low.length && FOCUS_EXPECT[low[k]] && expect === 'be') [expect, focusIdx] = [FOCUS_EXPECT[low[k]], k];
        }
      }
      else {
        let i = at + 1;
        while (i < low.length - 1 && MODIFIERS.has(low[i])) i++;
        const after = low[i + 1];
        const verbLike = /ed$/.test(low[i]) || (after !== undefined && (after === 'the' || after === 'a' || after === 'an'));
        // "What Goldman Sachs *CEO*", "What university alumni *member*": the head is the
        // last noun of the run after the wh-word.
        if (!verbLike && !FOCUS_EXPECT[low[i]]) {
          while (i + 1 < low.length && NOUNISH.has(toks[i + 1].cls) && !AUX.has(low[i + 1]) && !STOPWORDS.has(low[i + 1]) && !toks[i + 1].lower.endsWith('ed')) i++;
        }
        if (FOCUS_EXPECT[low[i]]) [expect, focusIdx] = [FOCUS_EXPECT[low[i]], i];
        else if (verbLike && !STOPWORDS.has(low[i])) expect = 'verb';
        else [expect, focusIdx] = ['thing', i];
      }
    }
  }
  const focusTok = focusIdx >= 0 ? toks[focusIdx] : undefined;
  let kindOf = false;
  for (let k = at + 1; at >= 0 && k < focusIdx; k++) if (KIND_WORDS.has(low[k]) && low[k + 1] === 'of') kindOf = true;
  const content = (k: number): boolean => !STOPWORDS.has(low[k]) && !WH.includes(low[k]) && low[k] !== 'many' && low[k] !== 'much';
  const headEnd = Math.max(at, focusIdx, wh.startsWith('how ') ? at + 1 : at);
  let form = 3;
  let prevTerm: string | null = null;
  let nextTerm: string | null = null;
  let lastTerm: string | null = null;
  for (let k = low.length - 1; k >= 0; k--) {
    if (content(k)) {
      lastTerm = toks[k].stem;
      break;
    }
  }
  if (at >= 0) {
    for (let k = at - 1; k >= 0; k--) {
      if (content(k)) {
        prevTerm = toks[k].stem;
        break;
      }
    }
    for (let k = headEnd + 1; k < low.length; k++) {
      if (content(k)) {
        nextTerm = toks[k].stem;
        break;
      }
    }
    if (prevTerm !== null) form = 2;
    else form = low[headEnd + 1] !== undefined && AUX.has(low[headEnd + 1]) ? 0 : 1;
  }
  // "When did the crash happen?": a question's closing verb of bare happening says nothing a sentence must share (light-verb.ts).
  const light = lightVerbEnd(low);
  const terms: string[] = [];
  const afterWh = new Set<string>();
  const termOffset = new Map<string, number>();
  const bigrams = new Set<string>();
  let prevContent: string | null = null;
  toks.forEach((t, k) => {
    const isContent = !STOPWORDS.has(t.lower) && !WH.includes(t.lower);
    if (isContent && prevContent !== null) bigrams.add(`${prevContent} ${t.stem}`);
    prevContent = isContent ? t.stem : null;
    if (isContent && !termOffset.has(t.stem)) termOffset.set(t.stem, at >= 0 ? k - at : k + 1);
    if (STOPWORDS.has(t.lower) || WH.includes(t.lower) || t.lower === 'many' || t.lower === 'much' || k >= light) return;
    if (!terms.includes(t.stem)) terms.push(t.stem);
    if (at >= 0 && k > at) afterWh.add(t.stem);
  });
  let gapLeft: string | null = null;
  let gapRight: string | null = null;
  if (form === 2) [gapLeft, gapRight] = [prevTerm, nextTerm];
  else if (form === 1) gapRight = nextTerm;
  else if (form === 0) {
    // Object questions: the gap follows the question's main verb (its last verb).
    for (let k = low.length - 1; k > headEnd + 1; k--) {
      const c = toks[k].cls;
      if (c === Cls.Verb || c === Cls.VerbPast || c === Cls.VerbIng) {
        gapLeft = toks[k].stem;
        for (let m = k + 1; m < low.length; m++) {
          if (content(m)) {
            gapRight = toks[m].stem;
            break;
          }
        }
        break;
      }
    }
    // No verb recognised ("What will China import?" tags "import" as a noun): the last word.
    for (let k = low.length - 1; gapLeft === null && k > headEnd + 1; k--) {
      if (content(k) && toks[k].cls !== Cls.Cap && !PREPOSITIONS.has(low[k - 1])) gapLeft = toks[k].stem;
    }
  }
  return {
    wh,
    gapLeft,
    gapRight,
    expect,
    expectId: EXPECTS.indexOf(expect),
    focus: focusTok ? stem(focusTok.lower) : null,
    focusWord: focusTok ? focusTok.text : null,
    kindOf,
    terms,
    form,
    prevTerm,
    nextTerm,
    lastTerm,
    prevWord: at > 0 ? low[at - 1] : null,
    termOffset,
    bigrams,
    afterWh,
  };
}
