/**
 * Truecasing: give back the capitals of copy written all in lower case ("(cnn) james best, best
 * known for his portrayal of sheriff rosco p. coltrane ..."), so that the parts that read names
 * from capitals (the entity finder) see "James Best", "Rosco P. Coltrane", "Hickory, North
 * Carolina". Some feeds and copied texts lose their capitals; without them a story lists no one.
 *
 * How, by hand (no model): the brill lexicon (Penn Treebank words with their tags, as written)
 * knows "james" only as "James" and "hickory" as a common noun; a word it does not know in any
 * case, and that no inflection of a known word explains ("latshaw", "coltrane"), is taken for a
 * name; the gazetteer's multiword places and organisations ("north carolina") and first names
 * are matched as phrases; and the story supplies the rest: a word after "mr." or a title
 * ("sheriff bush"), a surname next to a first name ("james best"), an initial between names
 * ("p."), and a surname the story named in full coming back alone before a verb ("best died").
 * Every change is a change of letter case only, so the text keeps its length and every offset.
 * Only copy detected as lower case is touched: a cased story is returned as it is.
 */
import { isLowerCaseText } from './lower-case-text.ts';
import { context, HONORIFIC, matchPhrases, VERB_AFTER, wordsOf, type Word } from './truecase-context.ts';
import { factsOf, LONGEST_PHRASE, NONE, PHRASES, tags } from './truecase-word-facts.ts';

export { isLowerCaseText };

/**
 * The sentences of a story (title first, if any) with their capitals given back when the story
 * is written in lower case; the same array when it is not. Each returned sentence has the same
 * length as the one given, letter for letter.
 * `hints`: text whose capitals are trusted (a user's question: "Who is James Best?").
 */
export function truecaseSentences(sentences: readonly string[], hints = ''): readonly string[] {
  if (!isLowerCaseText(sentences)) return sentences;
  return truecaseAll(sentences, hints);
}

/** Truecase every sentence (the story is known to be lower case). */
export function truecaseAll(sentences: readonly string[], hints = ''): string[] {
  const hinted = hintPhrases(hints);
  const all = sentences.map(wordsOf);
  // Pass 1: each word alone, then phrases, then each sentence's context.
  for (const ws of all) {
    for (const w of ws) w.cased = factsOf(w.core).cased;
    matchPhrases(ws, PHRASES, LONGEST_PHRASE);
    if (hinted.size) matchPhrases(ws, hinted, 6);
    context(ws);
  }
  // Pass 2: surnames of the people the story named in full, where they come back alone.
  const surnames = new Map<string, string>();
  for (const ws of all) {
    for (let i = 1; i < ws.length; i++) {
      const a = ws[i - 1];
      const b = ws[i];
      if (a.cased && b.cased && factsOf(a.core).first && !b.dotted && !a.possessive) surnames.set(b.core, b.cased);
    }
  }
  for (const ws of all) {
    ws.forEach((w, i) => {
      if (w.cased || !surnames.has(w.core)) return;
      const next = ws[i + 1];
      const prev = ws[i - 1];
      const nextTags = next ? tags(next.core) : NONE;
      if (w.possessive || (next && nextTags.some((t) => VERB_AFTER.test(t))) || (prev && HONORIFIC.has(prev.core))) w.cased = surnames.get(w.core) ?? null;
    });
  }
  return sentences.map((s, k) => apply(s, all[k]));
}

/** Phrases of the hint text that it writes with capitals, by lowercase phrase, past its first word. */
function hintPhrases(hints: string): Map<string, string> {
  const out = new Map<string, string>();
  const runs = hints.match(/(?<=\S\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu) ?? [];
  for (const r of runs) {
    const words = r.split(/\s+/).map((w) => w.replace(/['’]s$|\.$/u, ''));
    out.set(words.join(' ').toLowerCase(), words.join(' '));
    for (const w of words) if (!factsOf(w.toLowerCase()).closed) out.set(w.toLowerCase(), w);
  }
  return out;
}

/** The sentence with the words' cases and its first letter capitalised. */
function apply(s: string, ws: readonly Word[]): string {
  let out = '';
  let pos = 0;
  for (const w of ws) {
    if (!w.cased || w.cased.length !== w.core.length) continue;
    out += s.slice(pos, w.at) + w.cased;
    pos = w.at + w.core.length;
  }
  out += s.slice(pos);
  // The sentence's first letter, and "i" alone.
  out = out.replace(/^([^\p{L}\p{N}]*)(\p{Ll})/u, (_, a: string, c: string) => a + (c.toUpperCase().length === 1 ? c.toUpperCase() : c));
  out = out.replace(/(?<![\p{L}\p{N}'’])i(?=$|[\s'’,.;:!?")])/gu, 'I');
  return out.length === s.length ? out : s;
}
