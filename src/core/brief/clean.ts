/**
 * Cleaning article sentences before they are ranked and shown as key points: news copy carries
 * furniture that is not the story (datelines, agency tags, bylines, time stamps, "Scroll down
 * for video", photo cues and credits, "contributed to this report"). Cleaning only ever removes
 * text or flags a sentence; it never adds or rewrites a word.
 */
import { alnumAt } from '../text/text.ts';

/** A sentence as the ranker sees it. */
export interface CleanSentence {
  /** Index of the sentence in the article's sentence list. */
  index: number;
  /** The sentence with furniture removed (a substring-preserving edit of the original). */
  text: string;
  /** Looks like a photo caption (merged into the copy, as CNN/Daily Mail pages often are). */
  caption: boolean;
}

// Agency tags with an optional place (and date) before them: "(CNN) --", "WASHINGTON (CNN) --",
// "nairobi, kenya (cnn)", "LONDON (Reuters) -", "(The Hollywood Reporter)", "(EW.com)",
// "MADRID, 12 mar (Reuters) -", "BERLIN, 5. März (Reuters) -", "LISBOA, 10 de outubro (Lusa) -".
const AGENCY_PREFIX =
  /^(?:[\p{L}\p{N}.'’-]+(?:[ ,]+[\p{L}\p{N}.'’-]+){0,3}\s*)?\((?:cnn|cnn\s?money|reuters|ap|afp|efe|dpa|ansa|lusa|the hollywood reporter|ew\.com|upi|bbc|xinhua|mashable|people\.com|rolling stone|travel \+ leisure|time\.com|health\.com|si\.com)\)\s*(?:--|—|–|-|:)?\s*/iu;

