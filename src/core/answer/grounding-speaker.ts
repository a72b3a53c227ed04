/**
 * Whose words a sentence gives. A news sentence often credits what it says to one person ("Xi
 * noted that China is willing to ... support the construction of the railway"); asked "What did
 * Zhaparov support?", that sentence answers with another man's words. These checks keep an answer
 * about one person out of a sentence about another, unless a pronoun may carry the person on
 * from the sentence before ("He also said ..."); and "Who is Max Verstappen?" is never answered
 * with another person's name ("Lando Norris").
 */
import { sentencePosition, type PreparedArticle } from './prepare.ts';
import { Cls, stem, type Token } from './spans.ts';
import { otherSpeaker } from './patterns-said.ts';
import { whoIsAsked } from './patterns-role.ts';
import { sameVerb } from './asked-verb.ts';
import { DEMONYMS, TITLE_WORDS } from '../entities/gazetteer.ts';
import { SAY } from './speech-words.ts';

/**
 * "Which court ordered Lakhvi's release?" over "... when the lahore high court ordered his
 * release": the sentence speaks of the person by a pronoun, and the sentence before names them.
 */
export function pronounFor(prep: PreparedArticle, sentence: readonly Token[], ownerStems: readonly string[]): boolean {
  if (!sentence.some((t) => /^(he|she|his|her|him|hers|its|their|they|them)$/.test(t.lower))) return false;
  const k = sentencePosition(prep, sentence);
  return k > 0 && prep.sentences[k - 1].tokens.some((t) => ownerStems.includes(t.stem));
}

/**
 * "What is Eyles's biggest problem?" over "My biggest problem against Jansher is concentration.",
 * after "\"I have nothing against Jansher ...,\" said Eyles.": a sentence in the first person
 * right after one whose words are credited to the owner asked about, and crediting none itself,
 * carries on that speaker's quote (wire copy gives each sentence of a long quote its own paragraph).
 */
export function speakerGoesOn(prep: PreparedArticle, sentence: readonly Token[], ownerStems: readonly string[]): boolean {
  if (!sentence.some((t) => /^(i|my|me|mine|we|our|us)$/.test(t.lower))) return false;
  // (A sentence that credits its words itself - "\"We never stopped,\" X tweeted" - is that speaker's.)
  if (sentence.some((t) => SAY_WORD.test(t.lower))) return false;
  const k = sentencePosition(prep, sentence);
  const before = k > 0 ? prep.sentences[k - 1].tokens : [];
  return before.some((t, j) => ownerStems.includes(t.stem) && (SAY_WORD.test(before[j - 1]?.lower ?? '') || SAY_WORD.test(before[j + 1]?.lower ?? '')));
}
const SAY_WORD = new RegExp(`^${SAY}$`);

/** Pronouns that stand for a person. */
const PERSONAL = /^(he|she|his|her|him|hers)$/;

/** "What did Zhaparov support?", "Why has Xi Jinping ...?": the named doer right after the auxiliary, then a lower-case verb. */
const DOER = /^(?:[Ww]hat|[Ww]hy|[Ww]hen|[Hh]ow|[Ww]here|[Ww]hom?|[Ww]hich\s+\p{Ll}+)\s+(?:did|does|do|has|have|had|will|would|can|could)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+)\s+\p{Ll}/u;

/**
 * Is the person named (one to three words) someone the article names (a question about a stranger
 * is refused elsewhere) whom this sentence neither names nor may carry on by "he" or "she" (not
 * "its", which is a country's or a firm's)? The common ground of creditsAnother, doneToAnother and
 * deedOfAnother: only then can the sentence be about someone else.
 */
function absentHere(name: string, prep: PreparedArticle, sentence: readonly Token[]): boolean {
  const stems = name.split(/\s+/).map((w) => stem(w.toLowerCase()));
  if (!prep.index.df.has(stems[stems.length - 1])) return false;
  if (sentence.some((t) => stems.includes(t.stem))) return false;
  return !(sentence.some((t) => PERSONAL.test(t.lower)) && pronounFor(prep, sentence, stems));
}

