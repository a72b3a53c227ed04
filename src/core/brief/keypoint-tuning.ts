/** The key-point and TL;DR ranking's knobs and the values that ship (scripts/tune-tldr.ts searches them). */

/** Knobs of the ranking; the defaults are what ships. Exposed for the evaluation script. */
export interface Tuning {
  /** Position prior: a sentence's score is multiplied by 1 / (1 + rank / positionScale). */
  positionScale: number;
  /** Weight of centrality (0..1) added to the base score of 1. */
  centrality: number;
  /** Centrality is shared-term mass / (distinct terms ^ centralityExponent): lower favours longer sentences. */
  centralityExponent: number;
  /** Weight of overlap (0..1) with the title or the first sentence. */
  leadOverlap: number;
  /** MMR: a candidate's score is multiplied by 1 - redundancy x its overlap with a chosen point. */
  redundancy: number;
  /** Multipliers for sentences that rarely make good summary sentences. */
  captionPenalty: number;
  questionPenalty: number;
  quotePenalty: number;
  firstPersonPenalty: number;
  /** Sentences shorter than this many words are scaled down toward 30%. */
  minWords: number;
  /** Sentences longer than this many words are scaled by maxWords / words. */
  maxWords: number;
  /**
   * Weight of overlap (0..1) with the headline alone. The headline states the news, so a TL;DR
   * that restates it is the lead rather than a detail ("No one was hurt, and the bridge ...").
   * The evaluation data have no headlines: this weight is set by reasoning, not tuned.
   */
  titleOverlap: number;
  /** Multiplier for a sentence that is not one (no end punctuation, a heading, a bare label): a last resort. */
  notSentencePenalty: number;
  /**
   * TL;DR only: multiplier for a sentence opening with a pronoun that refers back ("He", "Its",
   * "They") or with a connective that cannot simply be removed ("So the ...", "Then ...").
   */
  pronounPenalty: number;
  /** TL;DR only: multiplier for a sentence longer than the TL;DR may be (it would be cut). */
  overlongPenalty: number;
}

/** What ships for key points. */
export const DEFAULT_TUNING: Tuning = {
  positionScale: 1.5,
  centrality: 0.5,
  centralityExponent: 0.5,
  leadOverlap: 0.3,
  redundancy: 0.9,
  captionPenalty: 0.5,
  questionPenalty: 0.4,
  quotePenalty: 0.7,
  firstPersonPenalty: 0.5,
  minWords: 8,
  maxWords: 55,
  titleOverlap: 0,
  notSentencePenalty: 0.02,
  pronounPenalty: 1,
  overlongPenalty: 1,
};

/**
 * What ships for the TL;DR: one sentence must carry the story, so centrality weighs more and
 * position less than for key points (with one-sentence references the lead sentence is right
 * less often than it is among three).
 */
export const TLDR_TUNING: Tuning = {
  ...DEFAULT_TUNING,
  positionScale: 12,
  centrality: 8,
  minWords: 12,
  titleOverlap: 12,
  pronounPenalty: 0.1,
  overlongPenalty: 0.5,
};

