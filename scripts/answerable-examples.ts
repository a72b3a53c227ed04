/**
 * The answerability model's data: each question answered once with the answerability model
 * switched off, keeping the span the answerer would give and its features; the label is whether
 * that span is right (F1 >= 0.5 against a gold answer; never for a question the paragraph does not
 * answer). Shared by scripts/train-answerable.ts and the evaluations through scripts/answerable-cv.ts.
 */
import { answerDetailed, type AnswerOptions } from '../src/core/answer/answer.ts';
import { NANSWERABLE } from '../src/core/answer/answerable.ts';
import type { Article } from '../src/core/types.ts';
import { best, exactMatch, f1Score, paragraphArticles, type QaRow } from './qa-data.ts';
import { heldOutSpanModel } from './span-folds.ts';

/** A question with the answer the span model gives and its answerability features. */
export interface AnswerableExample {
  /** Fold key: all questions about one article stay in one fold. */
  group: string;
  impossible: boolean;
  /** The span the answerer would give ('' when it has none). */
  span: string;
  f1: number;
  em: number;
  /** Is the span right (F1 >= 0.5, answerable)? */
  right: boolean;
  features: Float64Array | null;
  /** Answered (or refused) by a fixed news pattern: the threshold does not apply, the model never sees it. */
  pattern: boolean;
  /** Refused by a plain conflict (src/core/answer/grounding.ts) whatever the threshold. */
  vetoed: boolean;
  /** How much the example counts in the fit (default 1). */
  weight?: number;
  /**
   * The confidence the answerer gives whatever the model says (answer.ts: a typed answer in news
   * copy from a sentence holding every word of the question), or 0: the decision the user gets is
   * made on max(model, floor).
   */
  floor?: number;
}

/** A span at least this close to a gold answer (token F1) counts as a right answer. */
export const RIGHT_F1 = 0.5;

/**
 * Answer every row once, the answerability model off (threshold 0: every span is kept). Unless
 * span weights are given, a row whose article the shipped span model trained on (qa-dev, qa2-dev)
 * is answered by a span model fitted without that article (scripts/span-folds.ts), so its span
 * and label are what the shipped model would give on an article it never saw.
 */
export function answerableExamples(
  rows: readonly (QaRow & { impossible?: boolean })[],
  opts: AnswerOptions = {},
  article: (row: QaRow) => Article = paragraphArticles(),
): AnswerableExample[] {
  const off = new Float64Array(NANSWERABLE);
  return rows.map((row) => {
    const spanModel = opts.weights || opts.rerank !== undefined ? {} : heldOutSpanModel(row.title);
    const d = answerDetailed(row.question, article(row), { ...opts, ...spanModel, answerable: off, threshold: 0 });
    // A person's statements and the story's own reading (its date, place, speakers) are answered
    // with no span and no features (answer.ts statementsAnswer, wholeArticleAnswer): like a fixed
    // pattern, the answer the user gets, whatever the model says.
    const fixed = d.span === null && d.features === null && d.answer.found;
    const span = d.span ?? (fixed ? d.answer.answer : '');
    const impossible = row.impossible === true || row.answers.length === 0;
    const f1 = impossible ? 0 : best(f1Score, span, row.answers);
    const em = impossible ? 0 : best(exactMatch, span, row.answers);
    const pattern = d.features === null && (d.span !== null || fixed);
    // With the model switched off (raw confidence 0.5) a confidence above 0.5 is the answerer's floor.
    const floor = !pattern && d.answer.confidence > 0.5 ? d.answer.confidence : 0;
    return { group: row.title, impossible, span, f1, em, right: !impossible && f1 >= RIGHT_F1, features: d.features, pattern, vetoed: d.conflict !== undefined, floor };
  });
}
