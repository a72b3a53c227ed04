/**
 * The answerer's options (evaluation switches each rule off by one) and the details an answer
 * comes with (answer.ts answerDetailed; answer.ts re-exports both).
 */
import type { Answer } from '../types.ts';
import type { Expect } from './question-type.ts';
import type { PatternResult } from './patterns-typed.ts';

export interface AnswerOptions {
  /** Overrides TOP_SENTENCE_BONUS (evaluation; used only with `rerank: false`). */
  topBonus?: number;
  /** Span model weights (defaults to the shipped ones; evaluation passes cross-validated ones). */
  weights?: Float64Array;
  /** Confidence below which `found` is false (default REFUSE_BELOW, or REFUSE_BELOW_NEWS in news copy; 0.5 with `answerable` weights given). */
  threshold?: number;
  /** Read fixed news question shapes first (patterns.ts; default true, false with `rerank: false`). */
  patterns?: boolean;
  /** Refuse on a plain conflict between question and article (grounding.ts; default true). */
  grounding?: boolean;
  /** Answerability model weights (answerable.ts; default the shipped ones). */
  answerable?: Float64Array;
  /** Pick the span with the best expected overlap with the model's belief (default true), not the single top one. */
  mbr?: boolean;
  /** Scale of the model's scores in that choice (default MBR_SHARPNESS; evaluation tunes it). */
  mbrSharpness?: number;
  /** How far below the best span a typed span may score and still win, per expected kind (evaluation tunes these). */
  margins?: Partial<Record<Expect, number>>;
  /**
   * Repair the span by the news shapes of its sentence (span-news.ts) in any text written with
   * capitals (default true; false for evaluation: what the repairs change).
   */
  newsSpans?: boolean;
  /** Extend a span that ends inside a list to the whole list (default true). */
  lists?: boolean;
  /** ... except when the question asks for one thing (span.ts asksForOne; default true, false for the old rule). */
  listForOne?: boolean;
  /** Answer "What is/are <predicate>?" with the subject of "<subject> is <predicate>" in the chosen sentence (span-arguments.ts; default true). */
  copula?: boolean;
  /** Answer "Who <verb> ...?" with the agent after "by" when the chosen sentence says the verb in the passive (span-arguments.ts; default true). */
  passive?: boolean;
  /** Answer from the next sentence when the chosen one ends on the question's words and the next points back at it (span-follower.ts; default true). */
  follower?: boolean;
  /** How an answer moved by that rule is judged: as the set-up sentence's reading (default) or on the follower alone ('follower'). */
  followerJudge?: 'setUp' | 'follower';
  /** Overrides span-follower.ts FOLLOWER_MARGIN (evaluation). */
  followerMargin?: number;
  /**
   * Sentence re-ranker weights (defaults to the shipped ones; evaluation passes cross-validated
   * ones); `false` keeps BM25's order with the top-sentence bonus instead.
   */
  rerank?: Float64Array | false;
}

/** An answer with what decided it: the span the model would give and the answerability features. */
export interface AnswerDetails {
  answer: Answer;
  /** The chosen span (also when the answer was withheld), or null when no sentence was a candidate. */
  span: string | null;
  /** Answerability features (answerable.ts), or null when no span was chosen. */
  features: Float64Array | null;
  /** The answer is the briefing's own reading (a name as the briefing lists it, the dateline's date), not words cut from a sentence. */
  composed?: boolean;
  /** A plain conflict between question and article that refuses whatever the confidence (grounding.ts). */
  conflict?: string;
  /** Set when the answer was read from the sentence after the evidence (followOnAnswer). */
  followOn?: boolean;
  /** The fixed news pattern that read the answer (patterns.ts), answered or refused. */
  pattern?: PatternResult['kind'];
}
