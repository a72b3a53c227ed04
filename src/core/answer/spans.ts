/**
 * Sentence tokens for answer extraction: every token keeps its character offsets so an answer
 * is always a verbatim substring of the article ("Feb. 6, 2022", "China-Kyrgyzstan-Uzbekistan"),
 * plus the few word classes the span scorer looks at.
 */
import { stemmer } from 'stemmer';
import { tagWords } from './pos.ts';
import { STOPWORDS } from '../text/text.ts';
import { CARDINAL_WORDS, ORDINAL_WORDS } from '../text/number-words.ts';
import { wordTable } from '../text/word-table.ts';

/** Coarse class of a token, as the span model sees it (before any question is known). */
export const Cls = {
  Comma: 0,
  Punct: 1,
  Open: 2,
  Close: 3,
  Det: 4,
  Prep: 5,
  Conj: 6,
  Aux: 7,
  Wh: 8,
  Num: 9,
  /** A proper noun (or any capitalised word inside a sentence). */
  Cap: 10,
  Pron: 11,
  Noun: 12,
  VerbPast: 13,
  VerbIng: 14,
  Verb: 15,
  Adj: 16,
  Adv: 17,
  Other: 18,
} as const;
export type Cls = (typeof Cls)[keyof typeof Cls];
/** Number of token classes, plus one for "question word" and one for "sentence edge". */
export const NCLS = 21;
export const CLS_MATCH = 19;
export const CLS_EDGE = 20;

/** Is this class a content word written in lower case (noun, verb, adjective, adverb)? */
export function isLowerContent(c: Cls): boolean {
  return c === Cls.Noun || c === Cls.VerbPast || c === Cls.VerbIng || c === Cls.Verb || c === Cls.Adj || c === Cls.Adv;
}

export interface Token {
  text: string;
  lower: string;
  /** Porter stem of a word token ('' for punctuation). */
  stem: string;
  start: number;
  end: number;
  isWord: boolean;
  cls: Cls;
  /** Index into FUNCTION_WORDS + 1, or 0 when the word is not a listed function word. */
  lex: number;
}

/** Function words the model may weigh one by one (as neighbours and span edges). */
export const FUNCTION_WORDS = [
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'of', 'for', 'to', 'from', 'with', 'as', 'than', 'about', 'during',
  'since', 'after', 'before', 'into', 'and', 'or', 'is', 'was', 'are', 'were', 'be', 'that', 'which', 'who', 'such',
  'called', 'known', 'named', 'including', 'like', 'his', 'its', 'their', 'this', 'between', 'because', 'under',
  'over', 'through', 'until', 'when', 'has', 'had', 'have', 'not', 'also', 'both',
];
/** Number of lexical ids (function words + "other"). */
export const NLEX = FUNCTION_WORDS.length + 1;
const LEX = new Map(FUNCTION_WORDS.map((w, i) => [w, i + 1]));

const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any', 'each', 'every', 'no']);
const PREP = new Set([
  'in', 'on', 'at', 'by', 'of', 'for', 'to', 'from', 'with', 'as', 'than', 'about', 'during', 'since', 'after',
  'before', 'into', 'through', 'between', 'under', 'over', 'within', 'without', 'against', 'among', 'until', 'upon',
  'via', 'across', 'around', 'behind', 'beyond', 'despite', 'toward', 'towards', 'near', 'per', 'along',
]);
const CONJ = new Set(['and', 'or', 'but', 'nor', 'yet', 'so']);
const AUX = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall',
]);
const WH = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'what', 'while', 'because', 'although', 'though', 'if', 'whether', 'why', 'how']);
const PRON = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'himself', 'herself', 'itself', 'themselves']);
/** Spelled-out numbers count as numbers ("three", "a dozen"). */
export const NUMBER_WORDS = new Set([
  'zero', ...CARDINAL_WORDS, 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds',
  'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens', 'half', 'once',
  'twice', ...ORDINAL_WORDS.slice(0, 5), 'several', 'many', 'few', 'percent', 'per cent',
]);

