/**
 * Candidate names: the runs of capitalised words in a story, as news copy writes names
 * ("Bank of England", "Securities and Exchange Commission", "Tim O'Gorman", "U.S."), with the
 * words around each run kept for the classifier and the role reader. Sentence-initial words
 * that are only capitalised because they start the sentence ("Trailing", "The") are left out,
 * using the `brill` lexicon to tell a common word from a name.
 */
import { brill } from 'brill';
import { isDemonym, MONTH_AND_DAY_NAMES, ORG_HEADS, TITLE_WORDS } from './gazetteer.ts';
import { FIRST_NAMES, PLACE_LOOKUP, ROLE_NOUNS } from './lexicon.ts';
import { sentences } from '../text/text.ts';
import { truecaseSentences } from '../text/truecase.ts';

/** One sentence, as tokens. */
export interface TokenSentence {
  tokens: string[];
  /** Paragraph number (0 = first paragraph of the body; -1 = the title). */
  paragraph: number;
  /** Sentence number in the body (-1 for the title). */
  index: number;
}

/** A run of capitalised tokens: tokens[start, end) of a sentence. */
export interface Span {
  sentence: TokenSentence;
  start: number;
  end: number;
  text: string;
}

// Letters and digits without the Unicode flag (faster): ASCII, Latin-1 letters on, and every
// script past General Punctuation, so that curly quotes and dashes stay tokens of their own.
const TOKEN_RE = /[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2070-\uFFFF]+(?:['’&.-][A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2070-\uFFFF]+)*\.?|\S/g;
/** Abbreviations that keep their full stop ("Corp.", "Mr."): any other word ending a sentence loses it. */
const KEEPS_DOT = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Corp.', 'Inc.', 'Co.', 'Ltd.', 'St.', 'Jr.', 'Sr.', 'Gen.', 'Sen.', 'Rep.', 'Gov.', 'Lt.', 'Col.', 'Capt.', 'Prof.', 'Rev.', 'Sgt.', 'Mt.', 'Ft.', 'Bros.', 'No.', 'Adm.', 'Maj.', 'Cpl.', 'Messrs.']);

/** Is this UTF-16 unit a letter or digit for tokens (the class of TOKEN_RE)? */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7) || c >= 0x2070;
}

/** isWordUnit() of every UTF-16 unit, as a table: one load per character in the tokenizer's loop. */
const WORD_UNIT = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD_UNIT[c] = isWordUnit(c) ? 1 : 0;

/** JavaScript's \s. */
function isSpaceUnit(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Split a sentence into tokens; a possessive "'s" becomes a token of its own. A hand-written
 * scan that finds exactly what TOKEN_RE would (words joined by ' ’ & . -, an optional closing
 * full stop, any other character alone), without a match object per word: this runs on every
 * sentence briefed.
 */
export function tokenize(sentence: string): string[] {
  const out: string[] = [];
  const n = sentence.length;
  let i = 0;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    if (WORD_UNIT[c] === 0) {
      if (c !== 32 && !isSpaceUnit(c)) out.push(sentence[i]);
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && WORD_UNIT[sentence.charCodeAt(i)] === 1) i++;
      const j = sentence.charCodeAt(i);
      if (i + 1 < n && (j === 39 || j === 0x2019 || j === 38 || j === 46 || j === 45) && WORD_UNIT[sentence.charCodeAt(i + 1)] === 1) {
        i++;
        continue;
      }
      break;
    }
    if (i < n && sentence.charCodeAt(i) === 46) i++;
    pushWord(out, sentence.slice(start, i));
  }
  return out;
}

const INITIALS = /^(?:\p{L}\.)+$/u;

/** Is the word initials ("U.S.", "J.")? What INITIALS says, by hand for ASCII (a letter then a full stop, repeated). */
function isInitials(t: string): boolean {
  if (t.length % 2 === 0) {
    let ascii = true;
    for (let i = 0; i < t.length; i += 2) {
      const c = t.charCodeAt(i);
      if (c >= 128) {
        ascii = false;
        break;
      }
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) || t.charCodeAt(i + 1) !== 46) return false;
    }
    if (ascii) return true;
  }
  return INITIALS.test(t);
}

