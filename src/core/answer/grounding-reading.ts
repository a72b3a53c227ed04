/**
 * How a reporter writes a few things the grounding checks (grounding.ts) and the fixed patterns'
 * clause check (answer.ts) read: a distance, a date written with slashes, a clause in contrast
 * with another ("... while the Senate plan ..."), a refusal to comment, a verb of saying, the
 * story's writer in the first person (docs/answers-news-batch5.md).
 */
import { Cls, isStop, stem, tokenize, type Token } from './spans.ts';
import { sameVerb } from './asked-verb.ts';
import { RANK_PLACE } from './grounding-details.ts';
import { ONE_PERSON } from './person-words.ts';

/** Words that open a clause in contrast with the one before ("while the Senate plan ..."). */
const CONTRAST = /^(while|whereas|but|;)$/;
/** Auxiliaries that go on with the clause's subject when they open it ("..., but were unable to"). */
const ELIDED_SUBJECT_AUX = /^(?:was|were|is|are|has|have|had|could|would|will|can|did)$/;

/**
 * The sentence names a capitalised word of the question only in another clause than the span's,
 * the clauses parted by a word of contrast ("while", "whereas", "but", ";").
 */
export function contrastClauseOfAnother(question: string, sentence: readonly Token[], span: readonly Token[]): boolean {
  const toks = tokenize(question.trim());
  const asked = toks.filter((t, k) => k > 0 && t.cls === Cls.Cap && !isStop(t.lower)).map((t) => t.stem);
  // "Where did the man die?" over "A man was killed when ..., and a woman died in Quimper": a
  // person the question names by a common word is asked about like a name, and ", and a woman
  // ..." opens a clause about another.
  const person = toks.find((t, k) => k > 0 && toks[k - 1].lower === 'the' && PERSON_NOUN.test(t.lower));
  if (person) asked.push(person.stem);
  // "Which party came second?" over "The Democratic Alliance came second ..., while the Chega party
  // more than doubled ...": a place in a ranking is asked about like a name.
  for (const t of toks) if (RANK_PLACE.test(t.lower)) asked.push(t.stem);
  const at = span.length ? sentence.indexOf(span[0]) : -1;
  if (asked.length === 0 || at < 0) return false;
  const stems = new Set(toks.filter((t) => t.isWord && !isStop(t.lower)).map((t) => t.stem));
  const breaks = sentence.map((t, k) => ((CONTRAST.test(t.lower) || (person && newSubjectAfterAnd(sentence, k))) && !sameSubject(sentence, k) && !(k < at && goesOnAboutNamed(sentence, k, stems)) ? k : -1)).filter((k) => k > 0);
  if (breaks.length === 0) return false;
  const from = Math.max(0, ...breaks.filter((k) => k <= at));
  const to = Math.min(sentence.length, ...breaks.filter((k) => k > at));
  const inClause = (k: number) => k >= from && k < to;
  const named = sentence.map((t, k) => (asked.includes(t.stem) ? k : -1)).filter((k) => k >= 0);
  return named.length > 0 && !named.some(inClause);
}

/**
 * Does the clause after the break at `k` open on a pronoun that points back at one the sentence has
 * named: "..., but he was sacked and replaced by Hart" (who replaced Bailey?), or a possessive one
 * before a word the question asks about: "Marsh was convicted, while his brother, Dale, was cleared"
 * (who is Marsh's brother?), "...; its more than 2,000 students" (how many students does it have?).
 * ("It" is left out: it as often stands for a thing or an event; and "his wife died" is still
 * another's clause when the question asks about him, not his wife.) Only for a span after the
 * break: the pronoun points back, so "Arsenal manager Wenger ..., but he is glad ... for
 * Liverpool" does not make Wenger Liverpool's manager.
 */
const SUBJECT_PRONOUN = /^(?:he|she|they)$/;
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/;
function goesOnAboutNamed(sentence: readonly Token[], k: number, asked: ReadonlySet<string>): boolean {
  const next = sentence[k + 1]?.lower ?? '';
  if (SUBJECT_PRONOUN.test(next)) return true;
  return POSSESSIVE_PRONOUN.test(next) && sentence.slice(k + 2, k + 6).some((t) => t.isWord && asked.has(t.stem));
}

/** Everyday words for one person, asked about as "the man", "the driver". */
const PERSON_NOUN = new RegExp(`^(?:${ONE_PERSON})$`);

/** ", and a/the/his ..." at `k`: a clause with a subject of its own. */
function newSubjectAfterAnd(sentence: readonly Token[], k: number): boolean {
  return sentence[k].lower === 'and' && sentence[k - 1]?.text === ',' && /^(?:a|an|the|his|her|their|another)$/.test(sentence[k + 1]?.lower ?? '');
}

/**
 * Does the clause after "but" / "while" at `k` go on with the same subject, its verb coming
 * before any subject of its own ("... was shot ... but expected to survive", "Barnet is thinking
 * of ... – but last year increased its leader's allowance")? Then it is no clause about another.
 */