/**
 * The person a question asks about the deeds or words of, when the sentence credits its words to
 * someone else by name ("Xi noted that ...") and never names that person, nor has a pronoun
 * that may stand for them: that person, else null.
 */
export function creditsAnother(question: string, prep: PreparedArticle, sentence: readonly Token[]): string | null {
  const doer = DOER.exec(question.trim())?.[1];
  if (!doer) return null;
  const words = doer.split(/\s+/);
  const text = sentence.map((t) => t.text).join(' ');
  // (Named in the reported words themselves, the person may be what they tell of: "Her son told
  // reporters that Lindqvist died ... from cancer" answers what she died from, not what she said.)
  const named = sentence.some((t) => t.text === words[words.length - 1]);
  if ((!named || ASKS_WORDS.test(question)) && speaksForThem(text, words[words.length - 1])) return doer;
  if (!absentHere(doer, prep, sentence)) return null;
  return otherSpeaker(text, words[words.length - 1]) ? doer : null;
}

/** A question about someone's words: "What did X say / tell / claim ...?". */
const ASKS_WORDS = new RegExp(`\\b(?:say|tell|claim|add|note|argue|insist|write|tweet|announce|declare|warn|think|believe)\\b`, 'i');
/** A speaker who belongs to someone: "his lawyer", "her spokeswoman, Ana Ruiz,", "the club's chairman" (lower-case words of a role, then perhaps the name set off by commas). */
const OWNED_SPEAKER = `((?:\\p{Lu}[\\p{L}'’-]+\\s+)*?\\p{Lu}[\\p{L}'’-]+\\s*['’]s|[Hh]is|[Hh]er)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*(?:\\s*,\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+\\s*,)?(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+(?:also\\s+)?${SAY}\\b`;
/** The speaker opening the sentence, or credited after a comma at its end ("..., his lawyer said."). */
const OWNED_OPENING = new RegExp(`^\\s*${OWNED_SPEAKER}`, 'u');
const OWNED_AFTER = new RegExp(`,\\s+${OWNED_SPEAKER}(?:\\s+\\p{L}+day)?\\s*[.]?\\s*$`, 'u');

/**
 * "What did Ferrante say after the verdict?" over "His lawyer, Marco Bellini, said the verdict was
 * \"unjust\"": the words are the lawyer's, though "his" stands for Ferrante. A sentence whose
 * speaker belongs to the person asked about ("his lawyer", "Ferrante's spokesman") or to a he/she
 * gives someone else's words, unless the person is also credited by name in it ("Ferrante said").
 */
