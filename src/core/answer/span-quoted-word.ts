/**
 * "What did the prosecutor call Kelly's death?" over "prosecutor David Brown told jurors Kelly's
 * death amounted to "cold-blooded murder,"", "How did Dr Poole describe replicating it?" over
 * "Replicating a complex ecology ... would be "challenging", she said", "What did Keith Brown say
 * about the case?" over "Keith Brown said the case ... was "compelling" and had been backed by ...":
 * a reporter quotes the speaker's own word for the thing, and that short quote is the answer, not
 * the speaker's name or the clause around it. span-news.ts calledQuote reads the quote after a
 * calling verb ("described it as"); this reads it when the sentence uses no such verb.
 *
 * Only double quotation marks (an apostrophe is no quote), only a quote of at most MAX_WORDS words,
 * and with several quotes only the one the question's words or an "as"/"was"/"is" stand right before.
 */
import type { QuestionInfo } from './question-type.ts';
import type { SpanRange } from './span-names.ts';
import type { Token } from './spans.ts';

/** "What did X call Y?", "How did X describe Y?", "What did X say about Y?". */
const QUOTE_ASKED = /^(?:what\s+(?:did|does|has|have|had)\s+.+?\s+(?:call|calls|called|describe|term|dub|label)\b|how\s+(?:did|does|has|have|had)\s+.+?\s+(?:describe|described|characteri[sz]e)\b|what\s+(?:did|does|has|have|had)\s+.+?\s+say\s+about\b)/i;
const QUOTE = /^["“”]$/;
/** Longest quote read as the word put to the thing, in words. */
const MAX_WORDS = 8;
/** Words a reporter writes right before the quoted word for a thing. */
const LEAD = /^(?:as|was|is|were|are|be|been)$/;

/** The double-quoted phrases of a sentence, as [first word, last word] ranges. */
function quotes(toks: readonly Token[]): SpanRange[] {
  const out: SpanRange[] = [];
  let open = -1;
  for (let k = 0; k < toks.length; k++) {
    if (!QUOTE.test(toks[k].text)) continue;
    if (open < 0 && toks[k].text !== '”') open = k;
    else if (open >= 0 && toks[k].text !== '“') {
      let a = open + 1;
      let b = k - 1;
      while (a <= b && !toks[a].isWord) a++;
      while (b >= a && !toks[b].isWord) b--;
      if (a <= b) out.push([a, b]);
      open = -1;
    }
  }
  return out;
}

/** The span [i, j] moved to the quoted word for the thing asked, or null. */
export function quotedWordAsked(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  if ((info.wh !== 'what' && info.wh !== 'how') || !QUOTE_ASKED.test(q.trim())) return null;
  // The speaker must be the sentence's: a word of the one asked about ("the prosecutor", "Linklater"),
  // or a pronoun that says ("..., she said"); not 'Sgt. Clark said Bates was the "victim"' for "What did Stinson call ...?".
  const speaker = /^\S+\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:call|calls|called|describe|described|characteri[sz]e|term|dub|label|say)\b/i.exec(q.trim())?.[1] ?? '';
  const speakerWords = speaker.toLowerCase().match(/[\p{L}]+/gu)?.filter((w) => !/^(?:the|a|an|of)$/.test(w)) ?? [];
  const says = toks.some((t, k) => /^(?:he|she|they)$/.test(t.lower) && /^(?:said|says|added|told)$/.test(toks[k + 1]?.lower ?? ''));
  if (!says && !speakerWords.some((w) => toks.some((t) => t.lower === w))) return null;
  const short = quotes(toks).filter(([a, b]) => toks.slice(a, b + 1).filter((t) => t.isWord).length <= MAX_WORDS);
  if (short.length === 0) return null;
  const terms = new Set(info.terms);
  const lead = (r: SpanRange) => {
    const before = toks.slice(Math.max(0, r[0] - 5), r[0]).filter((t) => t.isWord && !/^(?:a|an|the)$/.test(t.lower));
    const last = before[before.length - 1];
    return { term: before.slice(-2).some((t) => terms.has(t.stem)), word: last !== undefined && LEAD.test(last.lower) };
  };
  let pick: SpanRange | undefined;
  if (short.length === 1) pick = short[0];
  else {
    // (The quote after "as"/"was" first: "described his latest film, "Everybody Wants Some!!," as a
    // "spiritual sequel""; among several such, the one after the thing asked: "lauding Ward as "...".)
    const byWord = short.filter((r) => lead(r).word);
    const pool = byWord.length > 0 ? byWord : short;
    const byTerm = pool.filter((r) => lead(r).term);
    pick = pool.length === 1 ? pool[0] : byTerm.length === 1 ? byTerm[0] : undefined;
  }
  if (!pick) return null;
  // (A span inside the quote already, or the quote itself, stays.)
  if (i >= pick[0] && j <= pick[1]) return null;
  return pick;
}
