/**
 * What an editor checks in a briefing line, as predicates: does it open with a word that
 * points back to a sentence the reader has not seen ("He", "Its", "However"), does it leave a
 * quotation open or close one it never opened, is it a sentence at all, is it page debris
 * (bylines, fixture lines, score lines, table rows). The key-point ranker uses them to choose,
 * and `npm run eval -- summary` counts them on what ships, so both read the same definitions.
 */

/** Words that point back when they open a sentence: personal and possessive pronouns, demonstratives. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'its', 'his', 'her', 'their', 'them', 'him', 'this', 'that', 'these', 'those']);

/** Connectives that join a sentence to the one before it: without that sentence they dangle. */
export const CONNECTIVES = new Set([
  'but', 'however', 'and', 'also', 'so', 'yet', 'meanwhile', 'still', 'instead', 'moreover', 'furthermore', 'nevertheless',
  'nonetheless', 'then', 'thus', 'therefore', 'hence', 'besides', 'or', 'nor', 'plus', 'likewise', 'similarly',
  'additionally', 'otherwise', 'indeed', 'anyway', 'conversely', 'accordingly', 'consequently', 'further', 'again',
]);

/** "This week", "That night", "These days": a demonstrative before a time word refers to the calendar, not to a sentence. */
const TIME_AFTER_DEMONSTRATIVE =
  /^(?:this|that|these|those)\s+(?:year|years|week|weeks|month|months|morning|afternoon|evening|night|weekend|season|summer|winter|spring|autumn|fall|time|day|days|decade|century|term|quarter|spring's|year's)\b/i;

/** The first word of a sentence, lowercased, past any opening quote or bracket ('' when none). */
export function firstWord(text: string): string {
  const m = /^[\s"'“‘([]*([\p{L}]+(?:['’][\p{L}]+)?)/u.exec(text);
  return m ? m[1].toLowerCase() : '';
}

/** Does the sentence open with a connective ("But", "However,", "Meanwhile")? */
export function opensWithConnective(text: string): boolean {
  return CONNECTIVES.has(firstWord(text));
}

/** Does the sentence open with a pronoun or demonstrative that refers back ("He", "Its", "They")? */
export function opensWithPronoun(text: string): boolean {
  const w = firstWord(text);
  if (!PRONOUNS.has(w)) return false;
  return !TIME_AFTER_DEMONSTRATIVE.test(text.replace(/^[\s"'“‘([]+/, ''));
}

/** Does the sentence open with a word that needs an earlier sentence to be understood? */
export function opensDangling(text: string): boolean {
  return opensWithConnective(text) || opensWithPronoun(text);
}

/** Words that follow an apostrophe at a word's start without being quotations: 'em, 'til, 'n'. */
const ELISIONS = /^(?:em|til|tis|twas|n|cause|bout|round)\b/i;
/** Tokenized copy spaces its apostrophes: "doesn ’ t", "Chevrolet ' s". */
const SPACED_APOSTROPHE = /^ (?:s|t|re|ll|ve|d|m)\b/i;

/**
 * Letter-or-digit (`[\p{L}\p{N}]`) class of each UTF-16 unit, learnt on first sight: 0 not
 * yet known, 1 letter or digit, 2 neither. A lone surrogate half is neither, as for the pattern.
 */
const WORD_UNIT = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Is the UTF-16 unit `c` a letter or digit (what /[\p{L}\p{N}]/u says of it alone)? */
function isWordUnit(c: number): boolean {
  let k = WORD_UNIT[c];
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNIT[c] = k;
  }
  return k === 1;
}

/** `.,!?;—-`: marks after which a single quote closes a quotation. */
function isClosingPunct(c: number): boolean {
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 0x2014 || c === 45;
}

/**
 * Quotation marks left open or closed without an opening, counting double quotes (straight
 * by parity, curly by kind) and single quotes used as quotation marks (Daily Mail style: an
 * opening `'` at a word's start, a closing `'` after punctuation; a `'` after a letter may be
 * a possessive and only closes a quotation that is open; in tokenized copy a `'` between
 * spaces opens at the start or after a colon and closes after punctuation). 0 when the
 * quotations are whole. Scans character codes: this runs on every quoted sentence briefed.
 */
export function quoteImbalance(text: string): number {
  let straight = 0;
  let curlyOpen = 0;
  let curlyStray = 0;
  let singleOpen = 0;
  let singleStray = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) straight++;
    else if (ch === 0x201c) curlyOpen++;
    else if (ch === 0x201d) {
      if (curlyOpen > 0) curlyOpen--;
      else curlyStray++;
    } else if (ch === 39 || ch === 0x2018 || ch === 0x2019) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      const prevWord = isWordUnit(prev);
      const nextWord = isWordUnit(next);
      if (prevWord && nextWord) continue; // an apostrophe inside a word: don't, O'Neill
      let role: 'open' | 'close' | 'soft-close' | 'none';
      // An elision ('em, '90s) is no quotation.
      if (!prevWord && nextWord) role = ch === 0x2019 || (next >= 48 && next <= 57) || ELISIONS.test(text.slice(i + 1, i + 6)) ? 'none' : 'open';
      else if (prevWord) role = ch === 0x2018 ? 'none' : 'soft-close';
      else if (isClosingPunct(prev)) role = 'close';
      else if (prev === 32) {
        // Spaced marks of tokenized copy ("a 'distinctive ' mask", "' The clip"): judge by what is open and what stands before.
        const before = text.slice(0, i).trimEnd();
        if (SPACED_APOSTROPHE.test(text.slice(i + 1, i + 5))) role = 'none';
        else if (ch === 0x2018) role = 'open';
        else if (singleOpen > 0) role = 'close';
        else if (!before || before.endsWith(':')) role = 'open';
        else if (/[.,!?;]$/.test(before)) role = 'close';
        else role = 'none';
      } else role = ch === 0x2018 ? 'open' : 'none';
      if (role === 'open') singleOpen++;
      else if (role === 'close' || role === 'soft-close') {
        if (singleOpen > 0) singleOpen--;
        else if (role === 'close') singleStray++;
      }
    }
  }
  return (straight % 2) + curlyOpen + curlyStray + singleOpen + singleStray;
}

