/**
 * "Who scored Brazil's goal?" over "Neymar helped Brazil beat Chile", "Who will direct "Patriots'
 * Day"?" over "the film is being produced by CBS Films": a sentence that never says the deed asked
 * about (no word of the verb's root) names whoever did something else. The asked verb is the one
 * right after "Who" ("Who scored") or after a modal ("Who will direct").
 */
import type { QuestionInfo } from './question-type.ts';
import { stem, type Token } from './spans.ts';
import { sharesRoot } from './asked-verb.ts';
import { deedSaidOtherwise } from './said-otherwise.ts';

/** "Who will direct ...?", "Who would replace him?": the verb after the modal. */
const MODAL_VERB = /^[Ww]ho\s+(?:will|would|could|can|should|might|may|is going to|are going to)\s+(?!be\b|have\b|get\b|do\b|make\b|take\b)(\p{Ll}{3,})\b/u;

/** The asked deed's stem, or null when the question is not "Who <verb> ...?" or "Who <modal> <verb> ...?". */
export function whoDeed(question: string, info: QuestionInfo): string | null {
  // "What caused the fire?": a cause asked as a doer; a sentence that never says the causing names no cause.
  const what = /^what\s+(caused|sparked|triggered|prompted)\s+\S/i.exec(question.trim());
  if (what) return stem(what[1].toLowerCase());
  if (info.wh !== 'who') return null;
  // ("Who else stars in ...?": "else" is no deed.)
  if (info.form === 1 && info.gapRight) return /^(?:els|else)$/.test(info.gapRight) ? null : info.gapRight;
  const m = MODAL_VERB.exec(question.trim());
  return m ? stem(m[1]) : null;
}

/** Does the sentence say the deed (a word of its stem, or of its first four letters)? */
export function saysDeed(sentence: readonly Token[], deed: string): boolean {
  return sentence.some((t) => t.stem === deed) || sharesRoot(sentence, deed) || deedSaidOtherwise(deed, sentence);
}
