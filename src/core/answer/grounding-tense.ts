/**
 * "Where was the match played?" over "The draw ... will be made on Sunday, with the matches to be
 * played at Wembley on April 20 and 21": the question asks of a deed done (was / were / did / had
 * + its verb), and the sentence speaks of that deed only as one to come ("to be played", "will
 * play", "would be held", "is due to open"). Its place, time or figure is the coming deed's, not
 * the one asked of. A sentence that also tells of the deed as done ("played ... and will play")
 * is no conflict.
 */
import { Cls, stem, tokenize, type Token } from './spans.ts';
import type { PreparedArticle } from './prepare.ts';

/** A past question: wh-phrase, then "was / were / did / had". */
const PAST_ASKED = /^\s*(?:who|whom|what|which|when|where|why|how(?:\s+\p{Ll}+)?)\b[^?]*?\b(?:was|were|did|had)\b/iu;
/**
 * Words that put the next verb in the future ("will", "'ll", "shall"), read back over "be" / "not" /
 * an adverb; and "to be" before a participle after "due" / "scheduled" ... or in a sentence told with
 * "will" ("the matches to be played"). A bare "to" is no
 * future in a past story ("decided to quit", "plans to attack" told of what was then done), nor is "would".
 */
const FUTURE = /^(?:will|shall|'ll|’ll)$/;
/** Any word that can put a verb in the future (a quick test of the sentence's text). */
const FUTURE_WORD = /\b(?:will|shall|due|scheduled|set|expected|planned|slated|yet)\b|['’]ll\b/i;
const PLANNED = /^(?:due|scheduled|set|expected|planned|slated|yet)$/;
const BETWEEN = /^(?:be|not|also|then|now|still|first|soon|only|again|eventually)$/;

/** The stems of the question's verbs after its auxiliary ("played" in "Where was the match played?"). */
function askedVerbs(question: string): string[] {
  const tokens = tokenize(question).filter((t) => t.isWord);
  const aux = tokens.findIndex((t) => /^(?:was|were|did|had)$/.test(t.lower));
  if (aux < 0) return [];
  // ("When did Israel Radio report the name would be removed?": a clause of its own is asked as reported, not done.)
  if (tokens.slice(aux + 1).some((t) => /^(?:would|will|that|could|should|might)$/.test(t.lower))) return [];
  return tokens.slice(aux + 1).filter((t) => t.cls === Cls.Verb || t.cls === Cls.VerbPast).map((t) => stem(t.lower));
}

/** Is the verb at k put in the future by the words before it? */
function futureAt(sentence: readonly Token[], k: number): boolean {
  if (sentence[k - 1]?.lower === 'be' && sentence[k - 2]?.lower === 'to' && sentence[k].cls === Cls.VerbPast) {
    // ("due to be played", or "to be played" in a sentence told in the future; not "the chance to be elected".)
    return PLANNED.test(sentence[k - 3]?.lower ?? '') || sentence.some((t) => FUTURE.test(t.lower));
  }
  let j = k - 1;
  while (j >= 0 && j > k - 4 && BETWEEN.test(sentence[j].lower)) j--;
  return j >= 0 && FUTURE.test(sentence[j].lower);
}

/** The last question's verbs: the check runs on every ranked sentence of one question (answer.ts's ownEvent). */
let lastQuestion = '';
let lastVerbs: string[] = [];

/**
 * Why the sentence speaks of the asked deed only as one to come, or null. Runs on every ranked
 * sentence of a question, so the sentence's tokens (made lazily: `tokens()`) are only asked for
 * when the question asks of a past deed and the sentence says a future word at all.
 */
export function deedToCome(question: string, text: string, tokens: () => readonly Token[]): string | null {
  if (question !== lastQuestion) {
    lastQuestion = question;
    lastVerbs = PAST_ASKED.test(question) ? askedVerbs(question) : [];
  }
  const verbs = lastVerbs;
  if (verbs.length === 0 || !FUTURE_WORD.test(text)) return null;
  const sentence = tokens();
  let future = false;
  for (let k = 0; k < sentence.length; k++) {
    const t = sentence[k];
    if (!t.isWord || !verbs.includes(stem(t.lower))) continue;
    if (!futureAt(sentence, k)) return null;
    future = true;
  }
  return future ? 'speaks of the deed as one to come' : null;
}

/** deedToCome() of prepared sentence `k` (answer.ts reads it beside grounding-another-event.ts's earlier event). */
export function deedToComeAt(question: string, prep: PreparedArticle, k: number): string | null {
  const s = prep.sentences[k];
  return s ? deedToCome(question, s.text, () => s.tokens) : null;
}

/** A question about a deed to come: "When will rates be cut again?", "When is the vote due?". */
const FUTURE_ASKED = /^\s*when\s+(?:will|shall|(?:is|are)\s+(?:[^?]*?\s)?(?:due|scheduled|set|expected|planned|slated|going)\s+to|(?:is|are)\s+(?:[^?]*?\s)?(?:due|scheduled|set|expected|planned|slated)\b)/i;
/** Words that put a time in the future, or leave it open ("next week", "would", "plans to", "from Sunday"). */
const FUTURE_TIME = /\b(?:will|shall|would|due|scheduled|set to|expected|planned|plans?|slated|yet|next|coming|upcoming|later|soon|until|from|hopes?|aims?|intends?|could|may|might)\b|['’]ll\b/i;

/** Verbs whose past tense is written as their base. */
const SAME_PAST = /^(?:cut|put|set|hit|let|shut|quit|spread|cost|hurt|beat|bid|cast|split|struck|upset)$/;

/**
 * "When will rates be cut again?" answered "June" from "The European Central Bank cut its rates in
 * June": a question about a deed to come, and a time the sentence gives only to deeds done (a
 * past verb before it, no word of a time to come anywhere in the sentence; or "last summer").
 */
export function pastForFuture(question: string, sentence: readonly Token[], span: readonly Token[]): string | null {
  if (!FUTURE_ASKED.test(question) || span.length === 0) return null;
  if (/^(?:last|earlier|previous|past|ago)$/.test(span[0].lower)) return 'gives a time past for a deed to come';
  const text = sentence.map((t) => t.text).join(' ');
  if (FUTURE_TIME.test(text)) return null;
  const at = sentence.indexOf(span[0]);
  if (at < 0) return null;
  const before = sentence.slice(Math.max(0, at - 8), at);
  // (A verb whose past is its base - "cut", "set", "hit" - counts after a noun or a name: "The ECB cut its rates".)
  const past = (t: Token, k: number) => t.cls === Cls.VerbPast || /^(?:was|were|had|did)$/.test(t.lower) || (SAME_PAST.test(t.lower) && (before[k - 1]?.cls === Cls.Cap || before[k - 1]?.cls === Cls.Noun));
  return before.some(past) ? 'gives a time past for a deed to come' : null;
}

/** A question about a deed done: "When was the last cut?", "When did the strike start?". */
const PAST_WHEN = /^\s*when\s+(?:was|were|did|had)\b/i;
/** A time still to come, as a span opens on it ("later this year", "next week", "in the coming months"). */
const TO_COME = /^(?:later|next|coming|upcoming|soon|tomorrow)$/;

/**
 * "When was the last cut?" answered "later this year" from "the BoE expects it to rise to around
 * 2.75% later this year": a deed done is not dated by a time to come.
 */
export function futureForPast(question: string, span: readonly Token[]): string | null {
  // ("When was he scheduled to undergo surgery?" asks a plan made then for a time to come.)
  if (!PAST_WHEN.test(question) || /\b(?:scheduled|due|expected|set|planned|going|supposed|about|slated)\s+to\b/i.test(question) || span.length === 0) return null;
  const first = span[0].lower === 'the' || span[0].lower === 'in' ? span[1] : span[0];
  return first && TO_COME.test(first.lower) ? 'gives a time to come for a deed done' : null;
}
