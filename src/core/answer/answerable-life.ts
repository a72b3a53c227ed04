/**
 * An answerability feature for one way SQuAD 2.0's unanswerable questions were written: a birth or
 * a death asked about that the evidence sentence does not mention - "In what year was Besancon
 * Hugues born?" over "(died 1532)", "In what year did Louis XIV die?" over "gained the throne in
 * 1643". The year in such a sentence belongs to another event of the same person. Session 7
 * measured it with scripts/answerable-probe.ts (docs/answers-qa2.md). Tried alongside and not
 * kept (within noise or worse): a question word of another valence than the sentence's
 * (AFINN-165) and a question word after another role preposition ("by X" over "X").
 */
import type { ContrastInput } from './answerable-contrast.ts';
import { tokenize } from './spans.ts';

/** Names of the features lifeFeatures sets (each 0 or 1). */
export const LIFE_FEATURES: readonly string[] = [
  'lifeMiss', // the question asks about a birth (or a death); the evidence sentence does not mention one
];

const BIRTH = /^(born|birth|births|birthday|b)$/;
const DEATH = /^(die|died|dies|dying|death|deaths|dead|buried|d)$/;

/** The life-event features of one answer. */
export function lifeFeatures(x: ContrastInput): Record<string, number> {
  if (!/\b(born|birth|die[sd]?|dying|death|dead|buried)\b/i.test(x.question)) return { lifeMiss: 0 };
  // "b." / "d." count in the sentence only ("Reguier de la Plancha (d. 1560)").
  const q = tokenize(x.question).filter((t) => t.isWord && t.lower.length > 1);
  const sent = x.prep.sentences[x.evidence.sentence].tokens.filter((t) => t.isWord);
  const miss = (re: RegExp): boolean => q.some((t) => re.test(t.lower)) && !sent.some((t) => re.test(t.lower));
  return { lifeMiss: miss(BIRTH) || miss(DEATH) ? 1 : 0 };
}
