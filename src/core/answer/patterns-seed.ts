/**
 * "What seed was Washington?", "What is Eyles's seeding?": a tournament report writes a player's
 * seeding as an ordinal before the name ("The 11th-seeded Washington", "10th seed Rios",
 * "sixth-seeded former champion Agassi") or after it ("Carla Suárez Navarro, the 14th seed"). The
 * answer is that ordinal, in a sentence that names the player.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const ASKS_SEED = /^(?:what (?:seed|seeding) (?:is|was) (.+?)|what (?:is|was) (.+?)['’]s? seeding|how (?:is|was) (.+?) seeded)\s*\??$/i;
const ORDINAL = String.raw`(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|top)`;

export function seed(q: string, prep: PreparedArticle): PatternResult | null {
  const m = ASKS_SEED.exec(q.trim());
  const who = m?.[1] ?? m?.[2] ?? m?.[3];
  const name = who?.split(/\s+/).pop()?.replace(/['’]s?$/u, '');
  if (!name || name.length < 3) return null;
  const n = esc(name);
  // Up to three words between the seeding and the name ("sixth-seeded former champion Agassi"), none a verb's end of clause.
  const before = new RegExp(String.raw`\b${ORDINAL}(?:-seeded|\s+seed)\s+(?:[\p{L}'’.-]+\s+){0,3}${n}\b`, 'iu');
  const after = new RegExp(String.raw`\b${n}\b,?\s+(?:the\s+)?${ORDINAL}(?:-seeded|\s+seed)\b`, 'iu');
  for (let k = 0; k < prep.sentences.length; k++) {
    const t = prep.sentences[k].text;
    const x = before.exec(t) ?? after.exec(t);
    if (x) return { text: x[1], sentence: k, kind: 'role' };
  }
  return null;
}
