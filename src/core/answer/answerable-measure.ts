/**
 * Measure features for the answerability model: does the span carry the unit of the measure the
 * question asks for? A question asks for a measure by a word that the answer's unit stands in
 * for - "How much does the handset cost?" is answered by "£750", "How fast were the winds?" by "up
 * to 70 kilometers per hour", "By how much did the price fall?" by "nearly 30%" - and the article
 * rarely repeats that word ("cost", "fast", "fall") beside the figure. The coverage features read
 * the word as missing from the sentence; these say that the span answers it, or that the span's
 * figure is of another measure ("What is the leader's allowance?" over "55 per cent").
 */
import type { QuestionInfo } from './question-type.ts';
import { stem, tokenize, type Token } from './spans.ts';
import { isCurrencyWord } from '../text/currency-words.ts';

/** Names of the features measureFeatures sets (each 0 or 1). */
export const MEASURE_FEATURES: readonly string[] = [
  'unitOk', // the question asks for a measure (a sum, a speed, a distance, a change ...) and the span carries its unit
  'unitMiss', // the question asks for such a measure and the span carries none of its units
  'unitFull', // unitOk, and every question term the sentence lacks is a word of that measure: the unit answers it
];

type Dimension = 'money' | 'change' | 'speed' | 'length' | 'duration' | 'age' | 'weight' | 'temperature';

/** Question words that ask for a measure of each kind (matched as stems, so "paid", "fell", "weighs" count). */
const ASKS: Record<Dimension, readonly string[]> = {
  money: ['cost', 'price', 'pay', 'paid', 'worth', 'spend', 'spent', 'fee', 'salary', 'wage', 'fine', 'sold', 'sell', 'buy', 'bought', 'value', 'budget', 'raise', 'bid', 'charge', 'fare', 'rent', 'earn', 'earnings', 'revenue', 'profit', 'compensation', 'bonus', 'allowance', 'money', 'funding', 'invest', 'investment', 'debt', 'loan', 'prize', 'tax'],
  change: ['fall', 'fell', 'fallen', 'drop', 'rise', 'rose', 'risen', 'increase', 'decrease', 'decline', 'grow', 'grew', 'growth', 'gain', 'lose', 'lost', 'jump', 'slump', 'climb', 'plunge', 'slide', 'slid', 'tumble', 'surge', 'soar', 'shrink', 'shrank', 'rate', 'percentage', 'percent', 'proportion', 'turnout', 'inflation', 'unemployment', 'yield', 'stake'],
  speed: ['fast', 'speed', 'mph'],
  length: ['far', 'distance', 'tall', 'height', 'high', 'deep', 'depth', 'wide', 'width', 'length', 'away'],
  duration: ['long', 'longer', 'quickly', 'duration', 'last', 'lasted'],
  age: ['old', 'age', 'aged'],
  weight: ['heavy', 'weigh', 'weight'],
  temperature: ['hot', 'cold', 'warm', 'temperature'],
};
const ASK_STEMS = new Map<string, Dimension[]>();
for (const [d, ws] of Object.entries(ASKS) as [Dimension, readonly string[]][]) {
  for (const w of ws) {
    for (const s of new Set([w, stem(w)])) ASK_STEMS.set(s, [...(ASK_STEMS.get(s) ?? []), d]);
  }
}

const PERCENT = /%$|^(percent|percentage|pc|points?)$/;
const SPEED_UNIT = /^(mph|kph|kmh|km\/h|knots?)$/;
const LENGTH_UNIT = /^(km|kms|kilometers?|kilometres?|miles?|meters?|metres?|m|feet|foot|ft|inches|inch|in|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?|yards?|yds?|nautical)$/;
const LENGTH_GLUED = /^\d[\d.,]*(km|m|mi|ft|cm|mm)$/;
const TIME_UNIT = /^(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|overnight)$/;
const WEIGHT_UNIT = /^(kg|kgs|kilos?|kilograms?|kilogrammes?|tonnes?|tons?|pounds?|lbs?|grams?|grammes?|g|ounces?|oz|stone)$/;
const DEGREE_UNIT = /^(degrees?|°|celsius|fahrenheit|°c|°f)$/;
const DEGREE_GLUED = /^-?\d[\d.]*°?[cf]$/i;

