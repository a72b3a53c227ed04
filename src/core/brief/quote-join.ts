/**
 * Quotations kept whole in key points: the sentence splitter cuts a quotation wherever a
 * sentence ends inside it ("She is very religious. But she is very moderate," said ...), and
 * tokenized copy leaves a closing mark at the start of the next sentence. Here the pieces are
 * joined back; what cannot be made whole nearby, and page debris, is left out.
 */
import { isDebris, quoteImbalance } from './checks.ts';
import type { CleanSentence } from './clean.ts';

/** A quotation cut by the splitter is joined back over at most this many more sentences. */
const MAX_JOIN = 3;

/** A cleaned sentence, or a run of them joined back into one quotation. */
export interface Unit extends CleanSentence {
  /** Index of the last original sentence it takes in. */
  last: number;
}

/** Any quotation mark, straight or curly, double or single. */
export const QUOTE_CHARS = /["“”'‘’]/;

/**
 * Join back the quotations the splitter cut ("She is very religious. But she is very
 * moderate," said ...): a sentence that leaves a quotation open takes in the sentences after
 * it, up to MAX_JOIN, until the quotation closes. A sentence whose quotation never closes
 * nearby (or that closes one it never opened) is dropped: shown alone it would be half a
 * quotation. Debris (bylines, fixture and score lines, table rows) is dropped too.
 */
export function joinQuotations(cleaned: CleanSentence[], source?: ParagraphSource): Unit[] {
  const out: Unit[] = [];
  startsSource = source;
  starts = null;
  moveStrayClosingMarks(cleaned);
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned[i];
    if (isDebris(c.text)) continue;
    if (!QUOTE_CHARS.test(c.text) || quoteImbalance(c.text) === 0) {
      out.push({ index: c.index, last: c.index, text: c.text, caption: c.caption });
      continue;
    }
    let text = c.text;
    let joined: Unit | null = null;
    for (let j = i + 1; j < cleaned.length && j <= i + MAX_JOIN && follows(cleaned, j); j++) {
      text = `${text} ${cleaned[j].text}`;
      if (quoteImbalance(text) === 0) {
        joined = { index: c.index, last: cleaned[j].index, text, caption: c.caption };
        i = j;
        break;
      }
    }
    if (joined) out.push(joined);
  }
  // Nothing whole is left (a text of bare quotations or fixture lines): brief what there is
  // rather than nothing.
  startsSource = undefined;
  starts = null;
  if (!out.length) return cleaned.map((c) => ({ index: c.index, last: c.index, text: c.text, caption: c.caption }));
  return out;
}

/** Where the article's paragraphs start, asked for only when a quotation is to be joined (see KeyPointInput). */
export interface ParagraphSource {
  paragraphStarts?: () => ReadonlySet<number>;
}

const NO_STARTS: ReadonlySet<number> = new Set<number>();

// The article being joined and its paragraph starts once asked for: module state rather than a
// closure made for every article briefed (one article is joined at a time, synchronously).
let startsSource: ParagraphSource | undefined;
let starts: ReadonlySet<number> | null = null;

/** Is sentence j (of the cleaned list) the one after j - 1 in the same paragraph? */
function follows(cleaned: readonly CleanSentence[], j: number): boolean {
  if (cleaned[j].index !== cleaned[j - 1].index + 1) return false;
  starts ??= startsSource?.paragraphStarts?.() ?? NO_STARTS;
  return !starts.has(cleaned[j].index);
}

/** A quote mark standing alone at a sentence's start, as tokenized copy leaves it: "' The clip ...". */
const LEADING_MARK = /^(["'’”]) (?=\S)/;

/**
 * The splitter sometimes leaves a quotation's closing mark at the start of the next sentence
 * ("... Bel-Air. ' The clip ..."): put it back at the end of the sentence it closes, when that
 * makes both whole. Edits the list in place.
 */
function moveStrayClosingMarks(cleaned: CleanSentence[]): void {
  for (let i = 1; i < cleaned.length; i++) {
    const t = cleaned[i].text;
    // Cheap test first: a quote mark, then a space.
    if (t.charCodeAt(1) !== 32 || !`"'’”`.includes(t[0])) continue;
    const m = LEADING_MARK.exec(t);
    if (!m || !follows(cleaned, i)) continue;
    const rest = cleaned[i].text.slice(m[0].length);
    const before = `${cleaned[i - 1].text} ${m[1]}`;
    if (quoteImbalance(rest) === 0 && quoteImbalance(cleaned[i - 1].text) > 0 && quoteImbalance(before) === 0) {
      cleaned[i - 1] = { ...cleaned[i - 1], text: before };
      cleaned[i] = { ...cleaned[i], text: rest };
    }
  }
}
