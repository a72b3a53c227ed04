/**
 * Text basics shared by the summarizer, the answerer and entity extraction: paragraph and
 * sentence splitting tuned for news copy, word tokens, word counts.
 */

/** Abbreviations after which a period does not end a sentence (lowercase, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'nos', 'vol', 'pp', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'v', 'etc', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'l.a', 'n.y', 'e.u', 'ph.d',
]);

/**
 * Company suffixes ("Microsoft Corp.", "Bloomberg L.P.", "Nestle S.A."): inside a name or a list
 * of names far more often than at the end of a sentence, but they can end one too ("He works
 * at Acme Inc. The company ..."), so what follows decides (see abbreviationKind).
 *
 * Kept apart from the entity finder's LEGAL_FORMS (src/core/entities/lexicon.ts), which lists the
 * same forms as written: this one is matched in any case, so it leaves out the forms that are
 * also lowercase words ("AG", "SA", "AB", "SpA" would make "at the spa. Guests ..." one
 * sentence; measured in session 13, docs/internals.md, the merge moved none of the entities,
 * truecase and summary figures, so it bought nothing for that risk). Add a new form to both.
 */
const COMPANY_SUFFIXES = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'plc', 'llc', 'llp', 'lp', 'pty', 'bros', 'gmbh', 'bhd', 'pte', 'ltda',
  'l.p', 'l.l.c', 'l.l.p', 'p.l.c', 's.a', 'n.v', 's.p.a', 'b.v', 'k.k',
]);

