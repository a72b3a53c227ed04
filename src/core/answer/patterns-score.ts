/**
 * "What was the score when City lost at Manchester United?": a match score ("4-2") in the
 * sentence that shares most of the question and names the sides it asks about. (Moved from
 * patterns.ts.)
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { isStop } from './spans.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

/** Words that make a score the state of a match on the way ("a 1-5 deficit", "a 4-2 lead"). */
const STATE_AFTER = /^\s+(?:deficit|hole|lead|advantage|cushion|margin)\b/i;

/** The score at the break: "half-time", "halftime", "the interval", "the break". */
const HALF = /half-?\s?time|\binterval\b|\bat the break\b/i;

export function score(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  if (!/^what (?:was|is|were) the (?:final |half-time |full-time |match )?score\b/i.test(q.trim())) return null;
  const half = HALF.test(q);
  // The score in the sentence that shares most of the question; on a tie, the earliest (the lead's match).
  let found: PatternResult | null = null;
  let cover = -1;
  // "What was the score when Aston Villa beat Tottenham?": the sides the question names must be in
  // the score's sentence or the one before it, or the score is another match's.
  // ("the Belgium-Turkey match", "the Hill-Jansher match": each side of a hyphenated pairing.)
  const sides = [...q.trim().matchAll(/(?<=\s)[\p{Lu}][\p{L}'’-]+/gu)].flatMap((x) => x[0].replace(/['’]s?$/u, '').toLowerCase().split(/-(?=\p{L}{3})/u));
  // "What was the score when Eyles beat Jansher in 1993?": a year the question names must be said around the score.
  const years = q.match(/\b(?:1[89]|20)\d{2}\b/g) ?? [];
  const asked = (q.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !isStop(w) && w !== 'score');
  for (const r of ranked) {
    const t = prep.sentences[r.sentence].text;
    if (half !== HALF.test(t)) continue;
    const around = `${prep.sentences[r.sentence - 1]?.text ?? ''} ${t}`.toLowerCase();
    if (!sides.every((w) => around.includes(w)) || !years.every((y) => around.includes(y))) continue;
    const m = scoreNearest(t, asked);
    if (m && (r.coverage > cover + 1e-9 || (Math.abs(r.coverage - cover) < 1e-9 && found && r.sentence < found.sentence))) {
      found = { text: m, sentence: r.sentence, kind: 'score' };
      cover = r.coverage;
    }
  }
  return found;
}

/**
 * The score of a sentence; of several ("the 2-0 win over Newcastle ... City lost 4-2 at
 * Manchester United"), the one with most of the question's words within six words of it.
 */
function scoreNearest(t: string, asked: readonly string[]): string | null {
  let best: string | null = null;
  let most = -1;
  // A match of sets or games is scored set by set, and the whole run is its score ("3-6 6-3 6-3 1-0").
  for (const m of t.matchAll(/\b(\d{1,3}-\d{1,3}(?:\s+\d{1,3}-\d{1,3}\b(?!-))*)\b(?!-)|\b(?:goalless|scoreless) draw\b/gi)) {
    // A state of play on the way, not a result: "from a 1-5 deficit", "a dangerous 3-6 0-4 hole", "a 4-2 lead".
    if (STATE_AFTER.test(t.slice(m.index + m[0].length))) continue;
    const near = (`${t.slice(0, m.index).split(/\s+/).slice(-6).join(' ')} ${t.slice(m.index + m[0].length).split(/\s+/).slice(0, 7).join(' ')}`.toLowerCase().match(/\p{L}+/gu) ?? ([] as string[]));
    const n = asked.filter((w) => near.includes(w)).length;
    if (n > most) [best, most] = [m[1] ?? m[0], n];
  }
  return best;
}

/** A match deed a reporter dates by the minute ("open the scoring in the ninth minute"). */
const MATCH_DEED = /^when did (.+?) (?:score|net|equali[sz]e|level|head home|break the deadlock|(?:take|regain|restore|double|extend) (?:the|their|his|her) lead|pull one back|open the scoring|come on|get sent off|(?:get|be) booked)\b/i;
/** The minute of a match: "in the ninth minute", "the 23rd minute", "with 20 minutes to go". */
const MINUTE = /\b(?:in\s+)?(the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|opening|closing)\s+minute|with\s+(?:\d{1,2}|two|three|four|five|ten|fifteen|twenty)\s+minutes?\s+(?:to go|left|remaining))\b/gi;

/**
 * "When did Sterling score?": the minute a match report gives the deed ("Raheem Sterling ... to
 * open the scoring in the ninth minute", "Joe Allen ... with 20 minutes to go"), not the day of
 * the match: the minute nearest after the one asked about, in a sentence that names them.
 */
export function matchMinute(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const who = MATCH_DEED.exec(q.trim())?.[1];
  const last = who?.split(/\s+/).pop()?.replace(/['’]s$/u, '');
  if (!last || last.length < 3 || isStop(last.toLowerCase())) return null;
  const name = new RegExp(`\\b${esc(last)}\\b`, 'i');
  for (const r of ranked) {
    const t = prep.sentences[r.sentence].text;
    const at = name.exec(t)?.index;
    if (at === undefined) continue;
    for (const m of t.matchAll(MINUTE)) if (m.index > at) return { text: m[1], sentence: r.sentence, kind: 'unique' };
  }
  return null;
}
