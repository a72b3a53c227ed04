/**
 * Words for a stretch of time, the one table the answerer's "how long" readers share: the span
 * repairs and the follow-on reader (core/answer/span-news.ts) and the grounding checks
 * (core/answer/grounding.ts). Each kept its own copy before.
 */

/** A unit of time a number may count ("864 days", "five years"); test the lower-case word. */
export const TIME_NOUN = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/;

/** A length written as one word: "a three-year contract", "a 20-minute walk", "a decade-long ban" (any case). */
export const HYPHEN_LENGTH = /^[\p{L}\d.]+-(second|minute|hour|day|week|month|year|decade)s?(-long)?$/iu;
