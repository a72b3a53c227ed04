/**
 * An amount asked of a region (a US state, a province, a county) over a sentence about another
 * region: "How many people turned out in Florida?" over "In Colorado, more than 70,000 people
 * turned out for its caucus" gives Colorado's figure, not Florida's; "How many people turned out
 * in Maine?" over a story that names other states but never Maine gives none of Maine's.
 * grounding-details.ts holds the same check for countries and cities; a story that compares
 * states or counties figure by figure (turnout, cases, sales) is as common in news copy.
 */
import type { PreparedArticle } from './prepare.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';

/** A question that asks for an amount. */
/** "How much / how many ...?", "By how much ...?": a question that asks an amount (grounding-details.ts reads it too). */
export const AMOUNT_ASKED = /^\s*(?:by\s+)?how\s+(?:much|many)\b/i;
/** Capitalised words (and pairs: "New Hampshire", "South Carolina") of a text. */
const CAPS = /\b[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?/gu;

const isRegion = (name: string): boolean => PLACE_LOOKUP.get(name) === 'region';

/** The regions a text names (one word or two). */
function regionsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CAPS)) {
    const words = m[0].split(/\s+/);
    if (words.length === 2 && isRegion(m[0])) found.push(m[0]);
    else for (const w of words) if (isRegion(w)) found.push(w);
  }
  return found;
}

/** The region a question asks about, written after its first word, or null. */
function askedRegion(question: string): string | null {
  const rest = question.replace(/^\s*\S+/, '');
  return regionsIn(rest)[0] ?? null;
}

/**
 * Why sentence `k` cannot give the amount asked of a region, or null: the sentence names another
 * region and not the asked one; or neither it nor the sentences beside it name the asked region,
 * and the story never names it but names another region.
 */
export function regionConflict(question: string, prep: PreparedArticle, k: number): string | null {
  if (!AMOUNT_ASKED.test(question)) return null;
  const region = askedRegion(question);
  if (!region) return null;
  const says = (text: string) => new RegExp(`\\b${region}\\b`, 'i').test(text);
  const sentence = prep.sentences[k]?.text ?? '';
  if (says(sentence)) return null;
  // (The sentence names another region: its figure is that region's, whatever stands beside it.)
  const other = regionsIn(sentence).find((r) => r !== region);
  if (other) return `is about ${other}, not ${region}`;
  // (A sentence naming no region may go on about the one named beside it: "In Florida, the decline
  // was plain. ... 1.6 million people turned out".)
  const near = [k - 1, k + 1].filter((j) => j >= 0 && j < prep.sentences.length).map((j) => prep.sentences[j].text);
  if (near.some(says)) return null;
  if (!prep.sentences.some((s) => says(s.text)) && prep.sentences.some((s) => regionsIn(s.text).some((r) => r !== region))) return `never mentions ${region}`;
  return null;
}
