/**
 * "Which city will ban the containers?": a reporter names a city with the region it lies in ("Wuhan,
 * capital of the central province of Hubei", "the port city of Xiamen, in Fujian province", "the
 * main northern Iraqi city of Arbil"). The answer is the name the sentence calls a city (town,
 * port, village), never the province, state or country around it, in a sentence that says what the
 * question asks (all its content words, or all but one of four or more).
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { sentenceStems, stems } from './patterns-change.ts';

const ASKS_CITY = /^(?:which|what)\s+(?:other\s+|second\s+)?(city|town|port|village)\s+(.+)$/i;
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
const KIND = 'city|town|port|village|seaport|capital';

export function cityNamed(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKS_CITY.exec(q.trim().replace(/[?.!]+$/, ''));
  if (!m) return null;
  const needed = stems(m[2].replace(/\b(?:did|does|do|is|are|was|were|will|would|has|have|had)\b/gi, ' '));
  if (needed.length === 0) return null;
  // "the (main northern) city of Arbil", "the port city of Xiamen"; "Wuhan, capital of ...".
  const shapes = [new RegExp(String.raw`\b(?:${KIND})\s+of\s+${NAME}`, 'u'), new RegExp(String.raw`${NAME},\s+(?:the\s+)?(?:\p{Ll}+\s+)?capital\s+of\b`, 'u')];
  for (const r of ranked.slice(0, 8)) {
    const s = prep.sentences[r.sentence];
    const have = sentenceStems(s.tokens);
    const missing = needed.filter((w) => !have.has(w)).length;
    if (missing > (needed.length >= 4 ? 1 : 0)) continue;
    for (const re of shapes) {
      const x = re.exec(s.text);
      if (x) return { text: x[1], sentence: r.sentence, kind: 'unique' };
    }
  }
  return null;
}