/** Does the span carry a unit of this measure? */
function hasUnit(d: Dimension, span: readonly Token[]): boolean {
  // A unit joined to its figure by a hyphen counts as written apart ("a 10-week trial", "a 3-mile walk", "22-year-old").
  const lower = span.flatMap((t) => (/^\d[\d.,]*-\p{L}/u.test(t.lower) ? t.lower.split('-') : [t.lower]));
  const text = lower.join(' ');
  const money = span.some((t, k) => /^[$£€¥₹]$/.test(t.text) || /^[$£€¥₹]\d/.test(t.text) || (t.isWord && isCurrencyWord(t.lower, span[k - 1]?.lower)));
  const percent = lower.some((w) => PERCENT.test(w)) || /\bper cent\b/.test(text);
  switch (d) {
    case 'money':
      return money;
    case 'change':
      return percent || money;
    case 'speed':
      return lower.some((w) => SPEED_UNIT.test(w)) || /\b(per|an|a) (hour|second|minute)\b/.test(text) || /\bkm \/ h\b/.test(text);
    case 'length':
      return lower.some((w) => LENGTH_UNIT.test(w) || LENGTH_GLUED.test(w));
    case 'duration':
      return lower.some((w) => TIME_UNIT.test(w));
    case 'age':
      return lower.some((w) => /^\d{1,3}(-year-old|-years-old)?$/.test(w) || w === 'aged') || /\byears? old\b/.test(text);
    case 'weight':
      return lower.some((w) => WEIGHT_UNIT.test(w));
    case 'temperature':
      return lower.some((w) => DEGREE_UNIT.test(w) || DEGREE_GLUED.test(w));
  }
}

/**
 * The measures a question asks for by one of the listed words: "how much/fast/far/long/old ...",
 * "how quickly", "by how much", or "what is/was the <measure word>" (a figure or a "be" question:
 * "What was Kanaan's speed?"). A "how many" question asks for a count, which has no unit: none.
 */
export function askedMeasures(question: string, info: QuestionInfo): Dimension[] {
  const how = info.wh.startsWith('how ') && info.wh !== 'how many';
  const quickly = info.wh === 'how' && /^\s*how\s+(quickly|soon)\b/i.test(question);
  const what = (info.expect === 'number' || info.expect === 'be') && /^(what|which)$/.test(info.wh);
  if (!how && !quickly && !what) return [];
  const words = tokenize(question).filter((t) => t.isWord);
  const out = new Set<Dimension>();
  for (const t of words) for (const d of ASK_STEMS.get(t.lower) ?? ASK_STEMS.get(t.stem) ?? []) out.add(d);
  // "how long" is a duration or a length; "how much longer" a duration.
  if (info.wh === 'how long' && out.has('duration')) out.add('length');
  return [...out];
}

/**
 * The span's figure with the words that the answer's text keeps beside it (span.ts refineSpan
 * reads them too): a currency sign just before it, and up to three words after the last token
 * ("70" + "kilometers per hour").
 */
function withUnit(sentence: readonly Token[], span: readonly Token[]): readonly Token[] {
  const a = sentence.indexOf(span[0]);
  const b = sentence.indexOf(span[span.length - 1]);
  if (a < 0 || b < 0) return span;
  return sentence.slice(Math.max(0, a - 1), Math.min(sentence.length, b + 4));
}

/**
 * The measure features of one answer: the question, its analysis, the evidence sentence's tokens,
 * the span (tokens of that sentence), and the question terms the sentence lacks (stems).
 */
export function measureFeatures(question: string, info: QuestionInfo, sentence: readonly Token[], spanTokens: readonly Token[], uncoveredTerms: readonly string[]): Record<string, number> {
  const asked = askedMeasures(question, info);
  if (!asked.length || !spanTokens.length) return { unitOk: 0, unitMiss: 0, unitFull: 0 };
  const span = withUnit(sentence, spanTokens);
  const met = asked.filter((d) => hasUnit(d, span));
  if (!met.length) return { unitOk: 0, unitMiss: 1, unitFull: 0 };
  // Every term the sentence lacks is a word of a measure the span's unit answers.
  const full = uncoveredTerms.every((s) => (ASK_STEMS.get(s) ?? []).some((d) => met.includes(d)));
  return { unitOk: 1, unitMiss: 0, unitFull: full ? 1 : 0 };
}
