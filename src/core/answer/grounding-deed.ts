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
  return sentence.some((t) => t.stem === deed) || sharesRoot(sentence, deed) || deedSaidOtherwise(deed, sentence) || sentence.some((t) => compoundDeed(t.lower, deed));
}

/**
 * "a United Nations-sponsored ceasefire", "the Saudi-led coalition", "a state-funded school": the
 * deed written as the participle of a compound, its doer before the hyphen.
 */
export function compoundDeed(lower: string, deed: string): boolean {
  const m = /^[\p{L}.]+-(\p{L}{3,}(?:ed|led|ored|d))$/u.exec(lower);
  if (!m) return false;
  const verb = stem(m[1]);
  return verb === deed || (deed.length >= 4 && verb.slice(0, 4) === deed.slice(0, 4)) || (m[1] === 'led' && deed === 'lead');
}

/**
 * "Who carried out the study?" over "a comparative study by Network Rail", "Who made the camel
 * brooch?" over "a rose diamond camel brooch by British jeweler Elizabeth Gage": a sentence that
 * never says the deed may still give its doer as the maker of the thing the question names, after
 * "by" right behind that thing. (The name written before the thing was tried too, "a James
 * Ward-Prowse penalty", "A Scotland Yard statement": news 1 better / 4 worse, "GOP primary".)
 */
export function doerOfThing(question: string, deed: string, sentence: readonly Token[], span: readonly Token[]): boolean {
  if (span.length === 0) return false;
  const start = sentence.indexOf(span[0]);
  const end = sentence.indexOf(span[span.length - 1]);
  if (start < 0 || end < 0) return false;
  // The things the question names after its verb: its lower-case content words ("penalty", "poll").
  const words = question.replace(/[?!.]+\s*$/u, '').split(/\s+/);
  const verbAt = words.findIndex((w) => stem(w.toLowerCase().replace(/[^\p{L}]/gu, '')) === deed);
  if (verbAt < 0) return false;
  const things = new Set(
    words
      .slice(verbAt + 1)
      .filter((w) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) && !THING_STOP.test(w))
      .map((w) => stem(w)),
  );
  if (things.size === 0) return false;
  // (A name the question gives is no doer: "Who bought the Henry Moore maquette?".)
  const asked = new Set(words.map((w) => w.toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '')));
  if (span.some((t) => t.isWord && asked.has(t.lower))) return false;
  // "a comparative study by Network Rail", "a camel brooch by British jeweler Elizabeth Gage".
  for (let k = start - 1; k >= Math.max(1, start - 6); k--) {
    if (sentence[k].lower === 'by') return things.has(sentence[k - 1].stem) && sentence.slice(k + 1, start).every((t) => t.isWord);
    if (!sentence[k].isWord) return false;
  }
  return false;
}

/** Question words after the verb that name no thing made ("the", "with", "last"). */
const THING_STOP = /^(?:the|a|an|this|that|these|those|his|her|their|its|with|for|from|into|onto|about|after|before|last|first|next|year|week|month|day|today|yesterday|what|which|when|where|whom?|whose|and|but|also|else|again|ever|never|not)$/;

/**
 * "Who sponsored the ceasefire?" -> "United Nations", not "United Nations-sponsored": an answer
 * that ends on the compound saying the asked deed is cut before its hyphen.
 */
export function doerOfCompound(question: string, info: QuestionInfo, text: string): string {
  const deed = whoDeed(question, info);
  const m = /^(.*\p{L})-(\p{L}+)$/u.exec(text);
  return deed && m && !/\s/.test(m[2]) && compoundDeed(`x-${m[2].toLowerCase()}`, deed) ? m[1] : text;
}