// Words: letters/digits joined by inner hyphens, apostrophes, periods (U.S), or digit
// separators (1,000 / 3.5 / 10:30); a trailing % stays with its number. Anything else that
// is not white space is a one-character punctuation token.
const TOKEN_RE = /[\p{L}\p{N}]+(?:(?:[-'’.][\p{L}\p{N}]+)|(?:(?<=\p{N})[,:](?=\p{N}{3}|\p{N}{2}\b)\p{N}+))*%?|\S/gu;

/** Irregular past forms, so "came" in an article matches "come" in a question. */
const IRREGULAR: Record<string, string> = wordTable();
for (const pair of (
  'came:come met:meet went:go gone:go said:say saw:see seen:see took:take taken:take gave:give given:give made:make ' +
  'won:win began:begin begun:begin led:lead held:hold told:tell found:find left:leave brought:bring thought:think ' +
  'bought:buy built:build sent:send spent:spend fought:fight wrote:write written:write spoke:speak spoken:speak ' +
  'chose:choose chosen:choose grew:grow grown:grow knew:know known:know became:become fell:fall fallen:fall felt:feel ' +
  'kept:keep lost:lose paid:pay ran:run rose:rise risen:rise sold:sell stood:stand taught:teach understood:understand ' +
  'wore:wear worn:wear drew:draw drawn:draw drove:drive driven:drive ate:eat eaten:eat flew:fly flown:fly ' +
  'forgot:forget hid:hide shot:shoot sang:sing sung:sing sat:sit slept:sleep struck:strike threw:throw thrown:throw ' +
  'meant:mean dealt:deal heard:hear laid:lay lain:lie sought:seek caught:catch swore:swear sworn:swear ' +
  'withdrew:withdraw withdrawn:withdraw undertook:undertake overtook:overtake broke:break broken:break ' +
  'froze:freeze frozen:freeze stole:steal stolen:steal woke:wake shook:shake shaken:shake bore:bear born:bear ' +
  'borne:bear did:do done:do had:have has:have was:be were:be been:be is:be are:be am:be men:man women:woman ' +
  'children:child people:person mice:mouse feet:foot teeth:tooth geese:goose died:die dies:die dying:die lying:lie ' +
  'lied:lie tied:tie ties:tie fled:flee fed:feed bled:bleed sped:speed swam:swim swum:swim sank:sink sunk:sink ' +
  'rang:ring rung:ring stuck:stick hung:hang dug:dig lent:lend bent:bend slid:slide rode:ride ridden:ride ' +
  'hidden:hide bitten:bite beaten:beat forgave:forgive forgiven:forgive shrank:shrink shrunk:shrink swept:sweep ' +
  'wept:weep crept:creep leapt:leap overcame:overcome overthrew:overthrow overthrown:overthrow withheld:withhold ' +
  'upheld:uphold mistook:mistake mistaken:mistake foresaw:foresee foreseen:foresee sprang:spring sprung:spring ' +
  'blew:blow blown:blow'
).split(' ')) {
  const [form, lemma] = pair.split(':');
  IRREGULAR[form] = lemma;
}

const stemCache = new Map<string, string>();
/** Porter stem of a lowercase word, cached (articles repeat words). */
export function stem(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    const bare = lower.replace(/['’]s$/, '');
    s = stemmer(IRREGULAR[bare] ?? bare);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

function classify(text: string, lower: string, isWord: boolean, first: boolean, tag: string): Cls {
  if (!isWord) {
    if (text === ',') return Cls.Comma;
    if ('("“‘[{'.includes(text)) return Cls.Open;
    if (')"”’]}'.includes(text)) return Cls.Close;
    return Cls.Punct;
  }
  if (DET.has(lower)) return Cls.Det;
  if (PREP.has(lower)) return Cls.Prep;
  if (CONJ.has(lower)) return Cls.Conj;
  if (AUX.has(lower)) return Cls.Aux;
  if (WH.has(lower)) return Cls.Wh;
  if (PRON.has(lower)) return Cls.Pron;
  if (/^\p{N}/u.test(text) || NUMBER_WORDS.has(lower) || tag === 'CD') return Cls.Num;
  if (/^\p{Lu}/u.test(text) && (!first || tag === 'NNP' || tag === 'NNPS')) return Cls.Cap;
  if (tag.startsWith('NN')) return Cls.Noun;
  if (tag === 'VBD' || tag === 'VBN') return Cls.VerbPast;
  if (tag === 'VBG') return Cls.VerbIng;
  if (tag.startsWith('VB')) return Cls.Verb;
  if (tag.startsWith('JJ')) return Cls.Adj;
  if (tag.startsWith('RB')) return Cls.Adv;
  if (tag === 'IN' || tag === 'TO') return Cls.Prep;
  if (tag === 'DT' || tag === 'PDT' || tag === 'PRP$') return Cls.Det;
  if (tag === 'MD') return Cls.Aux;
  if (tag.startsWith('W')) return Cls.Wh;
  if (tag === 'CC') return Cls.Conj;
  if (tag === 'PRP') return Cls.Pron;
  return Cls.Other;
}

/**
 * The stems of a sentence's content words, as tokenize() would give them, without tagging
 * parts of speech: enough to index a sentence for retrieval.
 */
export function contentStems(sentence: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(sentence)) !== null) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) continue;
    const lower = m[0].toLowerCase();
    if (!isStop(lower)) out.push(stem(lower));
  }
  return out;
}

/** Tokens of one sentence with offsets relative to that sentence, classed by part of speech. */
export function tokenize(sentence: string): Token[] {
  const raw: { text: string; start: number; isWord: boolean }[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(sentence)) !== null) {
    raw.push({ text: m[0], start: m.index, isWord: /[\p{L}\p{N}]/u.test(m[0]) });
  }
  const wordIdx: number[] = [];
  raw.forEach((r, k) => r.isWord && wordIdx.push(k));
  const firstWord = wordIdx.length ? wordIdx[0] : -1;
  const tags = tagWords(
    wordIdx.map((k) => raw[k].text),
    wordIdx.map((k) => k === firstWord || (k > 0 && /^["“(]$/.test(raw[k - 1].text) && k - 1 === 0)),
  );
  const tagOf = new Map(wordIdx.map((k, n) => [k, tags[n]]));
  return raw.map((r, k) => {
    const lower = r.text.toLowerCase();
    return {
      text: r.text,
      lower,
      stem: r.isWord ? stem(lower) : '',
      start: r.start,
      end: r.start + r.text.length,
      isWord: r.isWord,
      cls: classify(r.text, lower, r.isWord, k === firstWord, tagOf.get(k) ?? ''),
      lex: LEX.get(lower) ?? 0,
    };
  });
}

/** Is this lowercase word a stop word (not worth matching against the question)? */
export function isStop(lower: string): boolean {
  return STOPWORDS.has(lower);
}
