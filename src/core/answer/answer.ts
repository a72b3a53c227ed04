/**
 * Grounded answers to follow-up questions about an article: find the sentence that answers,
 * extract the shortest span that does (a person, a date, a place, a list ...), quote the
 * sentence as evidence, and say plainly when the article does not say.
 */
import { ageAsTime, clockTimeAsked, figureInApposition, levelAsked, levelBeforeFrom, percentAsked } from './span-clock.ts';
import { titleOfWork } from './span-title.ts';
import { shareAsked } from './span-share.ts';
import type { Answer, Article, Evidence } from '../types.ts';
import { expectedF1Choice, typedChoice } from './choice.ts';
import { copulaSubject, passiveAgent } from './span-arguments.ts';
import { setUpFollower } from './span-follower.ts';
import { alignQuestion } from './align.ts';
import { candidates, score } from './candidates.ts';
import { evidenceAt, prepareArticle, rankSentences, type PreparedArticle } from './prepare.ts';
import { spellOutClippedNames } from './short-names.ts';
import { corefView } from './coref.ts';
import { defaultRerankWeights, defaultWeights } from './model.ts';
import { rerankSpans } from './rerank.ts';
import { patternAnswer } from './patterns.ts';
import { patternConflict, spanConflict } from './answer-checks.ts';
import { anotherEvent } from './grounding-another-event.ts';
import { deedToComeAt } from './grounding-tense.ts';
import { groundingConflict } from './grounding.ts';
import { contrastClauseOfAnother, spanIn } from './grounding-reading.ts';
import { echoesQuestion, namesOnlyKind } from './grounding-details.ts';
import { asksForOne, extendList, refineSpan } from './span.ts';
import { storyDate, wholeArticleAnswer } from './article-questions.ts';
import { aboutAnswer } from './request-about.ts';
import { neverSaidAbout, statementsAnswer } from './patterns-statements.ts';
import { doesNotSay } from './does-not-say.ts';
import { figureOfAskedClause } from './pattern-time-figure.ts';
import { newsFloor } from './news-floor.ts';
import { doerOfCompound } from './grounding-deed.ts';

export { doesNotSay };
import { clauseDate, deedWord } from './dates-clause.ts';
import { datedDeed } from './asked-verb.ts';
import { tokenize, type Token } from './spans.ts';
import { followOnSpan, newsSpanRepair, quotedCallRepair } from './span-news.ts';
import { objectInVerbSentence, objectOfAskedVerb } from './span-object.ts';
import { figureForAskedTime, figureOfChangeAsked } from './span-number-time.ts';
import { figureInLongSpan, lengthForHowLong } from './span-figure.ts';
import { ownedFigureText, figureOfAskedOwner } from './span-figure-owner.ts';
import { reasonClause } from './span-reason.ts';
import { placeByPlace, settingOfPlace } from './span-place.ts';
import { appositionOfKind } from './span-apposition.ts';
import { valueOfAskedNoun } from './span-value-of.ts';
import { nounComplement } from './span-complement.ts';
import { quotedWordAsked } from './span-quoted-word.ts';
import { opponentAsked } from './span-opponent.ts';
import { instancesOfKind } from './span-kind-instance.ts';
import { isLowerCaseCopy } from './news-copy.ts';
import { analyzeQuestion, type Expect, type QuestionInfo } from './question-type.ts';
import { answerableFeatures, answerProbability, isNewsCopy } from './answerable.ts';
import { answersAt } from './calibration.ts';
import { calibrate, defaultAnswerableWeights, MAX_QUESTION_CHARS, PATTERN_CONFIDENCE, PATTERN_CONFIDENCE_OTHER, REFUSE_BELOW, REFUSE_BELOW_NEWS, YESNO_CONFIDENCE } from './answer-confidence.ts';
import type { AnswerDetails, AnswerOptions } from './answer-types.ts';
import { fullNamed, namedForPronoun, quotedAsWritten } from './answer-wording.ts';

// The thresholds, options and details callers read here live in answer-confidence.ts and answer-types.ts.
export {
  answerOutcome,
  defaultAnswerableWeights,
  HEDGE_BELOW,
  MAX_QUESTION_CHARS,
  PATTERN_CONFIDENCE,
  PATTERN_CONFIDENCE_OTHER,
  REFUSE_BELOW,
  REFUSE_BELOW_NEWS,
  YESNO_CONFIDENCE,
  type AnswerOutcome,
} from './answer-confidence.ts';
export type { AnswerDetails, AnswerOptions } from './answer-types.ts';

