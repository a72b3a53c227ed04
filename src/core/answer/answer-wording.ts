/**
 * The answer as the reader is given it, after it was read (answer.ts answerDetailed): a pronoun
 * named, a surname spelt out in full, and the words of a lower-case story quoted as written.
 */
import type { PreparedArticle } from './prepare.ts';
import { fullNameFor } from './full-names.ts';
import { pronounAnswerName } from './coref.ts';
import type { AnswerDetails } from './answer-types.ts';

/** A pronoun is no answer: "She" becomes the name it stands for (coref.ts), the quote unchanged. */
export function namedForPronoun(d: AnswerDetails, prep: PreparedArticle): AnswerDetails {
  const ev = d.answer.evidence[0];
  if (!d.answer.found || !ev) return d;
  const k = prep.sentences.findIndex((s) => s.written === ev.sentence && s.index === ev.index);
  const name = pronounAnswerName(prep, d.answer.answer, k);
  return name ? { ...d, answer: { ...d.answer, answer: name }, span: name, composed: true } : d;
}

/** A surname answer to a who-question becomes the full name the story gives it (full-names.ts), the quote unchanged. */
export function fullNamed(d: AnswerDetails, prep: PreparedArticle, question: string): AnswerDetails {
  if (!d.answer.found) return d;
  const name = fullNameFor(prep, question, d.answer.answer);
  return name ? { ...d, answer: { ...d.answer, answer: name }, span: name, composed: true } : d;
}

/**
 * In copy written all in lower case the answerer reads the sentences truecased, but the user is
 * quoted the article's own words: the answer and span are cut from the same place of the
 * sentence as written (truecasing keeps every offset). A text the answerer composed (a date it
 * resolved: "Monday, Nov. 30, 2026") is found in no sentence and stays as it is.
 */
export function quotedAsWritten(d: AnswerDetails, prep: PreparedArticle): AnswerDetails {
  const read = d.answer.evidence.map((e) => prep.sentences.find((s) => s.written === e.sentence && s.index === e.index)).filter((s) => s !== undefined);
  const back = (t: string): string => {
    for (const s of read) {
      const at = s.text.indexOf(t);
      if (at >= 0) return s.written.slice(at, at + t.length);
    }
    return t;
  };
  const answer = d.answer.found ? { ...d.answer, answer: back(d.answer.answer) } : d.answer;
  return { ...d, answer, span: d.span === null ? null : back(d.span) };
}
