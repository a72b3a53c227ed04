/**
 * Choosing key points and the TL;DR from an article's sentences, without a model: news puts
 * the point first, so a position prior does most of the work; centrality (how much the rest of
 * the article repeats a sentence's words) and overlap with the title and lead pick out the
 * sentences that restate the story; captions, questions, quotes, first-person asides and
 * fragments are pushed down; a redundancy penalty (MMR) keeps the points from repeating each
 * other. Measured with `npm run eval -- summary` against Lead-3 (scripts/eval-summary.ts).
 */
import { looksLikeSentence, opensDangling } from './checks.ts';
import { cleanSentences, type CleanSentence } from './clean.ts';
import { joinQuotations, QUOTE_CHARS, type Unit } from './quote-join.ts';
import { stemmer } from 'stemmer';
import { resolveOpening } from './tldr-opening.ts';
import { Vocabulary } from './vocabulary.ts';
import { DEFAULT_TUNING, TLDR_TUNING, type Tuning } from './keypoint-tuning.ts';

export { DEFAULT_TUNING, TLDR_TUNING, type Tuning };

export interface KeyPointInput {
  title: string;
  /** The body's sentences in article order. */
  sentences: string[];
  /**
   * Indices of the sentences that open a paragraph (0 need not be listed), asked for only when
   * a quotation is to be joined: a quotation is never joined across paragraphs. Without it the
   * sentences are taken as one paragraph.
   */
  paragraphStarts?: () => ReadonlySet<number>;
}

/**
 * A chosen sentence: its index in `sentences` and the text to show (furniture removed). A
 * quotation that the splitter cut is joined back: then the text runs from `index` to `last`.
 */
export interface ChosenSentence {
  index: number;
  /** Index of the last sentence the text takes in (= index unless a quotation was joined). */
  last: number;
  text: string;
}

/** The TL;DR's length limit (the Briefing contract). */
const TLDR_LIMIT = 280;
/**
 * Overlap with the headline from which a sentence is the headline itself: a lead restating it
 * has more words than the headline, which keeps its overlap well below this.
 */
const HEADLINE_ITSELF = 0.85;

/** A usable sentence (or quotation joined back) with what scoring needs, computed once per article. */
interface Prepared extends CleanSentence {
  /** Index of the last original sentence it takes in. */
  last: number;
  /** Ends like a sentence and reads as one (not a heading, label or fragment). */
  sentence: boolean;
  /** Opens with a pronoun or connective that refers back, once any removable connective is gone (worked out when the TL;DR asks). */
  pronoun?: boolean;
  /** Rank among the cleaned sentences (0 = first). */
  rank: number;
  /** Distinct content terms, as ids into the article's vocabulary. */
  terms: number[];
  wordCount: number;
  /** Sum over its terms of how many other sentences share them. */
  shared: number;
  question: boolean;
  quoteStart: boolean;
  firstPerson: boolean;
  /** Overlap with the title or, for later sentences, the first sentence (0..1). */
  leadSim: number;
  /** Overlap with the title alone (0 without a title). */
  titleSim: number;
}

const QUOTE_START = /^["“'‘]/;
const QUOTATION_SPANS = /["“][^"”]*["”]/g;
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we've|us|our)\b/i;

/** Does the sentence end with a question mark (before any closing quotes or brackets)? */
function isQuestion(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '?') return true;
    if (!'"”\'’)] '.includes(ch)) return false;
  }
  return false;
}

interface PreparedArticle {
  vocab: Vocabulary;
  sentences: Prepared[];
}


let SHARED_DF = new Int32Array(256);