/** Add one word: "England." loses the stop that ends the sentence ("U.S.", "Corp." keep theirs); "England's" is "England", "'s". */
function pushWord(out: string[], word: string): void {
  let t = word;
  let n = t.length;
  let dot = false;
  if (n > 1 && t.charCodeAt(n - 1) === 46 && !KEEPS_DOT.has(t) && !isInitials(t)) {
    t = t.slice(0, n - 1);
    n--;
    dot = true;
  }
  // Only after a capital: "it's" stays a word.
  if (n > 2 && t.charCodeAt(n - 1) === 115 && (t.charCodeAt(n - 2) === 39 || t.charCodeAt(n - 2) === 0x2019) && isCapitalised(t)) {
    out.push(t.slice(0, n - 2), t.slice(n - 2));
  } else out.push(t);
  if (dot) out.push('.');
}

/** The same tokens by regular expression: the reference the scanner is tested against. */
export function tokenizeByPattern(sentence: string): string[] {
  const out: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(sentence); m; m = TOKEN_RE.exec(sentence)) pushWord(out, m[0]);
  return out;
}

const MID_CAPITAL = /[\s(\-–—/"'“‘][A-Z\u00C0-\u00DE\u0391-\u042F]/;
const FIRST_WORD = /^[\s"'“‘(]*([\p{L}]+)/u;

/**
 * Can this sentence hold a name? Not when its only capital is its first letter and the first
 * word is an ordinary word ("The", "Officials"): most sentences of lowercased copy and many of
 * any story, which are then not tokenized at all.
 */
function mayName(s: string): boolean {
  if (MID_CAPITAL.test(s)) return true;
  const first = FIRST_WORD.exec(s)?.[1];
  if (!first || !isCapitalised(first)) return false;
  return !(OPENERS.has(first) || (isCommonWord(first) && !isProperWord(first)));
}

/** The story as token sentences: the title first (paragraph -1), then the body; `truecase: false` reads lower-case copy as written (to measure truecasing). */
export function tokenSentences(title: string, body: string, truecase = true): TokenSentence[] {
  const out: TokenSentence[] = [];
  // The briefing has split this body already (sentences() remembers it): find each sentence's
  // paragraph by its place in the text instead of splitting again.
  const breaks = paragraphBreaks(body);
  let at = 0;
  let paragraph = 0;
  const sents = sentences(body);
  // Copy written all in lower case gets its capitals back, letter for letter (the same sentences, the same lengths).
  const titled = title.trim() !== '';
  const all = titled ? [title, ...sents] : sents;
  const cased = truecase ? truecaseSentences(all) : all;
  if (titled) out.push({ tokens: tokenize(cased[0]), paragraph: -1, index: -1 });
  const first = titled ? 1 : 0;
  for (let index = 0; index < sents.length; index++) {
    const s = sents[index];
    const found = body.indexOf(s, at);
    if (found >= 0) {
      while (paragraph < breaks.length && breaks[paragraph] < found) paragraph++;
      at = found + s.length;
    }
    const c = cased[first + index];
    out.push({ tokens: mayName(c) ? tokenize(c) : [], paragraph, index });
  }
  return out;
}

/** Where the matches of /\n[ \t]*\n/g start (a blank line), found by `indexOf` instead of a pattern. */
function paragraphBreaks(body: string): number[] {
  const breaks: number[] = [];
  let i = body.indexOf('\n');
  while (i >= 0) {
    let j = i + 1;
    while (j < body.length && (body.charCodeAt(j) === 32 || body.charCodeAt(j) === 9)) j++;
    if (j < body.length && body.charCodeAt(j) === 10) {
      breaks.push(i);
      i = body.indexOf('\n', j + 1);
    } else i = body.indexOf('\n', j);
  }
  return breaks;
}

const own = Object.prototype.hasOwnProperty;

const NO_TAGS: readonly string[] = [];
const tagCache = new Map<string, readonly string[]>();

/** The lexicon's tags of a word exactly as written, not remembered. */
function tagsOf(word: string): readonly string[] {
  const v: unknown = own.call(brill, word) ? brill[word] : undefined;
  // The data has a stray null ("your"): copy only lists that hold one.
  return Array.isArray(v) ? (v.every((t) => typeof t === 'string') ? (v as string[]) : (v.filter((t) => typeof t === 'string') as string[])) : NO_TAGS;
}

/** The lexicon's tags of a word exactly as written (empty when unknown). */
export function lexiconTags(word: string): readonly string[] {
  let tags = tagCache.get(word);
  if (tags === undefined) {
    tags = tagsOf(word);
    if (tagCache.size > 100_000) tagCache.clear();
    tagCache.set(word, tags);
  }
  return tags;
}

/** Word facts, as bits of `wordFacts()`: its lowercase form is an ordinary English word (any tag but a proper noun). */
export const COMMON = 1;
/** As written, the lexicon knows it as a proper noun first. */
export const PROPER = 2;
/** A first name. */
export const FIRST = 4;
/** A place the gazetteer knows. */
export const PLACE_WORD = 8;
/** It can be part of a person's name. */
export const NAME_WORD = 16;

const factCache = new Map<string, number>();

/**
 * What the lexicons say of a word as written, as bits: worked out once per word and kept in
 * one table, so that the several questions asked of a word cost one look-up between them.
 */
export function wordFacts(word: string): number {
  let b = factCache.get(word);
  if (b === undefined) {
    const lower = tagsOf(word.toLowerCase());
    const asWritten = tagsOf(word);
    b = ((lower.length > 0 && !lower[0].startsWith('NNP')) || isMakerCompound(word) ? COMMON : 0) | (asWritten.length > 0 && asWritten[0].startsWith('NNP') ? PROPER : 0);
    if (FIRST_NAMES.has(word)) b |= FIRST;
    if (PLACE_LOOKUP.has(word)) b |= PLACE_WORD;
    if (canBeNameWord(word, b)) b |= NAME_WORD;
    if (factCache.size > 100_000) factCache.clear();
    factCache.set(word, b);
  }
  return b;
}

/** "Carmaker", "chipmakers", "shipbuilder": an ordinary word the lexicon lacks, built of one it has and "maker"/"builder". */
function isMakerCompound(word: string): boolean {
  const m = /^(\p{L}{3,}?)(?:maker|builder)s?$/iu.exec(word);
  return m !== null && tagsOf(m[1].toLowerCase()).some((t) => t.startsWith('NN') && !t.startsWith('NNP'));
}

/** Can this word be part of a person's name (`b`: its other facts)? */
function canBeNameWord(w: string, b: number): boolean {
  if (TITLE_WORDS.has(w) || ORG_HEADS.has(w) || MONTH_AND_DAY_NAMES.has(w) || isDemonym(w)) return false;
  if (/^\p{Lu}[\p{Lu}.]*$/u.test(w) && w.length > 1 && !/^\p{Lu}\.$/u.test(w)) return false;
  return (b & FIRST) !== 0 || (b & COMMON) === 0 || (b & PROPER) !== 0;
}

/** Is the lowercase form of this word an ordinary English word (any tag but a proper noun)? */
export function isCommonWord(word: string): boolean {
  return (wordFacts(word) & COMMON) !== 0;
}

/** Is the word, as written, known to the lexicon as a proper noun first? */
export function isProperWord(word: string): boolean {
  return (wordFacts(word) & PROPER) !== 0;
}

/** Can this word be part of a person's name (not a title, organisation word, month or nationality, nor an acronym; a first name or not an ordinary word)? */
export function isNameWord(word: string): boolean {
  return (wordFacts(word) & NAME_WORD) !== 0;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** Lowercase words that can sit inside a name: "Bank of England", "Vincent van Gogh". */
const JOINERS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'y', 'and', '&', 'for', 'the']);
/** Joiners that keep a run going only when a capitalised word follows directly. */
const WEAK_JOINERS = new Set(['and', '&', 'for', 'the']);

/** "Ontario-based", "France-registered": a place made an adjective is not a name. */
const LOWER_COMPOUND = /-(?:based|registered|born|owned|led|backed|listed|made|bound|controlled|run)$/;

/** Is this token written like part of a name? */
export function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return !(t.length > 6 && t.includes('-') && LOWER_COMPOUND.test(t));
  if (c < 128) return false;
  return UPPER_START.test(t);
}

/** Sentence openers that are words, not names, even when the lexicon does not know them lowercase. */
const OPENERS = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'When', 'While', 'After', 'Before', 'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'If',
  'As', 'Since', 'Though', 'Although', 'Because', 'Meanwhile', 'However', 'Then', 'So', 'Yet', 'Now', 'Also', 'Still', 'This',
  'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your', 'Last',
  'Next', 'Every', 'Some', 'Many', 'Several', 'Both', 'Each', 'Other', 'Another', 'Under', 'Over', 'During', 'By', 'To', 'Of',
  'Why', 'What', 'Where', 'Who', 'How', 'There', 'Here', 'Asked', 'Despite', 'Among', 'Unlike', 'Like', 'Until', 'Including',
]);