/** Does the text leave a quotation open, or close one it never opened? */
export function hasUnbalancedQuotes(text: string): boolean {
  return quoteImbalance(text) > 0;
}

/** Ends like a sentence: `.`, `!`, `?` or `…`, then any closing quotes or brackets (spaced, in tokenized copy). */
const SENTENCE_END = /[.!?…](?: ?["'”’)\]])*$/;

/** Word runs, as a reader counts them. */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Runs of ASCII digits (what /\d+/g finds), counted without building the list. */
function digitRuns(t: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !inRun) runs++;
    inRun = digit;
  }
  return runs;
}

/**
 * Is the text page debris rather than story: an agency byline ("By LISA MASCARO and KEVIN
 * FREKING Associated Press"), a fixture or result line ("Tuesday, 1 March", "Howard Webb
 * (South Yorkshire)", "Arsenal 2-1 Chelsea", "(after extra-time - score at 90 mins 1-1)"),
 * a line-up or list under a label ("Subs: Bankole, Reid, Moss."), a table row, a "Read more" or
 * credit line?
 */
export function isDebris(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  // Cheap guards before each pattern: this runs on every sentence of every article briefed.
  const first = t.charCodeAt(0);
  if ((first === 66 || first === 98) && /^by\s/i.test(t)) {
    // Bylines: "By NAME [and NAME] [Associated Press|AP|Reuters...]", names in capitals or with an agency.
    if (/^by\s+(?:\p{Lu}[\p{Lu}.'’-]+\s+){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{Lu}.'’-]+\s*){1,4})?(?:(?:of\s+)?(?:the\s+)?(?:associated press|ap|reuters|afp|bloomberg|upi)\b)?[\s.,]*$/iu.test(t))
      return true;
    if (/^by\s+[\p{L}.'’ -]{3,60}?,?\s+(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|bloomberg|upi)[\s.]*$/iu.test(t)) return true;
  }
  // A whole line in brackets: "(after extra-time - score at 90 mins 1-1)", "(% denotes ...)".
  if (first === 40 && /^\([^()]*\)[.\s]*$/.test(t)) return true;
  const hasDigit = /\d/.test(t);
  if (hasDigit && t.length < 60) {
    const ends = SENTENCE_END.test(t);
    // Weekday and date alone: "Tuesday, 1 March", "Saturday 12 August 2023".
    if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:\s+\d{4})?[.\s]*$/iu.test(t)) return true;
    // "Team 2-1 Team" score lines.
    if ((!ends || countWords(t) <= 6) && /\b\d{1,2}\s*[-–]\s*\d{1,2}\b/.test(t) && !/\b(?:is|are|was|were|has|have|had|will|would|said|says|won|beat|lost|drew)\b/i.test(t))
      return true;
  }
  // "Name (County)" referee and venue lines.
  if (t.endsWith(')') && t.length < 60 && /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\([\p{Lu}][^()]{1,40}\)$/u.test(t)) return true;
  // Line-ups and lists under a label: "Northam: Hale, Ross, Okafor ...", "Subs: Bankole, Reid, Moss."
  const colon = t.indexOf(':');
  if (colon > 0 && colon <= 30) {
    const items = t.slice(colon + 1).split(/[\s,;]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (items.length >= 2 && items.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || w === 'and' || w === '&')) return true;
  }
  if (hasDigit) {
    // Table rows: mostly numbers.
    const digits = digitRuns(t);
    if (digits >= 4 && digits >= countWords(t) / 2) return true;
  }
  return /^(?:read more|more on this story|related (?:stories|topics|links)|share this|image (?:source|copyright|caption)|getty images|pa media)\b/i.test(t);
}

/**
 * Has the text the shape of a sentence: at least three words, ending like a sentence, opening
 * with a letter, digit, quote or bracket (not mid-word)? Debris is not looked for; a caller
 * that already knows the text has three words says so with `hasThreeWords`.
 */
export function looksLikeSentence(text: string, hasThreeWords = false): boolean {
  const t = text.trim();
  if (!SENTENCE_END.test(t)) return false;
  if (!/^["'“‘([]? ?[\p{L}\p{N}£$€]/u.test(t)) return false;
  // `hasThreeWords`: the caller knows (cleanSentence keeps no shorter text), so the count is skipped.
  return hasThreeWords || countWords(t) >= 3;
}

/**
 * Is the text a sentence a reader would take as one: at least three words, ending like a
 * sentence, opening with a letter, digit, quote or bracket (not mid-word), and not debris?
 */
export function isSentence(text: string): boolean {
  return looksLikeSentence(text) && !isDebris(text);
}
