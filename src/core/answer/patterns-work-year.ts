/**
 * "When was 'The Collapse' published?" over 'novels translate as "In the Year of January" (1963),
 * "The Collapse" (1964), ...': a reporter lists an author's, band's or director's works with the
 * year in brackets after each title. The answer is the year written right after the title asked;
 * a title listed there without a year of its own ("followed by 'The Knot'") is not dated by the story.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const ASKS_WHEN = /^(?:when|in\s+what\s+year|what\s+year)\s+(?:was|were|did|is)\s+(.+?)\s+(?:first\s+)?(?:published|released|written|made|issued|staged|premiered|screened|recorded|shown|out|come\s+out|appear|published)\b/i;

export function workYear(q: string, prep: PreparedArticle): PatternResult | null {
  const m = ASKS_WHEN.exec(q.trim());
  if (!m) return null;
  const title = m[1].replace(/^["“'‘]|["”'’]$/gu, '').replace(/^(?:the\s+(?:book|novel|film|album|song|play|movie|record)\s+)/i, '').trim();
  if (title.length < 3 || !/\p{Lu}/u.test(title)) return null;
  const re = new RegExp(String.raw`${esc(title)}[,.]?["”'’]?,?\s*\(((?:1[5-9]|20)\d\d)\)`, 'iu');
  for (let k = 0; k < prep.sentences.length; k++) {
    const x = re.exec(prep.sentences[k].text);
    if (x) return { text: x[1], sentence: k, kind: 'unique' };
  }
  // The title listed among works that each carry their year, without one of its own: the story does not say.
  const named = new RegExp(String.raw`["“]${esc(title)}[,.]?["”]`, 'iu');
  for (let k = 0; k < prep.sentences.length; k++) {
    const t = prep.sentences[k].text;
    if (named.test(t) && /["”]\s*\(((?:1[5-9]|20)\d\d)\)/u.test(t)) return { text: null, sentence: k, kind: 'unique' };
  }
  return null;
}