function prepareUncached(input: KeyPointInput): PreparedArticle {
  const vocab = new Vocabulary();
  // A sentence printed twice (pages repeat the lead as a caption) is one candidate, counted once.
  // Texts seen, by length: a number is hashed at once, where a set of texts would hash every sentence.
  const seen = new Map<number, string[]>();
  const cleaned: Unit[] = [];
  for (const c of joinQuotations(cleanSentences(input.sentences), input)) {
    const same = seen.get(c.text.length);
    if (same) {
      if (same.includes(c.text)) continue;
      same.push(c.text);
    } else seen.set(c.text.length, [c.text]);
    cleaned.push(c);
  }
  const out: Prepared[] = new Array(cleaned.length);
  // Document frequency by term id (shared scratch, zeroed here: one article is prepared at a time).
  let df = SHARED_DF;
  df.fill(0);
  for (let rank = 0; rank < cleaned.length; rank++) {
    const c = cleaned[rank];
    const { terms, count } = vocab.terms(c.text);
    if (vocab.size > df.length) {
      const grown = new Int32Array(Math.max(vocab.size, df.length * 2));
      grown.set(df);
      df = SHARED_DF = grown;
    }
    for (const id of terms) df[id]++;
    const quoted = c.text.includes('"') || c.text.includes('“');
    out[rank] = {
      index: c.index,
      last: c.last,
      text: c.text,
      caption: c.caption,
      // Debris is gone already (joinQuotations): only the shape of a sentence is left to check.
      sentence: looksLikeSentence(c.text, true),
      rank,
      terms,
      wordCount: count,
      shared: 0,
      question: isQuestion(c.text),
      quoteStart: QUOTE_START.test(c.text),
      // The writer speaking in the first person (outside the quotations they report): a column's aside.
      firstPerson: FIRST_PERSON.test(quoted ? c.text.replace(QUOTATION_SPANS, ' ') : c.text),
      leadSim: 0,
      titleSim: 0,
    };
  }
  if (out.length) {
    const title = input.title ? vocab.terms(input.title).terms : [];
    const titleMatch = title.length ? new TitleMatcher(vocab, title) : null;
    const lead = out[0].terms;
    for (let i = 0; i < out.length; i++) {
      const p = out[i];
      let shared = 0;
      for (const id of p.terms) shared += df[id] - 1;
      p.shared = shared;
      p.leadSim = Math.max(title.length ? vocab.overlap(p.terms, title) : 0, i > 0 ? vocab.overlap(p.terms, lead) : 1);
      p.titleSim = titleMatch ? titleMatch.similarity(p.terms) : 0;
      // A sentence that all but repeats the headline is the headline printed again (or the
      // headline was made from it): it earns no credit for agreeing with itself.
      if (p.titleSim >= HEADLINE_ITSELF) p.titleSim = 0;
    }
  }
  return { vocab, sentences: out };
}

/** Stems of headline words: the Porter stemmer runs a dozen patterns per word, and headline words come back story after story. */
const STEMS = new Map<string, string>();

/** `stemmer(word)`, remembered (a bounded table, cleared when full). */
function stemOf(word: string): string {
  let st = STEMS.get(word);
  if (st === undefined) {
    st = stemmer(word);
    if (STEMS.size >= 50_000) STEMS.clear();
    STEMS.set(word, st);
  }
  return st;
}

/**
 * Overlap (0..1) of a sentence's terms with the headline's, matching words by their stem: a
 * headline says "defends" and "jumps" where the copy says "defended" and "jumped". A term
 * matches when it is a headline term, or starts with the stem of one of four letters or more
 * and is at most four letters longer; each term is judged once per article. A class rather
 * than closures: one is made per article briefed.
 */
class TitleMatcher {
  /** Stems of the headline's terms, of four letters or more (only those can match). */
  private readonly stems: string[] = [];
  /** By term id (every term of the article has one already): 0 not judged yet, 1 matches, 2 does not. */
  private readonly known: Uint8Array;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly title: readonly number[],
  ) {
    for (const id of title) {
      const st = stemOf(vocab.key(id));
      if (st.length >= 4) this.stems.push(st);
    }
    this.known = new Uint8Array(vocab.size);
    for (const id of title) this.known[id] = 1;
  }

  private matches(id: number): boolean {
    let m = this.known[id];
    if (m === 0) {
      const key = this.vocab.key(id);
      m = 2;
      for (const st of this.stems) {
        if (key.length <= st.length + 4 && key.startsWith(st)) {
          m = 1;
          break;
        }
      }
      this.known[id] = m;
    }
    return m === 1;
  }

  /** The overlap of a sentence's terms with the headline's. */
  similarity(terms: readonly number[]): number {
    if (!terms.length) return 0;
    let n = 0;
    for (const id of terms) if (this.matches(id)) n++;
    return Math.min(1, n / Math.sqrt(terms.length * this.title.length));
  }
}

