/** One answerability example for the rule's tests: features all zero but the bias (and the news flag), right when answerable. */
import { ANSWERABLE_FEATURES, NANSWERABLE } from '../../src/core/answer/answerable.ts';
import type { AnswerableExample } from '../../scripts/answerable-cv.ts';

export function ex(o: { impossible?: boolean; news?: boolean }): AnswerableExample {
  const features = new Float64Array(NANSWERABLE);
  features[0] = 1;
  if (o.news) features[ANSWERABLE_FEATURES.indexOf('news')] = 1;
  const f1 = o.impossible ? 0 : 1;
  return { group: 'a', impossible: o.impossible === true, span: 'x', f1, em: f1, right: f1 >= 0.5, features, pattern: false, vetoed: false };
}