/** Confidence of an answer from the sentence after the evidence (followOnAnswer): hedged, below HEDGE_BELOW. */
const FOLLOW_ON_CONFIDENCE = 0.45;

/**
 * How far below the model's best span a typed span may score and still win (see typedChoice).
 * For plain text the margins come from cross-validation on the encyclopaedia dev questions;
 * in news copy (an article with a dated dateline) the span's shape is trusted outright.
 */
const TYPED_MARGIN: Partial<Record<Expect, number>> = { person: 1, date: 99, place: 0, number: 0.5, reason: 99, thing: 1.5, verb: 1, be: 1 };
/** In news copy a rule's evidence (a place after "at", a role named in the question) counts this much more. */
const NEWS_BONUS_SCALE = 3;
const NEWS_MARGIN: Partial<Record<Expect, number>> = { person: 99, date: 99, place: 99, number: 99, reason: 99, thing: 99, verb: 99, be: 99 };

/** Extra score for spans of the best BM25 sentence when the sentence re-ranker is off (rerank.ts replaces it). */
const TOP_SENTENCE_BONUS = 0.5;

/** Answer a question from one article's own sentences. Never throws on odd input. */
export function answer(question: string, article: Article, opts: AnswerOptions = {}): Answer {
  return answerDetailed(question, article, opts).answer;
}

/** answer(), keeping the span and the features the training and evaluation scripts need. */
export function answerDetailed(question: string, article: Article, opts: AnswerOptions = {}): AnswerDetails {
  const read = answerRead(question, article, opts);
  const prep = prepareArticle(article);
  const details = fullNamed(namedForPronoun(read, prep), prep, question);
  return prep.lowerCase && !details.composed ? quotedAsWritten(details, prep) : details;
}

