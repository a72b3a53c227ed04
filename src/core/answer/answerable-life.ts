/**
 * An answerability feature for one way SQuAD 2.0's unanswerable questions were written: a birth or
 * death asked about that the evidence does not mention - "In what year was Besancon Hugues born?"
 * over "(died 1532)", "In what year did Louis XIV die?" over "gained the throne in 1643". The year
 * in such a sentence belongs to another event of the same person. Session 7 measured it with
 * scripts/answerable-probe.ts (docs/answers-qa2.md): on SQuAD 2.0 dev it marks 15 answers, none
 * right, and lowers the cross-validated log-loss under every dealing of the articles into folds.
 * Tried alongside and not kept (within noise or worse): a question word of another valence than
 * the sentence's (AFINN-165) and a question word after another role preposition ("by X" over "X").
 */
import type { ContrastInput } from './answerable-contrast.ts';
import { tokenize } from './spans.ts';

/** Names of the features lifeFeatures sets (each 0 or 1). */
export const LIFE_FEATURES: readonly string[] = [
  'lifeMiss', // the question asks about a birth or death; the evidence sentence mentions neither
];

const LIFE_Q = /^(born|birth|births|birthday|die|died|dies|dying|death|deaths|dead|buried)$/;
/** In the sentence "b." / "d." count too ("Reguier de la Plancha (d. 1560)"). */
const LIFE_S = /^(born|birth|births|birthday|die|died|dies|dying|death|deaths|dead|buried|b|d)$/;

/** The life-event features of one answer. */
export function lifeFeatures(x: ContrastInput): Record<string, number> {
  if (!/\b(born|birth|die[sd]?|dying|death|dead|buried)\b/i.test(x.question)) return { lifeMiss: 0 };
  const q = tokenize(x.question).filter((t) => t.isWord);
  const sent = x.prep.sentences[x.evidence.sentence].tokens;
  const lifeQ = q.some((t) => LIFE_Q.test(t.lower));
  return { lifeMiss: lifeQ && !sent.some((t) => t.isWord && LIFE_S.test(t.lower)) ? 1 : 0 };
}