// Upper-case datelines: "NEW YORK --", "BEIJING, Feb. 6 —", "FORTUNE —", "LONDON, England --".
const CAPS_DATELINE = /^[A-Z][A-Z .'’-]{1,30}(?:,\s*[\p{L} .]{1,30}?)?\s*(?:--|—|–)\s+/u;

// Time stamps and bylines at the start of copy: "Updated Jul 7, 2012 6:40 PM ET",
// "PUBLISHED: . 12:34 EST, 1 May 2013 . | . UPDATED: . ...", "By . Daily Mail Reporter .".
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const STAMP_PREFIX = new RegExp(
  '^(?:last\\s+)?(?:updated|published|posted)\\s*:?\\s*\\.?(?:\\s*(?:' +
    [
      '\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?',
      '(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC)\\b',
      '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?',
      `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
      `\\d{1,2}\\s+${MONTH}\\s+\\d{4}`,
      'at\\b',
    ].join('|') +
    ')[\\s.,|]*)+',
  'i',
);
const BYLINE_PREFIX = /^by\s*\.?\s+(?:[\p{L}][\p{L}'’.-]*\s+){0,5}\.\s*/iu;
// An agency byline run into the copy: "By LISA MASCARO and KEVIN FREKING Associated Press WASHINGTON (AP) —".
const AGENCY_BYLINE_PREFIX =
  /^By\s+(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}(?:(?:and|&)\s+(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4})?(?:The\s+)?(?:Associated Press|AP|Reuters|AFP)(?:\s+Writers?)?\s+(?=\p{Lu})/u;
const DM_STAMP = /(?:^|\s)(?:published|updated)\s*:\s*\.?\s*\d{1,2}:\d{2}\s*[a-z]{2,4},?\s*\d{1,2}\s+[a-z]+\s+\d{4}\s*\.?\s*\|?\s*\.?/gi;

const SCROLL = /^(?:scroll down for (?:video|more)s?|click here for (?:more|video)s?|see (?:the )?video below)\b\.{0,4}\s*/i;

/** Sentences that open as page furniture, not story (one anchored pattern: most sentences match none). */
const FURNITURE_START = new RegExp(
  `^(?:${[
    /(?:click here|read more|related:|see also\b|also read\b|advertisement\b)/.source,
    /(?:follow|like)\s+(?:us|@|\p{Lu}[\p{L}]+\s+on\s+(?:twitter|facebook|instagram))/u.source,
    /(?:copyright|all rights reserved|\(c\)|©)/.source,
    /media playback is (?:not supported|unsupported)\b/.source,
    /(?:image|photo|picture) (?:copyright|caption|credit)\b/.source,
    /(?:editor'?s|editors'?) note\b/.source,
    /(?:sign up|subscribe)\b.*\b(?:newsletter|updates|email)\b/.source,
    /(?:share|e-?mail) this\b/.source,
    /the opinions expressed in this (?:commentary|article) are\b/.source,
    /reuters has not verified these stories\b/.source,
  ].join('|')})`,
  'iu',
);
/** Furniture that can sit anywhere in a sentence. */
const FURNITURE_INSIDE = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bthis material may not be (?:published|broadcast)\b/i;

// Picture cues left inside copy by captions: "(pictured)", "(left)", "(file photo)", "(above, right)".
const PICTURE_CUE =
  /\s*\((?:(?:pictured|picture|photo|file photo|file picture|left|right|centre|center|middle|above|below|top|bottom|inset|l|r|second left|second right|far left|far right|front|back)(?:[\s,]+(?:and\s+)?(?:left|right|centre|center|middle|above|below|top|bottom|l|r|with [^)]{1,40}|in [^)]{1,40}|on [^)]{1,40}|at [^)]{1,40}))*|file)\)/gi;

/** Sentences that may open with a time stamp, a byline or a "Scroll down" cue. */
const MAYBE_PREFIX = /^(?:last |updated|published|posted|by\b|scroll|click|see )/i;

/**
 * Does the text hold at least three words (runs of letters and digits)? The same test as
 * /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]/u, but it stops at the third word
 * instead of running Unicode classes over the sentence.
 */
function hasThreeWords(t: string): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < t.length; ) {
    const w = alnumAt(t, i);
    if (w) {
      if (!inRun && ++runs === 3) return true;
      inRun = true;
      i += w;
    } else {
      inRun = false;
      i++;
    }
  }
  return false;
}

const CAPTION_LABEL = /^(?:[\p{Lu}][\p{L}'’-]*)(?:\s+[\p{L}'’-]+){0,4}:\s+\S/u;

/** Two white-space characters in a row: what the `\s{2,}` replace below has to close. */
const SPACE_RUN = /\s\s/;

/** Datelines, agency tags, stamps and bylines head a story: only its first sentences are searched for them. */
const HEAD_SENTENCES = 6;

/**
 * Remove furniture from one sentence. Returns '' when nothing of the story is left.
 * Only removes: the result's words are the original's words, in order. `atHead` (default
 * true) says the sentence is among the first of its article, where datelines and bylines sit.
 */
export function cleanSentence(sentence: string, atHead = true): string {
  let t = sentence.trim();
  if (!t || FURNITURE_START.test(t)) return '';
  if ((t.includes('contributed') || t.includes('material may not')) && FURNITURE_INSIDE.test(t)) return '';
  // Cheap guards first: this runs on every sentence of every article briefed.
  if (atHead && (MAYBE_PREFIX.test(t) || /\(|--|—|–/.test(t.slice(0, 80)))) {
    // Prefixes can stack ("Updated ... By . Jane Smith . LONDON (CNN) --"), so repeat a few times.
    for (let k = 0; k < 3; k++) {
      const before = t;
      t = t.replace(STAMP_PREFIX, '').replace(AGENCY_BYLINE_PREFIX, '').replace(BYLINE_PREFIX, '').replace(SCROLL, '');
      t = t.replace(AGENCY_PREFIX, '').replace(CAPS_DATELINE, '');
      if (t === before) break;
    }
  } else if (MAYBE_PREFIX.test(t)) t = t.replace(SCROLL, '');
  if (t.includes(':') && /(?:published|updated)\s*:/i.test(t)) t = t.replace(DM_STAMP, ' ');
  if (t.includes('(')) t = t.replace(PICTURE_CUE, '').replace(/,(\s*,)+/g, ',');
  // Most sentences have no run of white space left to close (a test is cheaper than a replace).
  if (SPACE_RUN.test(t)) t = t.replace(/\s{2,}/g, ' ');
  t = t.trim();
  // A sentence reduced to punctuation or a stray word or two is not a sentence.
  return hasThreeWords(t) ? t : '';
}

/** True when a sentence reads like a photo caption that ran into the copy. */
export function looksLikeCaption(original: string): boolean {
  if (original.includes('(') && /\((?:pictured|file photo|file picture|left|right|centre|center|above|below|inset)\b[^)]*\)/i.test(original)) return true;
  // "Big Brother is watching: A speed camera ..." — a short label then a colon opens a DM caption.
  if (original.includes(':') && CAPTION_LABEL.test(original) && !/^(?:\p{Lu}[\p{L}'’-]*\s+)?(?:said|says|told|added|warned|wrote|insisted)\b/u.test(original)) {
    const label = original.slice(0, original.indexOf(':'));
    if (!/["“'‘]/.test(label) && label.split(/\s+/).length <= 5) return true;
  }
  // Captions without a full stop run into the next sentence: "... in Birmingham, West Midlands The speed camera ...".
  return original.length > 160 && /[a-z0-9)] (?:The|A|An|He|She|They|His|Her|Their|It|This|These|But) [a-z]/.test(original);
}

/**
 * Clean every sentence for ranking: furniture removed, empty results dropped, captions flagged.
 * `index` refers back to the caller's sentence list.
 */
export function cleanSentences(sentences: readonly string[]): CleanSentence[] {
  const out: CleanSentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const text = cleanSentence(sentences[i], i < HEAD_SENTENCES);
    if (text) out.push({ index: i, text, caption: looksLikeCaption(sentences[i]) });
  }
  return out;
}