// summarize() asks for the key points and then the TL;DR of the same input: prepare it once.
// One remembered input, not a WeakMap per input: the ephemeron bookkeeping cost more than the
// ranking itself, and callers ask about one article at a time.
let lastInput: KeyPointInput | null = null;
let lastKey: { title: string; sentences: string[]; length: number } | null = null;
let lastPrepared: PreparedArticle | null = null;

function prepare(input: KeyPointInput): PreparedArticle {
  if (
    lastPrepared &&
    lastKey &&
    input === lastInput &&
    lastKey.title === input.title &&
    lastKey.sentences === input.sentences &&
    lastKey.length === input.sentences.length
  )
    return lastPrepared;
  const prepared = prepareUncached(input);
  lastInput = input;
  lastKey = { title: input.title, sentences: input.sentences, length: input.sentences.length };
  lastPrepared = prepared;
  return prepared;
}

/** Score every usable sentence (furniture removed); higher is more summary-worthy. */
function scores(sents: readonly Prepared[], t: Tuning): number[] {
  // Plain arrays: typed arrays this small cost more to allocate than they save.
  const out: number[] = new Array<number>(sents.length).fill(0);
  let maxCentral = 0;
  for (let i = 0; i < sents.length; i++) {
    const c = sents[i];
    out[i] = c.terms.length ? c.shared / c.terms.length ** t.centralityExponent : 0;
    if (out[i] > maxCentral) maxCentral = out[i];
  }
  for (let i = 0; i < sents.length; i++) {
    const c = sents[i];
    const position = 1 / (1 + c.rank / t.positionScale);
    const cent = maxCentral > 0 ? out[i] / maxCentral : 0;
    let s = position * (1 + t.centrality * cent + t.leadOverlap * c.leadSim + t.titleOverlap * c.titleSim);
    if (c.caption) s *= t.captionPenalty;
    if (c.question) s *= t.questionPenalty;
    if (c.quoteStart) s *= t.quotePenalty;
    if (c.firstPerson) s *= t.firstPersonPenalty;
    if (c.wordCount < t.minWords) s *= 0.3 + (0.7 * c.wordCount) / t.minWords;
    if (c.wordCount > t.maxWords) s *= t.maxWords / c.wordCount;
    if (!c.sentence) s *= t.notSentencePenalty;
    if (t.pronounPenalty !== 1 && (c.pronoun ??= opensDangling(resolveOpening(c.text)))) s *= t.pronounPenalty;
    // Cut at 280 characters, a sentence with a quotation may lose the quotation's end: worse still.
    if (c.text.length > TLDR_LIMIT) s *= QUOTE_CHARS.test(c.text) ? t.overlongPenalty ** 4 : t.overlongPenalty;
    out[i] = s;
  }
  return out;
}

/**
 * Greedy MMR: best score first, each later pick discounted by its largest overlap with the
 * points already chosen. Returns positions in `sents`, ascending (article order).
 */