function answerRead(question: string, article: Article, opts: AnswerOptions): AnswerDetails {
  const bare = (a: Answer): AnswerDetails => ({ answer: a, span: null, features: null });
  const written = question.replace(/\s+/g, ' ').trim();
  if (!written) return bare(notFound(question, 'Ask a question about the article, for example "Who said that?"', 0, []));
  if (written.length > MAX_QUESTION_CHARS) {
    return bare(notFound(question, `That question is too long (${written.length} characters): ask it in under ${MAX_QUESTION_CHARS}.`, 0, []));
  }
  const base = prepareArticle(article);
  // "What did the Fed do?" read as "What did the Federal Reserve do?" (short-names.ts).
  const q = spellOutClippedNames(written, base);
  // "When did Lindqvist die?" reads "She died on Tuesday" as naming her (coref.ts).
  const prep = corefView(base, q);
  const info = alignQuestion(analyzeQuestion(q), prep);
  // The story's own reading (its date, place, people: as the briefing writes them, truecased in lower-case copy) ...
  const story = storyDate(question, q, info, article, prep) ?? wholeArticleAnswer(question, q, article, prep) ?? aboutAnswer(question, q, prep);
  if (story) return { ...bare(story), composed: true };
  // ... and a person's statements, quoted as written.
  const statements = statementsAnswer(question, q, article, prep) ?? neverSaidAbout(question, q, article, prep);
  if (statements) return bare(statements);
  if (info.terms.length === 0 || prep.sentences.length === 0) {
    return bare(notFound(question, doesNotSay(q, info), 0, []));
  }
  // The BM25-order ablation (rerank: false) measures the span model alone: no fixed patterns there.
  // (In news copy a sentence about another event of the kind asked - "a magnitude 6.8 quake in
  // January 2020" after the story's own, or one telling the asked deed only as to come - is no place for a
  // pattern to read the asked one's figures.)
  const ownEvent = isNewsCopy(prep, article.dateline.date !== null) ? (r: { sentence: number }) => (anotherEvent(q, prep, r.sentence) ?? deedToComeAt(q, prep, r.sentence)) === null : () => true;
  const found = (opts.patterns ?? opts.rerank !== false) && patternAnswer(q, info, prep, rankSentences(prep, info).filter(ownEvent).sort((a, b) => b.coverage - a.coverage || b.score - a.score));
  // A pattern's answer to "Which school ...?" / "What marine organisms ...?" that only repeats the
  // question ("the school") says nothing: the span model reads the article instead, under its own
  // answerability check. ("What is the name of the passenger?" -> "the passenger" stays refused:
  // the story names no one.)
  const kindAsked = /^(?:which|what (?!(?:is|was|are|were|did|does|do|has|have|had)\b)[a-z]+)\b/i.test(q);
  // (Or only names the kind asked with common words before it: "Other artists", in cased copy.)
  const pattern = found && found.text !== null && kindAsked && (echoesQuestion(q, found.text) || (!prep.lowerCase && namesOnlyKind(q, found.text))) ? null : found;
  if (pattern) {
    const ev = [evidenceAt(prep, pattern.sentence)];
    if (pattern.text === null) return { answer: notFound(question, doesNotSay(q, info), 0, ev), span: null, features: null, pattern: pattern.kind };
    // A plain conflict between the question and the pattern's sentence (answer-checks.ts).
    const newsCopy = isNewsCopy(prep, article.dateline.date !== null);
    const detail = patternConflict(q, prep, base, article, { ...pattern, text: pattern.text }, newsCopy);
    if (detail) return { answer: notFound(question, doesNotSay(q, info), 0, ev), span: null, features: null, conflict: detail, pattern: pattern.kind };
    if (echoesQuestion(q, pattern.text)) return { answer: notFound(question, doesNotSay(q, info), 0, ev), span: null, features: null, conflict: 'repeats the question', pattern: pattern.kind };
    // "How much does the Eagles plan cut?" read from "The Hawks plan cuts $3 billion ... while the
    // Eagles plan raises fees by $1 billion": the pattern's words stand in a clause about another.
    if (contrastClauseOfAnother(q, prep.sentences[pattern.sentence].tokens, spanIn(prep.sentences[pattern.sentence].tokens, pattern.text))) return { answer: notFound(question, doesNotSay(q, info), 0, ev), span: null, features: null, conflict: 'is in a clause about another', pattern: pattern.kind };
    const confidence = pattern.kind === 'yesno' ? YESNO_CONFIDENCE : newsCopy ? PATTERN_CONFIDENCE : PATTERN_CONFIDENCE_OTHER;
    // "How many ... four years ago?" over "47,000 ... this year -- four years ago it was nearly 63,000" (pattern-time-figure.ts).
    const text = (pattern.kind === 'count' && figureOfAskedClause(q, prep.sentences[pattern.sentence].text, pattern.text)) || (newsCopy && ownedFigureText(q, prep, pattern.sentence, pattern.kind, pattern.text)) || pattern.text;
    return { answer: { question, answer: text, found: true, confidence, evidence: ev }, span: text, features: null, pattern: pattern.kind };
  }
  const news = article.dateline.date !== null;
  const set = candidates(prep, info, news);
  const weights = opts.weights ?? defaultWeights();
  let bestScore = -Infinity;
  const scores = new Float64Array(set.candidates.length);
  const lead = set.top[0]?.sentence;
  const rerank = opts.rerank ?? defaultRerankWeights();
  // Without the re-ranker, the best BM25 sentence gets a fixed bonus instead.
  const topBonus = rerank ? 0 : (opts.topBonus ?? TOP_SENTENCE_BONUS);
  set.candidates.forEach((c, k) => {
    scores[k] = score(set, c, weights) + (c.sentence === lead ? topBonus : 0);
    bestScore = Math.max(bestScore, scores[k]);
  });
  if (rerank) bestScore = rerankSpans(prep, info, set, scores, rerank);
  if (set.candidates.length === 0) return bare(notFound(question, doesNotSay(q, info), 0, []));
  const margin = opts.margins?.[info.expect] ?? (news ? NEWS_MARGIN : TYPED_MARGIN)[info.expect] ?? 0;
  const typed = typedChoice(prep, set, scores, info, news, margin, news ? NEWS_BONUS_SCALE : 1);
  const modelChoice = (opts.mbr === false ? set.candidates[scores.indexOf(bestScore)] : expectedF1Choice(set.candidates, scores, prep, undefined, opts.mbrSharpness)) ?? set.candidates[0];
  // "What are the most powerful drugs?" over "Glucocorticoids are the most powerful ...": the subject (span-arguments.ts).
  // "Who listed X?" over "X was listed ... by Y": the agent after "by" (span-arguments.ts).
  const first = typed.best ?? modelChoice;
  const argued = (opts.copula !== false && copulaSubject(q, prep, set, scores, first)) || (opts.passive !== false && passiveAgent(q, prep, set, scores, first));
  // "... his last statement." / "The statement was in Latin.": the sentence after a set-up one (span-follower.ts).
  const held = argued || (opts.follower !== false && setUpFollower(info.terms, prep, set, scores, first, opts.followerMargin)) || first;
  // "Who did Bayern sign?": in news copy, the object of the asked verb in a top sentence that says it (span-object.ts).
  const chosen = (opts.newsSpans !== false && isNewsCopy(prep, news) && held === first && objectInVerbSentence(q, info, prep, set, first)) || held;
  // In news copy a date answers for the clause of the deed asked about (dates-clause.ts).
  const anchor = info.wh === 'when' && isNewsCopy(prep, news) ? (/^until when\b/i.test(q) ? 'until' : (datedDeed(q, tokenize(q)) ?? deedWord(q))) : null;
  const tied = anchor ? clauseDate(prep.sentences[chosen.sentence].tokens, chosen.i, chosen.j, anchor) : null;
  // "How many ... last year?" over "from 15 in 2009 to 45 last year": the figure of the asked time (span-number-time.ts).
  const timed =
    tied ??
    (info.expect === 'number' || info.expect === 'be' ? (figureForAskedTime(q, prep.sentences[chosen.sentence].tokens, chosen.i, chosen.j) ?? figureOfChangeAsked(q, prep.sentences[chosen.sentence].tokens, chosen.i, chosen.j)) : null) ??
    // "How many planes are on the Carl Vinson?" over "200 fighter planes, including 79 on the ... Carl Vinson": the figure the question's words stand by (span-figure-owner.ts).
    (opts.newsSpans !== false && isNewsCopy(prep, news) ? figureOfAskedOwner(q, prep.sentences[chosen.sentence].tokens, chosen.i, chosen.j) : null);
  const dated = timed ? { ...chosen, i: timed[0], j: timed[1] } : chosen;
  // In text with capitals, the span moves to the part of the sentence a news shape names (span-news.ts;
  // the shapes are news ones, but on encyclopaedia questions they changed 6 of 1,455 answers, 4 for the better, none worse).
  const cased = opts.newsSpans !== false && !isLowerCaseCopy(prep);
  // (Quotation marks need no capitals: "what did X call Y" is repaired in lower-case stories too.)
  // "Who did Flower punch?": in news copy, cased or not, the object of the asked verb (span-object.ts).
  // "Where will it be auctioned?": the whole setting ("the County Ground in Bristol"), not its town;
  // "off the coast of mexico", not the country (span-place.ts).
  const setting = opts.newsSpans !== false ? (settingOfPlace(q, info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? placeByPlace(info, prep.sentences[dated.sentence].tokens, dated.i, dated.j)) : null;
  // "Why did the shares fall?": a span that gives no reason moves to the sentence's clause of a cause (span-reason.ts).
  const repaired =
    // "What did the prosecutor call the death?": the speaker's quoted word for it (span-quoted-word.ts).
    (opts.newsSpans !== false && isNewsCopy(prep, news) ? quotedWordAsked(q, info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null) ??
    // "Who will Barcelona play?": the name after "taking on" / "against", not the sentence's subject (span-opponent.ts).
    (opts.newsSpans !== false && isNewsCopy(prep, news) ? opponentAsked(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null) ??
    (opts.newsSpans !== false ? reasonClause(info, prep.sentences[dated.sentence].tokens, dated.i) : null) ??
    // "Which film ...?": the quoted title after "the 2000 film" (span-title.ts).
    (opts.newsSpans !== false ? titleOfWork(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null) ??
    // "What time did it happen?": the sentence's clock time, not its day; "By what percentage ...?" its
    // per-cent figure, not its points (span-clock.ts).
    (opts.newsSpans !== false ? (clockTimeAsked(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? shareAsked(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? percentAsked(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? levelAsked(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? figureInApposition(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? levelBeforeFrom(q, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? ageAsTime(info.expect === 'date', prep.sentences[dated.sentence].tokens, dated.i, dated.j)) : null) ??
    setting ??
    // "What was the campaign's goal?": the value after "a goal of" (span-value-of.ts).
    (opts.newsSpans !== false ? valueOfAskedNoun(q, info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null) ??
    // "What car was it?": the kind named in apposition ("the car, a grey Ford Focus,"; span-apposition.ts).
    (opts.newsSpans !== false ? appositionOfKind(info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null) ??
    // "Which artists missed out?": the artists the sentence names after "including" / a dash, not "the high-profile artists" (span-kind-instance.ts).
    (opts.newsSpans !== false && isNewsCopy(prep, news) ? instancesOfKind(info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null) ??
    (opts.newsSpans !== false && isNewsCopy(prep, news) ? lengthForHowLong(q, info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null) ??
    (cased
      ? newsSpanRepair(q, info, prep.sentences[dated.sentence].tokens, dated.i, dated.j)
      : opts.newsSpans !== false
        ? quotedCallRepair(q, info, prep.sentences[dated.sentence].tokens, dated.i, dated.j)
        : null) ??
    (opts.newsSpans !== false && isNewsCopy(prep, news) ? (objectOfAskedVerb(q, info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) ?? figureInLongSpan(info, prep.sentences[dated.sentence].tokens, dated.i, dated.j)) : null) ??
    // "What did Brown seek to demonstrate?": "a technique to limit pain and bleeding", not "a technique" (span-complement.ts).
    (opts.newsSpans !== false ? nounComplement(info, prep.sentences[dated.sentence].tokens, dated.i, dated.j) : null);
  // ... or to the next sentence, when the chosen one only sets the question up.
  const follow = cased && !repaired ? followOnSpan(q, info, prep.sentences, dated.sentence, dated.i, dated.j) : null;
  const best = follow ? { ...dated, ...follow } : repaired ? { ...dated, i: repaired[0], j: repaired[1] } : dated;
  const sent = prep.sentences[best.sentence];
  // The question's words are read from the sentence that says them (the set-up one for a follow-on answer).
  const top = set.top.find((t) => t.sentence === dated.sentence)!;
  // A list keeps all its items, unless the question asks for one of them (span.ts asksForOne).
  const one = opts.listForOne !== false && asksForOne(q, info);
  const end = opts.lists === false || one || info.expect === 'date' || info.expect === 'number' ? best.j : extendList(sent.tokens, best.i, best.j);
  const span = refineSpan(sent.tokens, sent.text, best.i, end, info, article.dateline.date, setting !== null && repaired === setting);
  if (follow) return followOnAnswer(question, q, info, prep, dated.sentence, sent.tokens.slice(best.i, end + 1), span.text, [evidenceAt(prep, best.sentence), evidenceAt(prep, dated.sentence)], isNewsCopy(prep, news), top.coverage, opts);
  // "How much will it cost?" over sentences that hold no number at all: the article does not say.
  const missingKind = !typed.any && (info.expect === 'number' || info.expect === 'date');
  // An answer moved to the sentence after a set-up one is judged as the set-up sentence's reading (it says the question's words).
  if (held !== (argued || first) && opts.followerJudge !== 'follower') return judgedBySetUp(question, article, opts, span.text, [evidenceAt(prep, best.sentence), evidenceAt(prep, first.sentence)]);
  const features = answerableFeatures({
    question: q,
    info,
    prep,
    ranked: set.top,
    evidence: top,
    span: sent.tokens.slice(best.i, end + 1),
    typeOk: span.typeOk,
    missingKind,
    scores,
    best: bestScore,
    news: isNewsCopy(prep, news),
  });
  const model = opts.answerable ?? defaultAnswerableWeights();
  const raw = answerProbability(features, model);
  // Shipped weights come with their isotonic tables (one for news copy when fitted); weights passed in (evaluation) are used as they are.
  const calibrated = opts.answerable ? raw : calibrate(raw, isNewsCopy(prep, news));
  let confidence = Math.round(calibrated * 1000) / 1000;
  // In news copy, a span of the asked kind from a sentence that says the whole question (news-floor.ts).
  if (isNewsCopy(prep, news)) confidence = newsFloor(confidence, top.coverage, info, span.typeOk, features);
  const evidence = [evidenceAt(prep, best.sentence)];
  const refuse = opts.threshold ?? (opts.answerable ? 0.5 : isNewsCopy(prep, news) ? REFUSE_BELOW_NEWS : REFUSE_BELOW);
  // (... or a plain conflict between the question and the sentence: answer-checks.ts.)
  const conflict = opts.grounding === false ? null : spanConflict(q, info, article, prep, base, best.sentence, sent.tokens.slice(best.i, end + 1), span.text, isNewsCopy(prep, news), top.coverage);
  if (conflict || !answersAt(confidence, refuse)) {
    return { answer: notFound(question, doesNotSay(q, info), confidence, top.coverage > 0 ? evidence : []), span: span.text, features, conflict: conflict ?? undefined };
  }
  // "How old is the suspect?" -> "20", not "20-year-old".
  // "Who sponsored the ceasefire?" -> "United Nations", not "United Nations-sponsored" (grounding-deed.ts).
  const text = info.wh === 'how old' ? span.text.replace(/^(?:(?:the|a|an)\s+)?(\d{1,3})-year-old$/i, '$1') : doerOfCompound(q, info, span.text);
  return { answer: { question, answer: text, found: true, confidence, evidence }, span: span.text, features };
}

/** The answer from the sentence after a set-up one (span-follower.ts), with the set-up reading's confidence, features and refusal. */
function judgedBySetUp(question: string, article: Article, opts: AnswerOptions, text: string, evidence: Evidence[]): AnswerDetails {
  const d = answerRead(question, article, { ...opts, follower: false });
  return { ...d, answer: d.answer.found ? { ...d.answer, answer: text, evidence } : { ...d.answer, evidence }, span: text };
}

/**
 * An answer read from the sentence after the one that says the question's words (span-news.ts
 * followOnSpan): the answerability model reads one sentence and cannot judge such a pair, so
 * these are given hedged at a fixed confidence, like the fixed patterns (4 of 5 right on our news
 * questions: docs/answers-spans.md), unless a plain conflict with the set-up sentence refuses them.
 * The quote is the answer's sentence, then the set-up one.
 */
function followOnAnswer(
  question: string,
  q: string,
  info: QuestionInfo,
  prep: PreparedArticle,
  setUp: number,
  spanTokens: Token[],
  text: string,
  evidence: Evidence[],
  news: boolean,
  coverage: number,
  opts: AnswerOptions,
): AnswerDetails {
  const conflict = opts.grounding === false ? null : groundingConflict(q, info, prep, prep.sentences[setUp].tokens, spanTokens, news, coverage);
  if (conflict) return { answer: notFound(question, doesNotSay(q, info), 0, evidence), span: null, features: null, conflict };
  return { answer: { question, answer: text, found: true, confidence: FOLLOW_ON_CONFIDENCE, evidence }, span: text, features: null, followOn: true };
}

/**
 * Answer from a whole library when no conversation says which article is meant: the articles
 * that share most of the question's words are tried, and the most confident answer wins.
 */
export function answerFromLibrary(question: string, articles: readonly Article[], opts: AnswerOptions = {}): { answer: Answer; article: Article } | undefined {
  if (articles.length === 0) return undefined;
  const info = analyzeQuestion(question.slice(0, MAX_QUESTION_CHARS + 1));
  const shortlist = articles
    .map((article) => ({ article, cover: libraryCoverage(prepareArticle(article), info) }))
    .sort((a, b) => b.cover - a.cover)
    .slice(0, 5);
  let best: { answer: Answer; article: Article } | undefined;
  for (const { article } of shortlist) {
    const a = answer(question, article, opts);
    if (!best || Number(a.found) > Number(best.answer.found) || (a.found === best.answer.found && a.confidence > best.answer.confidence)) {
      best = { answer: a, article };
    }
  }
  return best;
}

/** Best single-sentence coverage of the question's words in an article. */
function libraryCoverage(prep: PreparedArticle, info: QuestionInfo): number {
  if (info.terms.length === 0 || prep.sentences.length === 0) return 0;
  const top = rankSentences(prep, alignQuestion(info, prep))[0];
  return top ? top.coverage + top.score * 1e-3 : 0;
}

function notFound(question: string, text: string, confidence: number, evidence: Evidence[]): Answer {
  return { question, answer: text, found: false, confidence, evidence };
}