const TIME_WORD = /^(year|week|month|day|night|season|weekend|time|yesterday|today|tomorrow)$/;
function sameSubject(sentence: readonly Token[], k: number): boolean {
  if (sentence[k].lower === ';') return false;
  const words = sentence.slice(k + 1).filter((t) => t.isWord).slice(0, 4);
  // "was sunk by a U-boat while carrying 296 civilians and 100 tons of silver": a participle goes on with the same subject.
  if (words[0]?.cls === Cls.VerbIng) return true;
  // "Austria dominated ... but were unable to ... and had to settle for a goalless draw": an auxiliary first has no subject of its own.
  if (ELIDED_SUBJECT_AUX.test(words[0]?.lower ?? '')) return true;
  for (const t of words) {
    if (t.cls === Cls.Verb || t.cls === Cls.VerbPast) return true;
    // Only an adverb or a time ("last year", "then", "also") may come first; a noun is a subject of its own.
    if (!(t.cls === Cls.Adv || t.cls === Cls.Adj || TIME_WORD.test(t.lower))) return false;
  }
  return false;
}

/** The tokens of a sentence that spell a pattern's answer (by their lower-case words), or none. */
export function spanIn(sentence: readonly Token[], text: string): Token[] {
  const words = tokenize(text).filter((t) => t.isWord).map((t) => t.lower);
  if (words.length === 0) return [];
  for (let k = 0; k < sentence.length; k++) {
    const run: Token[] = [];
    let m = k;
    for (const w of words) {
      while (m < sentence.length && !sentence[m].isWord) m++;
      if (sentence[m]?.lower !== w) break;
      run.push(sentence[m++]);
    }
    if (run.length === words.length) return sentence.slice(k, m);
  }
  return [];
}

/** The story's own writer, who speaks in the first person. */
export const WRITER_WORDS = /^(writer|author|reporter|columnist|critic|correspondent)$/;
/** Words that say someone declined to speak ("did not respond to a request for comment"). */
export const NO_COMMENT = /\b(?:(?:did not|didn't|does not|doesn't|failed to) (?:immediately )?(?:respond|reply|return)|declined to (?:comment|respond|be interviewed)|(?:not|un)available for comment|could not be reached|refused to comment|no comment)\b/;

/** A distance written with its unit ("a 38-yard pass", "40 miles"): how long a thing is, not a time. */
export function isDistance(sentence: readonly Token[], span: readonly Token[]): boolean {
  const UNIT = /^(yards?|metres?|meters?|miles?|feet|foot|ft|km|kilometres?|kilometers?|inches|inch|cm|mm|m)$/;
  return span.some((t) => {
    if (/^[\d.,]+-(yards?|metres?|meters?|miles?|feet|foot|ft|km|kilometres?|kilometers?|inch|cm|mm|m)(-long)?$/i.test(t.text)) return true;
    const k = sentence.indexOf(t);
    return t.cls === Cls.Num && k >= 0 && UNIT.test(sentence[k + 1]?.lower ?? '');
  });
}

/** The span's number is part of a date written with slashes or dots ("12/28/2015", "28.12.2015"). */
export function inWrittenDate(sentence: readonly Token[], span: readonly Token[]): boolean {
  const nums = span.filter((t) => t.cls === Cls.Num);
  if (nums.length === 0) return false;
  return nums.every((t) => {
    if (/^\d{1,4}[/.]\d{1,2}[/.]\d{2,4}$/.test(t.text)) return true;
    const k = sentence.indexOf(t);
    const sep = (x: Token | undefined) => x !== undefined && /^[/]$/.test(x.text);
    return k >= 0 && ((sep(sentence[k - 1]) && sentence[k - 2]?.cls === Cls.Num) || (sep(sentence[k + 1]) && sentence[k + 2]?.cls === Cls.Num));
  });
}

/**
 * "How much did profit fall?" over "Sales fell 1.1 percent to 45 billion francs.": the sentence
 * never names the thing asked about, and the asked verb's own subject is another noun; the
 * figure is that other thing's. Returns that other noun, or null.
 */
export function figureOfAnother(question: string, sentence: readonly Token[]): string | null {
  const m = /^(?:by\s+)?how\s+(?:much|many\s+\p{L}+)\s+(?:did|does|do|has|have|had|will|would|could)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(\p{Ll}+)\s+(\p{Ll}+)\b/iu.exec(question.trim()) ??
    // ("How much was the villa worth?" over "contracts worth more than £4m": the worth of another thing.)
    /^how\s+much\s+(?:is|was|are|were)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(\p{Ll}+)\s+(worth)\s*\??$/iu.exec(question.trim());
  if (!m) return null;
  const asked = stem(m[1].toLowerCase());
  if (sentence.some((t) => t.stem === asked)) return null;
  const verb = m[2].toLowerCase();
  const at = sentence.findIndex((t) => t.isWord && sameVerb(t.lower, verb));
  const subject = at > 0 ? sentence[at - 1] : undefined;
  return subject && subject.isWord && (subject.cls === Cls.Noun || (subject.cls === Cls.Cap && at - 1 === 0)) && !isStop(subject.lower) ? subject.text : null;
}
