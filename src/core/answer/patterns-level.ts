/**
 * A market report's levels, read as a reporter writes them:
 * - "What did October crude stand at?" over "October crude stood eight cents higher at $22.23 a
 *   barrel": the figure after "at" of the verb asked (stood, closed, ended, settled, opened,
 *   finished, traded), not the move before it;
 * - "What was the crack spread?" over "The spread narrowed to $4.22 a barrel from Thursday's
 *   $4.58": the level the change moved the thing to; asked of the earlier day ("What was the spread
 *   on Thursday?"), the level after "from Thursday's".
 * The thing asked about (its content words) must stand in the sentence.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { DOWN_VERBS, SIZE, UP_VERBS, sentenceStems, stems } from './patterns-change.ts';

/** Up to 60 characters of the same clause (a decimal point is no sentence end). */
const GAP = '(?:[^.;]|\\.(?=\\d)){0,60}?';

type Ranked = readonly { sentence: number; coverage: number }[];

const LEVEL_VERBS: Record<string, string> = {
  stand: 'stood|stands|was standing',
  close: 'closed|closes',
  end: 'ended|ends',
  settle: 'settled|settles',
  open: 'opened|opens',
  finish: 'finished|finishes',
  trade: 'traded|trades|was trading|were trading',
};

const ASKED_AT = /^what\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(stand|close|end|settle|open|finish|trade)\s+at\b(.*)$/i;

export function levelAt(q: string, prep: PreparedArticle, ranked: Ranked): PatternResult | null {
  const m = ASKED_AT.exec(q.trim().replace(/[?.!]+$/, ''));
  if (!m) return null;
  const needed = [...stems(m[1]), ...stems(m[3])];
  if (needed.length === 0) return null;
  const at = new RegExp(`\\b(?:${LEVEL_VERBS[m[2].toLowerCase()]})\\b${GAP}\\bat\\s+${SIZE}(?![\\p{L}\\d])`, 'giu');
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    const have = sentenceStems(s.tokens);
    if (!needed.every((w) => have.has(w))) continue;
    const x = ownClause(s.text, at, needed);
    if (x && /\d/.test(x[1])) return { text: x[1].trim(), sentence: r.sentence, kind: 'measure' };
  }
  return null;
}

const ASKED_PLAIN = /^what\s+(?:was|were|is|are)\s+(?:the\s+|its\s+|their\s+)?(.+?)(?:\s+on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))?$/i;
const TIMED = /\b(?:in|on|at|for|from|since|during|by|before|after|earlier|later|ago|last|previous|prior|old|new|now|this|next|year|month|week|quarter|forecast|estimate)\b/i;
const MOVED = `(?:${UP_VERBS}|${DOWN_VERBS}|narrowed|narrows|widened|widens|eased|eases|firmed|firms)`;

export function levelMoved(q: string, prep: PreparedArticle, ranked: Ranked): PatternResult | null {
  const m = ASKED_PLAIN.exec(q.trim().replace(/[?.!]+$/, ''));
  if (!m) return null;
  // A thing asked at another time or in another frame ("net profit a year earlier", "inflation in
  // February", "the growth forecast for this year", "the previous rate") is other patterns' to read.
  if (TIMED.test(m[1])) return null;
  const needed = stems(m[1]);
  if (needed.length === 0) return null;
  const day = m[2];
  const moved = day
    ? new RegExp(`\\b${MOVED}\\b${GAP}\\bfrom\\s+${day}['’]s\\s+${SIZE}(?![\\p{L}\\d])`, 'giu')
    : new RegExp(`\\b${MOVED}\\b\\s+(?:(?:by\\s+)?${SIZE}\\s+)?to\\s+${SIZE}(?![\\p{L}\\d])`, 'giu');
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    const have = sentenceStems(s.tokens);
    if (!needed.every((w) => have.has(w))) continue;
    const x = ownClause(s.text, moved, needed);
    const level = x ? (day ? x[1] : x[2]) : undefined;
    if (level && /\d/.test(level)) return { text: level.trim(), sentence: r.sentence, kind: 'measure' };
  }
  return null;
}

/** Stems of some words, each part of a hyphenated word among them ("oil-to-crude" says "oil"). */
function wordStems(text: string): Set<string> {
  const have = new Set<string>();
  for (const w of text.split(/\s+/)) {
    for (const x of stems(w)) have.add(x);
    if (w.includes('-')) for (const part of w.split('-')) for (const x of stems(part)) have.add(x);
  }
  return have;
}

/**
 * The match whose own stretch of the sentence (from the previous match's end) says the thing asked
 * about: "the heating oil spread narrowed to $4.22 ... while the gasoline spread narrowed to $3.60"
 * gives $3.60 for the gasoline spread; when no stretch says it all, the first match.
 */
function ownClause(text: string, re: RegExp, needed: readonly string[]): RegExpExecArray | null {
  re.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let from = 0;
  for (let x = re.exec(text); x; x = re.exec(text)) {
    first ??= x;
    const have = wordStems(text.slice(from, x.index));
    if (needed.every((w) => have.has(w))) return x;
    from = x.index + x[0].length;
  }
  return first;
}
