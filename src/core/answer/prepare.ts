/**
 * An article made ready for questions, and the ranking of its sentences for one question.
 * The article is prepared once (sentences of body and caption, tokens, a BM25 index); each
 * question then ranks the sentences by BM25 and by how much of the question they cover.
 */
import type { Article, Evidence } from '../types.ts';
import { bm25Index, bm25Scores, idf, type Bm25Index } from './bm25.ts';
import type { QuestionInfo } from './question-type.ts';
import { contentStems, tokenize, type Token } from './spans.ts';
import { DEED_OTHERWISE, SAID_IN_NEWS } from './said-otherwise.ts';
import { sentences } from '../text/text.ts';
import { isLowerCaseText } from '../text/lower-case-text.ts';
import { truecaseAll } from '../text/truecase.ts';
import { repairMojibake } from '../text/mojibake.ts';

/** One sentence of the article, with its tokens. */
export interface PreparedSentence {
  /**
   * The sentence as the answerer reads it: the article's own words, and in copy written all in
   * lower case the same words with their capitals given back (truecase.ts: same length, same
   * offsets), so that rules reading names, titles and countries from capitals work there too.
   */
  text: string;
  /** The sentence as the article writes it: what answers and evidence quote. */
  written: string;
  /** Index in the body's sentence list, or in the caption's for caption sentences. */
  index: number;
  from: 'body' | 'caption';
  tokens: Token[];
}

/** An article's sentences (body first, then caption) and their BM25 index. */
export interface PreparedArticle {
  sentences: PreparedSentence[];
  index: Bm25Index;
  /** The article is written all in lower case (isLowerCaseText over its sentences as written): `text` is truecased. */
  lowerCase: boolean;
}

/** A sentence's place in the ranking for a question. */
export interface RankedSentence {
  /** Index into PreparedArticle.sentences. */
  sentence: number;
  /** BM25 score. */
  score: number;
  /** Share of the question's IDF weight whose words the sentence contains. */
  coverage: number;
}

const cache = new WeakMap<Article, { text: string; caption: string | null; prepared: PreparedArticle }>();

/** Sentences of body and caption, tokenised and indexed once per article object. */
export function prepareArticle(article: Article): PreparedArticle {
  const hit = cache.get(article);
  if (hit && hit.text === article.text && hit.caption === article.caption) return hit.prepared;
  const list: PreparedSentence[] = [];
  const body = sentences(article.text);
  // The caption is article text too (it often says where a photo was taken): it may be
  // evidence for an answer even though it is never summarized.
  const caption = article.caption ? sentences(article.caption) : [];
  const written = [...body, ...caption];
  // One rule decides lower-case copy for the briefing and the answerer (lower-case-text.ts).
  const lowerCase = isLowerCaseText(written);
  // (Mis-decoded UTF-8 - "CutiÃ©" - is read decoded: the reader asks about "Cutié"; mojibake.ts.
  // Truecasing keeps every offset, which quotedAsWritten relies on, so lower-case copy is read as it is.)
  const read = lowerCase ? truecaseAll(written) : written.map(repairMojibake);
  written.forEach((w, k) => list.push(lazySentence(read[k], w, k < body.length ? k : k - body.length, k < body.length ? 'body' : 'caption', k)));
  const prepared = { sentences: list, index: bm25Index(list.map((s) => contentStems(s.text))), lowerCase };
  cache.set(article, { text: article.text, caption: article.caption, prepared });
  return prepared;
}

/**
 * A sentence whose part-of-speech tokens are computed on first use: retrieval needs only
 * stems, and only the few best sentences are ever read token by token.
 */
function lazySentence(text: string, written: string, index: number, from: 'body' | 'caption', at: number): PreparedSentence {
  let tokens: Token[] | undefined;
  return {
    text,
    written,
    index,
    from,
    get tokens(): Token[] {
      if (!tokens) {
        tokens = tokenize(text);
        position.set(tokens, at);
      }
      return tokens;
    },
  };
}

/** Where each tokenised sentence stands in its article's sentence list. */
const position = new WeakMap<readonly Token[], number>();

/**
 * The place in `prep.sentences` of a sentence given by its tokens, or -1. (Looking it up by
 * comparing every sentence's tokens would tokenise each sentence before it.)
 */
export function sentencePosition(prep: PreparedArticle, tokens: readonly Token[]): number {
  const k = position.get(tokens);
  return k !== undefined && k < prep.sentences.length && prep.sentences[k].tokens === tokens ? k : prep.sentences.findIndex((s) => s.tokens === tokens);
}

/**
 * Weight of a question word in coverage: its IDF in the article. A word the article never
 * uses still counts against coverage (it is what is asked), with a fixed weight.
 */
export function termWeight(prep: PreparedArticle, term: string): number {
  return prep.index.df.has(term) ? idf(prep.index, term) : Math.log(1 + prep.sentences.length + 0.5);
}


/** Sentence ranking for a question: BM25 order, with IDF-weighted question coverage. */
export function rankSentences(prep: PreparedArticle, q: QuestionInfo): RankedSentence[] {
  // A toll of deaths or injuries is said several ways ("How many people died?" over "killing two
  // people"): for a count, a sentence with any of them covers the question's word.
  const alts = q.terms.map((t) => (q.wh === 'how many' ? [...(SAID_IN_NEWS[t] ?? []), ...(DEED_OTHERWISE[t] ?? [])].filter((o) => prep.index.df.has(o)) : []));
  const scores = bm25Scores(prep.index, q.terms);
  let idfTotal = 0;
  const weights = q.terms.map((t, k) => {
    // "What *year*": a noun that only names the answer's kind need not be in the sentence.
    if (t === q.focus && q.expect !== 'thing') return 0;
    const w = prep.index.df.has(t) || alts[k].length === 0 ? termWeight(prep, t) : termWeight(prep, alts[k][0]);
    idfTotal += w;
    return w;
  });
  const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  return order.map((sentence) => {
    let covered = 0;
    const tf = prep.index.tf[sentence];
    q.terms.forEach((t, k) => {
      if (tf.has(t) || alts[k].some((o) => tf.has(o))) covered += weights[k];
    });
    return { sentence, score: scores[sentence], coverage: idfTotal > 0 ? covered / idfTotal : 0 };
  });
}

/** The evidence entry of prepared sentence `k`: the article's own words (not the capitals the answerer gave back to lower-case copy). */
export function evidenceAt(prep: PreparedArticle, k: number): Evidence {
  const s = prep.sentences[k];
  return s.from === 'caption' ? { sentence: s.written, index: s.index, from: 'caption' } : { sentence: s.written, index: s.index };
}
