/**
 * The plain conflicts that refuse an answer whatever its confidence, one check per line, in the
 * order they are tried (the first that finds one names it: `AnswerDetails.conflict`). Two lists:
 * for a fixed pattern's answer (patterns*.ts) and for the span model's. Each check's own file
 * says what it reads; a new check goes on a line of its own.
 */
import type { Article } from '../types.ts';
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import type { PatternResult } from './patterns.ts';
import { tokenize, type Token } from './spans.ts';
import { pronounOfAnother } from './coref.ts';
import { anotherEvent } from './grounding-another-event.ts';
import { deedToComeAt } from './grounding-tense.ts';
import { roleOfAnother } from './patterns-typed.ts';
import { roleOwnedByAnother } from './grounding-role-owner.ts';
import { figureOfAnotherName, figureOfSubjectNamed } from './grounding-figure-owner.ts';
import { countOfOtherKind } from './grounding-counted-kind.ts';
import { figureOfAnotherThing } from './grounding-figure-noun.ts';
import { changeTheOtherWay } from './grounding-direction.ts';
import { namesNoOneForWho } from './grounding-who-kind.ts';
import { groundingConflict, neverNamed } from './grounding.ts';
import { detailConflict, monthNeverGiven, yearOfAnotherEvent } from './grounding-details.ts';
import { kindConflict } from './grounding-kinds.ts';
import { otherPartConflict } from './grounding-other-part.ts';
import { regionConflict } from './grounding-region.ts';
import { otherSideOfComparison, restrictorUncovered } from './grounding-restrictor.ts';
import { firstNotSaid } from './grounding-first.ts';
import { anotherRelativeTime } from './grounding-relative-time.ts';
import { wrongSideOfDeed } from './grounding-roles.ts';
import { labelNumber, nameWithoutCapital, noStatement, pluralOfWhich, shownNotACount, timeForPerson } from './grounding-answer-form.ts';

/**
 * Why a fixed pattern's answer (sentence `pattern.sentence`, text `pattern.text`) is refused, or
 * null. `base` is the article before coreference's view (coref.ts), `newsCopy` whether it reads as news.
 */
export function patternConflict(q: string, prep: PreparedArticle, base: PreparedArticle, article: Article, pattern: PatternResult & { text: string }, newsCopy: boolean): string | null {
  const k = pattern.sentence;
  // (A sentence's tokens are made lazily and cost to touch: only the checks that need them read them.)
  const sentence = () => prep.sentences[k];
  return (
    // A sentence about another year, country or size than asked (grounding-details.ts; the patterns
    // read news shapes, so this holds whether or not the text reads as news copy).
    detailConflict(q, prep, k) ??
    (newsCopy ? yearOfAnotherEvent(q, prep, k, article.dateline.date) : null) ??
    // A month asked that the story never gives ("in May" over July's figures).
    (newsCopy ? monthNeverGiven(q, prep, article.dateline.date) : null) ??
    regionConflict(q, prep, k) ??
    (newsCopy ? otherPartConflict(q, prep, k) : null) ??
    (newsCopy ? neverNamed(q, prep) : null) ??
    pronounOfAnother(base, q, k) ??
    // In news copy, a name the question restricts the answer to ("in Arequipa", "against Arsenal")
    // that the sentence does not say (grounding-restrictor.ts; in an encyclopaedia paragraph the
    // scene is set once), another event of the kind asked, or the deed told only as one to come.
    (newsCopy ? (restrictorUncovered(q, prep, k, article.title) ?? anotherEvent(q, prep, k) ?? deedToComeAt(q, prep, k)) : null) ??
    // A count of another kind of the noun asked ("2,191 compensation applications" for "How many passport applications").
    (newsCopy && pattern.kind === 'count' ? countOfOtherKind(q, sentence().tokens, sentence().text, pattern.text) : null) ??
    (newsCopy && !prep.lowerCase ? namesNoOneForWho(q, tokenize(pattern.text), sentence().tokens) : null) ??
    changeTheOtherWay(q, sentence().text, pattern.text) ??
    (newsCopy ? figureOfSubjectNamed(q, prep, k, pattern.text) : null) ??
    // An amount written as another thing's than the one asked (grounding-figure-noun.ts).
    (newsCopy ? figureOfAnotherThing(q, sentence().tokens, pattern.text) : null) ??
    // A count answered by a year, a day or an age; a number that labels a thing ("camp 1") (grounding-answer-form.ts).
    (newsCopy ? shownNotACount(q, /^\s*how many\b/i.test(q) ? 'how many' : '', pattern.text) : null) ??
    labelNumber(q, /^\s*how (?:many|much|old)\b/i.exec(q)?.[0].trim().toLowerCase().replace(/\s+/, ' ') ?? '', sentence().tokens, pattern.text) ??
    pluralOfWhich(q, pattern.text) ??
    timeForPerson(q, pattern.text) ??
    // In news copy, a sentence about "last week" for a question about "a year ago" (grounding-relative-time.ts).
    (newsCopy ? anotherRelativeTime(q, sentence().text) : null)
  );
}

