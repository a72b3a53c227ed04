/**
 * "How much did profit fall?": the size of a change, as a reporter writes it beside the change
 * ("fell 4.2%", "rose by 6%", "a 38% drop in net profit"), not a level the thing moved from or to
 * ("fell to 212 million dollars from 342 million" gives two levels: the earlier one is no fall).
 * The thing asked about (and any time the question gives) must stand in the sentence, so "How
 * much did output fall in March?" is not answered from February's figure.
 */
import type { PreparedArticle } from './prepare.ts';
import { isStop, stem, type Token } from './spans.ts';
import type { PatternResult } from './patterns-typed.ts';

export const DOWN_VERBS = 'fall|fell|fallen|falls|falling|drop|dropped|drops|decline|declined|declines|slip|slipped|slips|slide|slid|slides|sink|sank|sunk|sinks|shrink|shrank|shrunk|shrinks|slump|slumped|slumps|plunge|plunged|plunges|tumble|tumbled|tumbles|decrease|decreased|decreases|lose|lost|loses';
export const UP_VERBS = 'rise|rose|risen|rises|rising|increase|increased|increases|jump|jumped|jumps|climb|climbed|climbs|grow|grew|grown|grows|gain|gained|gains|surge|surged|surges|soar|soared|soars|raise|raised|raises';
export const DOWN_NOUNS = 'fall|drop|decline|slump|plunge|decrease|loss|cut';
export const UP_NOUNS = 'rise|increase|jump|gain|growth|surge|hike';

/** A change's size: a qualifier, a number, and a per-cent sign or unit word ("nearly 90%", "1.7 percentage points", "55 per cent"). */
const SIZE = '((?:(?:about|around|nearly|almost|more than|less than|some|roughly|over|just over|just under)\\s+)?[$£€]?\\d(?:[\\d,.]*\\d)?(?:\\s*%|\\s+(?:per ?cent|percent|percentage points?|points?|(?:million|billion)(?:\\s+(?:dollars|pounds|euros))?|pence|cents))?)';

/** The question's shape: "(By) how much did/has X <change verb> (rest)?". */
const ASKED = new RegExp(`^(?:by\\s+)?how\\s+much\\s+(?:did|does|do|has|have|had|will|would)\\s+(.+?)\\s+(${DOWN_VERBS}|${UP_VERBS})\\b(.*)$`, 'i');

/** Content stems of some words ("the basket price" -> basket, price). */
function stems(words: string): string[] {
  return words
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\d-]/gu, ''))
    .filter((w) => w.length > 1 && !isStop(w))
    .map((w) => stem(w));
}

/** A sentence's stems, each part of a hyphenated word among them ("third-quarter net profit" says "quarter"). */
export function sentenceStems(tokens: readonly Token[]): Set<string> {
  const have = new Set<string>();
  for (const t of tokens) {
    have.add(t.stem);
    if (t.lower.includes('-')) for (const part of t.lower.split('-')) if (part) have.add(stem(part));
  }
  return have;
}

/** The size of the change asked about, from the best-ranked sentence that writes one; null when the question is not this shape or no sentence gives a size. */
export function changeSize(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKED.exec(q.trim().replace(/[?.!]+$/, ''));
  if (!m) return null;
  const down = new RegExp(`^(?:${DOWN_VERBS})$`, 'i').test(m[2]);
  const verbs = down ? DOWN_VERBS : UP_VERBS;
  const nouns = down ? DOWN_NOUNS : UP_NOUNS;
  const needed = [...stems(m[1]), ...stems(m[3])];
  if (needed.length === 0) return null;
  const shapes = [
    // "fell 4.2%", "rose by 6%", "was down 5 percent" is not read: "down" also means other things.
    new RegExp(`\\b(?:${verbs})\\s+(?:by\\s+)?${SIZE}(?![\\p{L}\\d])`, 'iu'),
    // "a 38% drop in third-quarter net profit", "a 4% rise".
    new RegExp(`\\b(?:a|an)\\s+${SIZE}[- ](?:${nouns})\\b`, 'i'),
  ];
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    const have = sentenceStems(s.tokens);
    if (!needed.every((w) => have.has(w))) continue;
    for (const re of shapes) {
      const x = re.exec(s.text);
      if (x) return { text: x[1].trim(), sentence: r.sentence, kind: 'measure' };
    }
  }
  return null;
}
