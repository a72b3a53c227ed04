/**
 * "Who is X's father?" (mother, parents) answered the other way round: a story names the parent
 * from the child's side. The span model reads "son" or the paper's name instead:
 *   - "Jaycee Chan, son of kung fu movie star Jackie Chan" / "Wyatt Russell, who plays ..., is the
 *     son of Kurt Russell and Goldie Hawn": the name(s) after "son/daughter/child of";
 *   - "Devon Still announced on Instagram that his daughter Leah is cancer-free": the subject of the
 *     clause that says "his/her daughter/son <the child's first name>".
 * The child must be written as asked (whole name for the first shape, first name for the second).
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { Cls } from './spans.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const ASKED = /^who (?:is|are|was|were) ((?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+?)['’]s? (?:father|mother|dad|mum|mom|parents|parent)\s*\??$/iu;
const NAME = `(?:[\\p{Lu}][\\p{L}'’.-]+\\s+){0,2}[\\p{Lu}][\\p{L}'’-]+`;
/** (Truecasing may give the word a capital: "Jaycee Chan, Son of kung fu movie Star Jackie Chan".) */
const KID = '(?:[Ss]on|[Dd]aughter|[Cc]hild|[Ss]tepson|[Ss]tepdaughter)';

/** The parent(s) of the child the question names, or null. */
export function parentOf(q: string, prep: PreparedArticle, ranked: readonly { sentence: number }[]): PatternResult | null {
  const m = ASKED.exec(q.trim());
  if (!m) return null;
  const child = m[1].split(/\s+/);
  // Any case for the child's name: a story written in lower case is truecased, but not always its names.
  const full = child.map((w) => `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${esc(w.slice(1))}`).join('\\s+');
  const first = full.split('\\s+')[0];
  const ofShape = new RegExp(
    `\\b${full}\\b,?\\s+(?:who\\b[^,;]{0,80},\\s+)?(?:(?:is|was)\\s+)?(?:the\\s+|a\\s+)?(?:eldest\\s+|youngest\\s+|only\\s+)?${KID}\\s+of\\s+(?:[\\p{L}-]+\\s+){0,4}?(${NAME}(?:\\s+and\\s+${NAME})?)`,
    'u',
  );
  for (const r of ranked) {
    const t = prep.sentences[r.sentence].text;
    const x = ofShape.exec(t);
    if (x) return { text: x[1], sentence: r.sentence, kind: 'relative' };
  }
  if (child.length < 2) return null;
  const kid = new RegExp(`^${first}$`, 'u');
  for (const r of ranked) {
    const toks = prep.sentences[r.sentence].tokens;
    const at = toks.findIndex((t, k) => k >= 2 && kid.test(t.text) && /^(?:son|daughter|child)$/.test(toks[k - 1].lower) && /^(?:his|her)$/.test(toks[k - 2].lower));
    if (at < 0) continue;
    // The nearest name before it that a verb follows ("Devon Still announced ... that his daughter Leah").
    for (let v = at - 3; v >= 1; v--) {
      if (toks[v].cls !== Cls.Verb && toks[v].cls !== Cls.VerbPast) continue;
      if (toks[v - 1].cls !== Cls.Cap) continue;
      let a = v - 1;
      while (a > 0 && toks[a - 1].cls === Cls.Cap && v - a < 3) a--;
      if (v - a < 2) break;
      const s = prep.sentences[r.sentence].text;
      return { text: s.slice(toks[a].start, toks[v - 1].end), sentence: r.sentence, kind: 'relative' };
    }
  }
  return null;
}