/** Marks after which a word is capitalised as if it opened a sentence. */
const OPENING_MARKS = new Set(['"', "'", '“', '‘', '(', ':', '-', '–', '—']);

/** Does the word hold a lowercase letter? ASCII by hand, the rest by \p{Ll}. */
function hasLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return HAS_LOWER.test(t);
  }
  return false;
}

/**
 * Is the token at `k` capitalised only because of where it stands (first word of a sentence,
 * after a quote or colon, or in a title written in title case)?
 */
function positionalCapital(tokens: readonly string[], k: number, titleCase: boolean): boolean {
  const t = tokens[k];
  const first = k === 0 || OPENING_MARKS.has(tokens[k - 1]);
  // Inside a sentence of ordinary case a capital means a name (most capitalised words): nothing to look up.
  if (!first && !titleCase) return false;
  if (t.length > 1 && !hasLower(t)) return false;
  if (OPENERS.has(t)) return true;
  // "Defender Tomas Vilhjalmsson", "Forecaster Tom Reilly": a job before a name stays with it.
  if (first && ROLE_NOUNS.has(t.toLowerCase()) && k + 1 < tokens.length && isCapitalised(tokens[k + 1])) return false;
  return isCommonWord(t) && !isProperWord(t);
}

const LETTER_START = /^\p{L}/u;

