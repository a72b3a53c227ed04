/**
 * A span of another kind than the question asks, by the question's words rather than its wh-word:
 * "How will Norvik pay for the deal?" (a way) answered by "$64 a share", "How did her husband
 * die?" by "the painter Erik Lund", "What was the top wind speed?" by "more than 120" (flights),
 * "What was the closing price?" by "38 percent" (the premium beside it); and "What caused the
 * fire?" over "Its cause is under investigation." (the cause is not known yet).
 */
import type { QuestionInfo } from './question-type.ts';
import { Cls, type Token } from './spans.ts';
import { isCurrencyWord } from '../text/currency-words.ts';

/** A question about a change of an amount ("By how much did the price rise?"): a share in per cent answers it. */
export const CHANGE_ASKED = /\b(rise|rose|risen|rises|fall|fell|fallen|falls|drop|dropped|drops|increase|increased|decrease|decreased|grow|grew|grown|jump|jumped|climb|climbed|slump|slumped|up|down)\b/i;
/** Words that go with a figure: "$64 a share", "20 percent", "3 million euros". */
const SUM_WORD = /^(?:a|an|per|each|share|shares|percent|pct|cent|million|billion|bn|m|k|thousand|hundred|points?|times|about|around|nearly|almost|some|more|less|than|over|under|up|to|just)$/;
/** A speed asked, and the units one is written in. */
const SPEED_ASKED = /\b(?:speeds?|how fast)\b/i;
// (American copy spells the units with points: "155 m.p.h.", "120 k.p.h.".)
const SPEED_UNIT = /\b(?:per (?:hour|minute|second)|an hour|a hour|a minute|a second|rpm|km\s*\/\s*h|kph|kmh|mph|[mk]\.p\.h\b|knots?|m\s*\/\s*s)\b|\d(?:kph|kmh|mph)\b/;
/** A question about a cause, and a sentence saying the cause is not known yet. */
const CAUSE_ASKED = /^(?:what (?:caused|causes|started|sparked|triggered)|why did .+ (?:start|happen|break out|occur|crash|collapse|explode)|what (?:is|was) the cause)\b/i;
const CAUSE_UNKNOWN = /\b(?:cause|causes|what caused)\b[^.;]{0,40}\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:under investigation|being investigated|unknown|unclear|not (?:yet )?known|a mystery)\b/;
/** "What was the closing price?", "What is the fee?": a sum asked with "what" (not a premium or a discount, which may be a share). */
const PRICE_ASKED = /^what (?:is|was|are|were|will be) (?:the |its |their |his |her |\S+['’]s )?(?:\S+ )?(?:price|cost|fee|fine|salary|wage|fare|bail|ransom)s?\b/iu;

/** Why the span is not of the kind the question's words ask for, or null. */
export function askedKindConflict(question: string, info: QuestionInfo, sentence: readonly Token[], span: readonly Token[], news: boolean, lowerCase: boolean): string | null {
  if (info.expect === 'manner' && info.wh === 'how' && span.length > 0) {
    // A sum or a count is no way of doing something.
    if (span.some((t) => t.cls === Cls.Num || /[$£€¥%]/.test(t.text)) && span.every((t) => t.cls === Cls.Num || /^[$£€¥%,.]$/.test(t.text) || SUM_WORD.test(t.lower) || isCurrencyWord(t.lower))) return 'gives a sum, not a way';
    // Nor is a name (in copy with capitals: a lower-case story's truecased words are no names).
    if (!lowerCase && span[span.length - 1].cls === Cls.Cap && !span.some((t) => t.cls === Cls.Prep || t.cls === Cls.Verb || t.cls === Cls.VerbPast || t.cls === Cls.VerbIng || t.cls === Cls.Adv || t.cls === Cls.Num)) return 'gives a name, not a way';
  }
  // "What was the flight number?" over "No one was hurt": "no one" answers only who or how many.
  const at0 = span.length ? sentence.indexOf(span[0]) : -1;
  if (info.wh !== 'who' && info.wh !== 'how many' && span.length === 1 && span[0].lower === 'one' && sentence[at0 - 1]?.lower === 'no') return 'says no one';
  if (news && CAUSE_ASKED.test(question) && CAUSE_UNKNOWN.test(sentence.map((t) => t.lower).join(' '))) return 'says it is not known yet';
  // A speed is written with its unit (in the span or the words right after it).
  if (SPEED_ASKED.test(question) && span.some((t) => t.cls === Cls.Num)) {
    const end = sentence.indexOf(span[span.length - 1]);
    const words = [...span, ...sentence.slice(end + 1, end + 4)].map((t) => t.lower).join(' ');
    if (!SPEED_UNIT.test(words)) return 'gives no speed';
  }
  // A price is a sum, not a share (unless a change of it is asked). (A currency sign may stand just before the span.)
  const at = span.length ? sentence.indexOf(span[0]) : -1;
  const sign = at > 0 && /^[$£€¥]$/.test(sentence[at - 1].text);
  if (info.wh === 'what' && PRICE_ASKED.test(question.trim()) && !CHANGE_ASKED.test(question) && !sign && span.some((t) => /%$/.test(t.text) || /^(percent|per|pct)$/.test(t.lower)) && !span.some((t, k) => /[$£€¥]/.test(t.text) || isCurrencyWord(t.lower, span[k - 1]?.lower))) return 'gives no sum';
  return null;
}