/** Split text into paragraphs at blank lines (or single newlines when there are no blank lines). */
export function paragraphs(text: string): string[] {
  const norm = text.replace(/\r\n?/g, '\n');
  const parts = /\n\s*\n/.test(norm) ? norm.split(/\n\s*\n+/) : norm.split(/\n+/);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/** The raw parts paragraphs() cuts the text into, before their white space is normalized. */
function paragraphParts(text: string): string[] {
  const norm = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return /\n\s*\n/.test(norm) ? norm.split(/\n\s*\n+/) : norm.split(/\n+/);
}

/** White space other than single spaces between words: where `\s+` -> ' ' has something to change (trim aside). */
const ODD_SPACE = /[^\S ]| \s/;

/**
 * What the period ending `chunk` closes: `'word'` when it ends a word we do not know as an
 * abbreviation (a sentence end), `'abbreviation'` when it closes one that never ends a
 * sentence ("Mr.", "Gen.", an initial like "J."), `'maybe'` when it closes one that often ends
 * a sentence too: a company suffix ("Inc.", "Corp.", "L.P.", "S.A."), a time ("9 p.m."), "U.S.",
 * where the next word decides.
 */
function abbreviationKind(chunk: string): 'word' | 'abbreviation' | 'maybe' {
  const m = /(?:^|[\s("'“‘])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$/.exec(chunk);
  if (!m) return 'word';
  const word = m[1];
  if (word.length === 1) return 'abbreviation'; // an initial: "J. K. Rowling"
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower) && !MAY_END_SENTENCE.has(lower)) return 'abbreviation';
  if (MAY_END_SENTENCE.has(lower) || COMPANY_SUFFIXES.has(lower)) return 'maybe';
  // Dotted initials ("D.J. Fontana", "J.R.R. Tolkien") end a sentence only before a sentence's first word.
  if (DOTTED_INITIALS.test(word)) return 'maybe';
  return 'word';
}

/** Capital initials joined by periods, the last period outside: "D.J", "J.R.R". */
const DOTTED_INITIALS = /^[A-Z](?:\.[A-Z])+$/;

/** Abbreviations besides company suffixes that often end a sentence too: "at 9 p.m.", "in the U.S.", "and so on, etc." */
const MAY_END_SENTENCE = new Set(['etc', 'jr', 'sr', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c']);
/**
 * Words that start sentences and not names, so "9 p.m. The" and "Acme Inc. The company" end a
 * sentence while "U.S. Army", "Microsoft Corp. CEO Satya Nadella" and "Bloomberg L.P. CEO"
 * do not.
 */
const SENTENCE_STARTER =
  /["'“‘(]?(?:The|A|An|He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|This|That|These|Those|There|But|And|Yet|So|In|On|At|After|Before|When|While|If|As|For|Some|Many|Most|Police|Officials|Scroll)\b/y;

/** A quote mark that is not an apostrophe inside a word. */
const QUOTE_MARK = /(?<![\p{L}\p{N}])["'“”‘’]|["'“”‘’](?![\p{L}\p{N}])/gu;

/**
 * Split one paragraph into sentences. A sentence ends at `.`, `!` or `?` (with any closing
 * quotes or brackets) followed by white space and a plausible sentence start, unless the
 * period closes a known abbreviation or an initial. A quote mark standing alone after the
 * break (`... Bel-Air. ' The clip ...`, common in tokenized copy) closes the sentence when the
 * sentence has an unmatched one, else it opens the next.
 */
export function splitSentences(paragraph: string): string[] {
  return splitNormalized(paragraph.replace(/\s+/g, ' ').trim());
}

/** splitSentences() of a paragraph whose white space is normalized already (single spaces, trimmed), as paragraphs() gives it. */
function splitNormalized(text: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  // Some data sets are lowercased: there only the punctuation can tell where sentences end.
  const isLowercasedText = !/[A-Z]/.test(text);
  const re = /([.!?]+)(["'”’)\]]*)( (?:["'”’] (?=["'“‘([]?[A-Z0-9a-z]))?)(?=["'“‘([]?[A-Z0-9a-z])/g;
  const lowerNext = /["'“‘([]?[a-z]/y;
  const digitNext = /\d/y;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let end = m.index + m[1].length + m[2].length;
    let nextStart = m.index + m[0].length;
    const chunk = text.slice(start, end);
    if (m[1] === '.' && m[2] === '') {
      const kind = abbreviationKind(chunk);
      if (kind === 'abbreviation') continue;
      SENTENCE_STARTER.lastIndex = nextStart;
      if (kind === 'maybe' && !SENTENCE_STARTER.test(text)) continue;
    }
    lowerNext.lastIndex = nextStart;
    // A lowercase continuation usually means an abbreviation we do not know.
    if (!isLowercasedText && lowerNext.test(text)) continue;
    digitNext.lastIndex = nextStart;
    if (m[1] === '.' && /\d$/.test(chunk) && digitNext.test(text)) continue;
    if (m[3].length > 1) {
      // " ' " after the break: a closing quote if this sentence leaves a quotation open.
      if ((chunk.match(QUOTE_MARK)?.length ?? 0) % 2 === 1) end += 2;
      else nextStart -= 2;
    }
    out.push(text.slice(start, end).trim());
    start = nextStart;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** All sentences of a text, paragraph by paragraph. */
export function sentences(text: string): string[] {
  // Briefing one article splits the same body several times (summary, entities, answers):
  // remember the last one. Callers get their own copy of the list.
  if (text !== lastText) {
    // What paragraphs(text).flatMap(splitSentences) gives, white space normalized once: a
    // paragraph is split as paragraphs() leaves it (splitSentences would normalize it again),
    // and only the paragraphs with odd white space are rewritten.
    const out: string[] = [];
    const starts: number[] = [];
    for (const p of paragraphParts(text)) {
      const norm = ODD_SPACE.test(p) ? p.replace(/\s+/g, ' ').trim() : p.trim();
      if (norm.length === 0) continue;
      starts.push(out.length);
      for (const s of splitNormalized(norm)) out.push(s);
    }
    lastSentences = out;
    lastStarts = starts;
    lastText = text;
  }
  return lastSentences.slice();
}
let lastText: string | undefined;
let lastSentences: string[] = [];
let lastStarts: number[] = [];

/**
 * The numbers (as `sentences()` counts them) of the sentences that open a paragraph of
 * `paragraphs(text)`, in order: found while splitting, so asking costs nothing more when the
 * text was just split.
 */
export function paragraphOpeners(text: string): readonly number[] {
  if (text !== lastText) sentences(text);
  return lastStarts.slice();
}

/** Lowercase word tokens (letters and digits, apostrophes inside words kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

const NON_ASCII_ALNUM = /^[\p{L}\p{N}]/u;

/**
 * Letter-or-digit class of each UTF-16 unit outside the surrogates, learnt on first sight:
 * 0 not yet known, 1 letter or digit, 2 neither. ASCII is filled in up front.
 */
const ALNUM_UNIT = new Uint8Array(65536);
for (let c = 0; c < 128; c++) ALNUM_UNIT[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;

/** Width in UTF-16 units of the letter or digit (`[\p{L}\p{N}]`) at `i` (0 when there is none); `i` is inside the text. */
export function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = ALNUM_UNIT[c];
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_ALNUM.test(text.slice(i, i + 2)) ? 2 : 0;
    k = NON_ASCII_ALNUM.test(String.fromCharCode(c)) ? 1 : 2;
    ALNUM_UNIT[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/**
 * Number of words as a reader counts them: runs of letters and digits, joined by a single
 * `-`, `'`, `’` or `.` between them ("well-known", "don't", "U.S." count once). One pass,
 * without building the list of words: this runs on every article briefed.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const k = ALNUM_UNIT[c];
    const w = k === 1 ? 1 : k === 2 ? 0 : alnumAt(text, i);
    if (w) {
      if (!inWord) count++;
      inWord = true;
      i += w;
    } else {
      // A single joiner between letters or digits keeps the word going.
      inWord = inWord && (c === 45 || c === 39 || c === 0x2019 || c === 46) && i + 1 < n && alnumAt(text, i + 1) > 0;
      i++;
    }
  }
  return count;
}

/** Reading time at 230 words a minute, at least one minute for any text. */
export function readingMinutes(count: number): number {
  return count === 0 ? 0 : Math.max(1, Math.round(count / 230));
}

/** Common English function words, ignored when scoring overlap. */
export const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not ' +
    'now of off on once only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves said says say ' +
    'according told s t would could may might must shall one two mr mrs ms').split(' '),
);

/** Content words: tokens minus stop words. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w));
}

/**
 * Trim text to at most `max` characters at a clause boundary (`;`, `,`, ` -- `) or, failing
 * that, at a word boundary, ending with an ellipsis. Never cuts inside a word or a surrogate pair.
 */
export function trimAtBoundary(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const limit = max - 1; // room for the ellipsis
  const head = t.slice(0, limit + 1);
  const clause = Math.max(head.lastIndexOf('; '), head.lastIndexOf(', '), head.lastIndexOf(' -- '), head.lastIndexOf(' — '));
  let cut: number;
  if (clause >= limit * 0.6) cut = clause;
  else {
    const space = head.lastIndexOf(' ');
    cut = space > 0 ? space : limit;
  }
  let out = t.slice(0, cut).replace(/[\s,;:—-]+$/u, '');
  // Never leave half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return `${out}…`;
}