/**
 * Why the span model's answer (`spanTokens` of sentence `k`, text `spanText`) is refused, or null.
 * `coverage` is the share of the question's words the sentence says.
 */
export function spanConflict(q: string, info: QuestionInfo, article: Article, prep: PreparedArticle, base: PreparedArticle, k: number, spanTokens: readonly Token[], spanText: string, newsCopy: boolean, coverage: number): string | null {
  const sent = prep.sentences[k];
  return (
    groundingConflict(q, info, prep, sent.tokens, spanTokens, newsCopy, coverage) ??
    (newsCopy ? monthNeverGiven(q, prep, article.dateline.date) : null) ??
    // A name of a kind the question rules out: a person for "Which party ...?" (grounding-kinds.ts).
    kindConflict(q, info, article, prep, k, spanText) ??
    pronounOfAnother(base, q, k) ??
    roleOfAnother(q, prep, k, spanText) ??
    // A role held for another owner (grounding-role-owner.ts).
    roleOwnedByAnother(q, prep, k, spanText) ??
    // In news copy, another name's figure (grounding-figure-owner.ts), a count of another kind of
    // the noun asked (grounding-counted-kind.ts), a who-question answered by no one (grounding-who-kind.ts).
    (newsCopy ? figureOfAnotherName(q, prep, k, spanText) : null) ??
    (newsCopy ? countOfOtherKind(q, sent.tokens, sent.text, spanText) : null) ??
    (newsCopy ? figureOfAnotherThing(q, sent.tokens, spanText) : null) ??
    changeTheOtherWay(q, sent.text, spanText) ??
    (newsCopy ? namesNoOneForWho(q, tokenize(spanText), sent.tokens) : null) ??
    // In news copy, a figure "against the euro" for "against the dollar" (grounding-restrictor.ts),
    // another event of the kind asked (grounding-another-event.ts), or the asked deed told only as
    // one to come (grounding-tense.ts).
    (newsCopy ? (otherSideOfComparison(q, sent.text) ?? anotherEvent(q, prep, k) ?? deedToComeAt(q, prep, k)) : null) ??
    // The answer as shown: a count by a day, a year or an age; a number that labels a thing ("camp 1");
    // "Which team?" by "local teams"; a name asked and none given (grounding-answer-form.ts).
    // (In news copy: "2000 guests" and "the process of trial division" are an encyclopaedia's.)
    (newsCopy ? shownNotACount(q, info.wh, spanText) : null) ??
    labelNumber(q, info.wh, sent.tokens, spanText) ??
    pluralOfWhich(q, spanText) ??
    timeForPerson(q, spanText) ??
    (newsCopy ? noStatement(q, spanTokens) : null) ??
    (newsCopy ? nameWithoutCapital(q, spanText, prep.lowerCase) : null) ??
    (newsCopy ? anotherRelativeTime(q, sent.text) : null) ??
    // In news copy, "When did X first ...?" over a sentence that never says it was the first (grounding-first.ts).
    (newsCopy ? firstNotSaid(q, sent.text) : null) ??
    // The span on the wrong side of the deed asked: what was done for "who did it", the doer for "what did X do it to";
    // in news copy, a span that stands nowhere a doer of the deed stands (grounding-roles.ts).
    wrongSideOfDeed(q, sent.tokens, spanTokens, newsCopy)
  );
}
