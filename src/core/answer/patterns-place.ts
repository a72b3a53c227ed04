/**
 * "Where was Lakhvi released from?", "Where was Lewis smuggling cocaine from?": a reporter writes
 * the place after "from" right behind the deed ("released early friday from a jail in the pakistani
 * city of rawalpindi"), so the answer is that phrase, in the sentence that says the deed of the
 * person asked about - not a day or another word of the sentence.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { sameVerb } from './patterns-typed.ts';

const ASKS_FROM = /^where (?:is|was|are|were|did|does|do|has|have|had) (.+?) from\s*\??$/i;
/** Words that end the place phrase: the next clause or attribution. */
const PHRASE_END = /[,;:.!?]|\s(?:according|after|before|when|while|because|but|and then|on|to|for)\s/i;

/** The place after "from" behind the deed asked about (see the file comment), or null. */
export function whereFrom(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKS_FROM.exec(q.trim());
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // The subject: its capitalised words (or "the ..." up to the verb); the deed: the first word after them.
  let k = 0;
  while (k < words.length - 1 && (/^\p{Lu}/u.test(words[k]) || /^(the|a|an|his|her|their|its)$/i.test(words[k]))) k++;
  const subject = words.slice(0, k).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/['’]s$/u, '').toLowerCase());
  const verb = words[k]?.toLowerCase();
  if (!verb || subject.length === 0) return null;
  for (const r of ranked) {
    if (r.coverage < 0.5) continue;
    const s = prep.sentences[r.sentence];
    if (!subject.every((w) => s.text.toLowerCase().includes(w))) continue;
    const at = s.tokens.findIndex((t) => t.isWord && sameVerb(t.lower, verb));
    if (at < 0) continue;
    // "from" within a few words after the deed ("released early friday from ...").
    const from = s.tokens.findIndex((t, j) => j > at && j <= at + 6 && t.lower === 'from');
    if (from < 0) continue;
    const rest = s.text.slice(s.tokens[from].end).trim();
    const end = rest.search(PHRASE_END);
    const text = (end > 0 ? rest.slice(0, end) : rest).trim();
    if (text.split(/\s+/).length >= 1 && text.length >= 3) return { text, sentence: r.sentence, kind: 'role' };
  }
  return null;
}
