/**
 * "How long do people need to walk each day?" over "People over 60 who walk for at least 30
 * minutes a day are 24 percent less likely ...": a length of time the question asks per day (or
 * week, night, month) is the one the sentence writes with that rate ("at least 30 minutes a day"),
 * in a sentence that says the asked verb. The span model gave the share ("24 percent").
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { NUM_WORD, QUALIFIER } from './patterns-words.ts';
import { sameVerb } from './asked-verb.ts';
import { isStop } from './spans.ts';

const ASKED = /^how long\b(.*?)\b(?:each|a|per|every)\s+(day|week|night|month|year)\s*\??$/i;

/** The length per unit of time the question asks, as the sentence writes it with its rate, or null. */
export function lengthPerTime(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKED.exec(q.trim());
  if (!m) return null;
  const unit = m[2].toLowerCase();
  // The question's verbs and nouns after "how long": one of them must be in the sentence ("walk").
  const words = m[1].split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, '')).filter((w) => w.length > 2 && !isStop(w) && !/^(?:need|needs|should|must|have|has|people|person|does|did|do)$/.test(w));
  if (words.length === 0) return null;
  const length = new RegExp(`\\b(${QUALIFIER}${NUM_WORD}(?:\\s+(?:and\\s+a\\s+half|or\\s+${NUM_WORD}))?\\s+(?:minutes?|hours?|seconds?|days?|nights?|weeks?))\\s+(?:a|each|per|every)\\s+${unit}\\b`, 'i');
  for (const r of ranked) {
    if (r.coverage === 0) break;
    const s = prep.sentences[r.sentence];
    if (!words.some((w) => s.tokens.some((t) => sameVerb(t.lower, w)))) continue;
    const x = length.exec(s.text);
    if (x) return { text: x[1].trim(), sentence: r.sentence, kind: 'duration' };
  }
  return null;
}