function speaksForThem(text: string, who: string): boolean {
  const m = OWNED_OPENING.exec(text) ?? OWNED_AFTER.exec(text);
  if (!m || m[0].split(/[\s,]+/).includes(who) && !m[1].split(/\s+/).includes(who)) return false;
  const owner = m[1].replace(/\s*['’]s$/u, '').split(/\s+/);
  if (!/^[Hh](?:is|er)$/.test(m[1]) && !owner.includes(who)) return false;
  return !new RegExp(`\\b${who}\\s+(?:also\\s+)?${SAY}\\b`, 'u').test(text);
}

/**
 * "Who is Max Verstappen?" answered by "Lando Norris": a span that is only another name (every
 * word capitalised, none a title or a people's adjective, none a word of the name asked about)
 * says who someone else is. The person asked about is not someone else; null when the span is no such name.
 */
export function namesSomeoneElse(question: string, span: readonly Token[], sentence: readonly Token[] = []): string | null {
  const who = whoIsAsked(question);
  if (!who) return null;
  const asked = new Set(who.split(/[\s-]+/).map((w) => w.toLowerCase()));
  const words = span.filter((t) => t.isWord);
  if (words.length === 0 || !words.every((t) => /^\p{Lu}/u.test(t.text))) return null;
  if (affiliation(span, sentence)) return null;
  if (words.some((t) => asked.has(t.lower) || TITLE_WORDS.has(t.text) || DEMONYMS[t.text] !== undefined || /^(?:The|A|An)$/.test(t.text))) return null;
  return words.map((t) => t.text).join(' ');
}

/** "How long was Aldous jailed for?", "When was Keogh arrested?": the named person something was done to, then a lower-case verb. */
const UNDERGOER = /^(?:[Hh]ow\s+(?:long|much|many\s+\p{Ll}+|often)|[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow)\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+)\s+\p{Ll}+/u;

/**
 * "How long was Aldous jailed for?" over "Keogh, 57, was jailed for four years.": a sentence whose
 * subject is another named person (it opens on that name, set off by a comma or followed by its
 * verb) and that never names the person asked about, nor has a he/she that may stand for them,
 * says what was done to someone else. That other name, else null.
 */
export function doneToAnother(question: string, prep: PreparedArticle, sentence: readonly Token[]): string | null {
  const who = UNDERGOER.exec(question.trim())?.[1];
  if (!who) return null;
  if (!absentHere(who, prep, sentence)) return null;
  // The sentence's subject: one to three capitalised words opening it, then a comma or a verb.
  let k = 0;
  while (k < 3 && sentence[k]?.cls === Cls.Cap && !/^(?:The|A|An|In|On|At|After|Before|But|And|He|She|It|They)$/.test(sentence[k].text)) k++;
  if (k === 0 || !(sentence[k]?.text === ',' || /^(?:was|were|is|has|had|will)$/.test(sentence[k]?.lower ?? ''))) return null;
  const other = sentence.slice(0, k).map((t) => t.text).join(' ');
  return DEMONYMS[other] === undefined && !TITLE_WORDS.has(sentence[0].text) ? other : null;
}

/** Verbs that say little of the deed. */
const LIGHT_VERBS = /^(?:have|be|do|get|go|make|take|come|give|put|see|say|tell|think|feel|know|want|need|use|become|seem|keep|let)$/;

/** "Which club did Mensah join from?": the named doer and the verb of the deed asked about. */
const DOER_VERB = /^(?:[Ww]hat|[Ww]hy|[Ww]hen|[Hh]ow|[Ww]here|[Ww]hich\s+\p{Ll}+)\s+(?:did|does|do|has|have|had|will|would)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+)\s+(\p{Ll}+)/u;

/**
 * "Which club did Mensah join from?" over "... midfielder Tom Ridley, who joined from Leeds": the
 * sentence says the deed asked about with another named person as its doer (the name right before
 * the verb, or before ", who"), and never names the person asked about nor has a he/she that may
 * stand for them. That other name, else null.
 */
export function deedOfAnother(question: string, prep: PreparedArticle, sentence: readonly Token[]): string | null {
  const m = DOER_VERB.exec(question.trim());
  if (!m) return null;
  if (!absentHere(m[1], prep, sentence)) return null;
  const verb = m[2].toLowerCase();
  // (A light verb says too little to tell one deed from another: "When did Laidlaw have a great game?" over "Greig had ...".)
  if (LIGHT_VERBS.test(verb)) return null;
  for (let k = 1; k < sentence.length; k++) {
    if (!sameVerb(sentence[k].lower, verb)) continue;
    let j = k - 1;
    while (j >= 0 && /^(?:who|has|had|have|also|then|,)$/.test(sentence[j].lower)) j--;
    const end = j;
    while (j >= 0 && end - j < 3 && sentence[j].cls === Cls.Cap) j--;
    if (end > j && end - j <= 3) return sentence.slice(j + 1, end + 1).map((t) => t.text).join(' ');
  }
  return null;
}

/**
 * A span that names the body a person is from, not another person ("Jock Millican, from Equity
 * Gap, said", "Dr Jana Witt, from the charity Cancer Research UK, said"): "Who is Jock Millican?"
 * is answered by where he speaks from. "from", then at most an article and one lower-case noun.
 */
function affiliation(span: readonly Token[], sentence: readonly Token[]): boolean {
  let k = sentence.indexOf(span[0]) - 1;
  if (k < 0) return false;
  if (/^\p{Ll}+$/u.test(sentence[k].text) && !/^(?:from|the|a|an)$/.test(sentence[k].lower)) k--;
  if (k >= 0 && /^(?:the|a|an)$/.test(sentence[k].lower)) k--;
  return k >= 0 && sentence[k].lower === 'from';
}