function pick(prepared: PreparedArticle, score: readonly number[], count: number, t: Tuning, exclude = -1): number[] {
  const { sentences: sents, vocab } = prepared;
  const n = sents.length;
  const redundancy: number[] = new Array<number>(n).fill(0);
  const taken: boolean[] = new Array<boolean>(n).fill(false);
  const chosen: number[] = [];
  let available = n;
  if (exclude >= 0 && exclude < n) {
    // The TL;DR's sentence: not repeated, and the points that merely restate it are discounted.
    taken[exclude] = true;
    available--;
    for (let i = 0; i < n; i++) if (!taken[i]) redundancy[i] = vocab.overlap(sents[i].terms, sents[exclude].terms);
  }
  while (chosen.length < Math.min(count, available)) {
    let best = -1;
    let bestVal = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const v = score[i] * (1 - t.redundancy * redundancy[i]);
      if (v > bestVal) {
        bestVal = v;
        best = i;
      }
    }
    taken[best] = true;
    chosen.push(best);
    for (let i = 0; i < n; i++) {
      if (!taken[i]) redundancy[i] = Math.max(redundancy[i], vocab.overlap(sents[i].terms, sents[best].terms));
    }
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * The key points to show: `count` sentences (fewer when the article is shorter), in article
 * order, no repeats, with furniture such as "(CNN) --" or "(pictured)" removed from the text.
 */
export function selectKeyPointSentences(
  input: KeyPointInput,
  count: number,
  tuning: Partial<Tuning> = {},
  opts: { besides?: ChosenSentence | null } = {},
): ChosenSentence[] {
  const t = { ...DEFAULT_TUNING, ...tuning };
  const prepared = prepare(input);
  const besides = opts.besides ? prepared.sentences.findIndex((p) => p.index === opts.besides?.index) : -1;
  const picked = pick(prepared, scores(prepared.sentences, t), Math.max(0, Math.floor(count)), t, besides);
  return picked.map((i) => chosen(prepared.sentences[i]));
}

function chosen(p: Prepared): ChosenSentence {
  return { index: p.index, last: p.last, text: p.text };
}

/** Indices (ascending) of the sentences chosen as key points. */
export function selectKeyPoints(input: KeyPointInput, count: number): number[] {
  return selectKeyPointSentences(input, count).map((c) => c.index);
}

/**
 * The sentence that best states the story in one line, cleaned, with a leading connective
 * ("But", "However,") that would dangle on its own removed; null for an empty article.
 * Sentences opening with a pronoun that refers back, and sentences too long for a TL;DR, are
 * chosen only when they score far above the rest.
 */
export function selectTldrSentence(input: KeyPointInput, tuning: Partial<Tuning> = {}): ChosenSentence | null {
  const { sentences: sents } = prepare(input);
  if (!sents.length) return null;
  const t = { ...TLDR_TUNING, ...tuning };
  // The pronoun test is the costly part: score without it, then test only the sentences whose
  // score could still win (best first, until the rest cannot beat the best penalised score).
  const score = scores(sents, { ...t, pronounPenalty: 1 });
  // Best first (ties: article order), found one at a time: the loop stops after a few, so the
  // whole order is never sorted.
  const done: boolean[] = new Array<boolean>(score.length).fill(false);
  let best = -1;
  let bestScore = -Infinity;
  for (let r = 0; r < score.length; r++) {
    let i = -1;
    for (let j = 0; j < score.length; j++) if (!done[j] && (i < 0 || score[j] > score[i])) i = j;
    if (r === 0) best = i;
    if (score[i] <= bestScore) break;
    done[i] = true;
    const p = sents[i];
    p.pronoun ??= opensDangling(resolveOpening(p.text));
    const s = p.pronoun ? score[i] * t.pronounPenalty : score[i];
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return { ...chosen(sents[best]), text: resolveOpening(sents[best].text) };
}

/** Index of the sentence that best states the story in one line (-1 for an empty article). */
export function selectTldr(input: KeyPointInput): number {
  return selectTldrSentence(input)?.index ?? -1;
}

/**
 * How many key points a briefing shows by default for an article of `sentenceCount` sentences.
 * Three is what readers of news summaries expect and what scores best against human highlights;
 * long articles get a fourth and fifth point.
 */
export function defaultKeyPointCount(sentenceCount: number): number {
  if (sentenceCount >= 80) return 5;
  if (sentenceCount >= 45) return 4;
  return 3;
}