/** Does the word start with a letter? ASCII by hand, the rest by \p{L}. */
function startsWithLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_START.test(t);
}

/** Are most words of the sentence written in capitals? */
function isShouted(tokens: readonly string[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.length < 2 || !startsWithLetter(t)) continue;
    words++;
    if (!hasLower(t)) upper++;
  }
  return words >= 3 && upper / words > 0.6;
}

/** Is this sentence in title case or capitals (a headline), where capitals say little? */
export function isTitleCase(tokens: readonly string[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.length < 4) continue;
    const c = t.charCodeAt(0);
    if (c >= 65 && c <= 90) caps++;
    else if (!(c >= 97 && c <= 122) && !startsWithLetter(t)) continue;
    else if (c > 122 && UPPER_START.test(t)) caps++;
    // A word without a capital settles it (caps can no longer equal words): most body sentences stop at their first long word.
    else return false;
    words++;
  }
  // Body text has ordinary lowercase words of four letters or more; a headline in title case has none.
  return words >= 3 && caps === words;
}

/** The capitalised runs of one sentence (joiners inside, positional capitals left out). */
export function spansOf(sentence: TokenSentence): Span[] {
  const { tokens } = sentence;
  const titleCase = sentence.paragraph === -1 || isTitleCase(tokens);
  const out: Span[] = [];
  // A line in capitals ("WORLD MARKETS ROUND-UP", table headings) says nothing by its capitals.
  if (titleCase && isShouted(tokens)) return out;
  let k = 0;
  while (k < tokens.length) {
    if (!isCapitalised(tokens[k]) || positionalCapital(tokens, k, titleCase)) {
      k++;
      continue;
    }
    const start = k;
    let end = k + 1;
    for (;;) {
      if (end < tokens.length && isCapitalised(tokens[end]) && !(titleCase && positionalCapital(tokens, end, titleCase))) {
        end++;
        continue;
      }
      // "Bank of England", "Bank of the South": a joiner (or two) followed by a capital.
      let j = end;
      while (j < tokens.length && JOINERS.has(tokens[j]) && j - end < 2) j++;
      if (j > end && j < tokens.length && isCapitalised(tokens[j]) && !(WEAK_JOINERS.has(tokens[end]) && j - end > 1) && !OPENERS.has(tokens[j])) {
        end = j + 1;
        continue;
      }
      break;
    }
    out.push({ sentence, start, end, text: end - start === 1 ? tokens[start] : tokens.slice(start, end).join(' ') });
    k = end;
  }
  return out;
}
