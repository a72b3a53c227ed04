/**
 * Choosing key points and the TL;DR from an article's sentences.
 * (First version: lead sentences; the ranking is improved and measured in issue 4.)
 */

export interface KeyPointInput {
  title: string;
  /** The body's sentences in article order. */
  sentences: string[];
}

/** Indices (ascending) of the sentences chosen as key points. */
export function selectKeyPoints(input: KeyPointInput, count: number): number[] {
  const n = Math.min(count, input.sentences.length);
  return Array.from({ length: n }, (_, i) => i);
}

/** Index of the sentence that best states the story in one line. */
export function selectTldr(input: KeyPointInput): number {
  return input.sentences.length ? 0 : -1;
}
