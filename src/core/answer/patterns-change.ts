/**
 * "How much did profit fall?": the size of a change, as a reporter writes it beside the change
 * ("fell 4.2%", "rose by 6%", "a 38% drop in net profit"), not a level the thing moved from or to
 * ("fell to 212 million dollars from 342 million" gives two levels: the earlier one is no fall).
 * The thing asked about (and any time the question gives) must stand in the sentence, so "How
 * much did output fall in March?" is not answered from February's figure.
 */
import { CURRENCY_NAMES_SOURCE } from '../text/currency-words.ts';
import type { PreparedArticle } from './prepare.ts';
import { isStop, stem, type Token } from './spans.ts';
import type { PatternResult } from './patterns-typed.ts';

export const DOWN_VERBS = 'fall|fell|fallen|falls|falling|drop|dropped|drops|decline|declined|declines|slip|slipped|slips|slide|slid|slides|sink|sank|sunk|sinks|shrink|shrank|shrunk|shrinks|slump|slumped|slumps|plunge|plunged|plunges|tumble|tumbled|tumbles|decrease|decreased|decreases|lose|lost|loses';
export const UP_VERBS = 'rise|rose|risen|rises|rising|increase|increased|increases|jump|jumped|jumps|climb|climbed|climbs|grow|grew|grown|grows|gain|gained|gains|surge|surged|surges|soar|soared|soars|raise|raised|raises';
export const DOWN_NOUNS = 'fall|drop|decline|slump|plunge|decrease|loss|cut';
export const UP_NOUNS = 'rise|increase|jump|gain|growth|surge|hike';

/** A change's size: a qualifier, a number, and a per-cent sign or unit word ("nearly 90%", "1.7 percentage points", "55 per cent"). */
export const SIZE = '((?:(?:about|around|nearly|almost|more than|less than|some|roughly|over|just over|just under)\\s+)?(?:[$£€]?\\d(?:[\\d,.]*\\d)?(?:bn|m|k)?(?:\\s*%|\\s+(?:per ?cent|percent|percentage points?|basis points?|points?|(?:million|billion|trillion)(?:\\s+(?:[A-Z][a-z]+\\s+){0,2}(?:' + CURRENCY_NAMES_SOURCE + '))?|pence|cents))?|' +
  // A central bank's words for a step: "half a percentage point", "a quarter point", "three-quarters of a point".
  '(?:half|a quarter|three[- ]quarters)(?:\\s+of)?\\s+a\\s+(?:percentage\\s+)?point|a\\s+(?:half|quarter)[- ](?:percentage[- ])?point))';

/** The question's shape: "(By) how much did/has X <change verb> (rest)?". */
const ASKED = new RegExp(`^(?:by\\s+)?how\\s+much\\s+(?:did|does|do|has|have|had|will|would)\\s+(.+?)\\s+(${DOWN_VERBS}|${UP_VERBS})\\b(.*)$`, 'i');

/** Content stems of some words ("the basket price" -> basket, price). */
export function stems(words: string): string[] {
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
    // "raised its official cash rate by half a percentage point": the thing changed between the verb and "by".
    new RegExp(`\\b(?:${verbs})\\s+(?:[\\p{L}'’-]+\\s+){1,5}?by\\s+${SIZE}(?![\\p{L}\\d])`, 'iu'),
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

/**
 * "What is the new cash rate?", "What is the price now?": the level a change moved the thing to; so
 * is "What was net profit?" over "Net profit dropped 38 percent to 612 million crowns" (a company's
 * figure asked plainly is its level, not the change).
 */
const ASKED_NEW = /^what\s+(?:is|are|was|were)\s+(?:the\s+|its\s+|their\s+)?new\s+(.+)$|^what\s+(?:is|are)\s+(?:the\s+)?(.+?)\s+now$|^what\s+(?:is|are|was|were)\s+(?:the\s+|its\s+|their\s+|(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?['’]s\s+)?((?:(?:net|operating|pre-tax|pretax|core|underlying|quarterly|annual)\s+)?(?:profit|revenue|revenues|sales|earnings|income|turnover))$/iu;
/** "What was the cash rate before the decision?", "What was the previous rate?": the level it moved from. */
const ASKED_OLD = /^what\s+(?:was|were)\s+(?:the\s+|its\s+|their\s+)?(.+?)\s+before\b.*$|^what\s+(?:was|were|is)\s+(?:the\s+|its\s+|their\s+)?(?:old|previous|former|earlier)\s+(.+)$/i;

/**
 * "What is the new cash rate?" over "raised its official cash rate by half a percentage point to
 * 4.75 percent": the level after "to" in the sentence that says the change of the thing asked
 * about (not "expected the cash rate to peak at 5.5 percent", where nothing has moved); asked the
 * level before, the one after "from", and when the change's sentence gives none, the article does not say.
 */
export function changeLevel(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const text = q.trim().replace(/[?.!]+$/, '');
  const m = ASKED_NEW.exec(text);
  const o = m ? null : ASKED_OLD.exec(text);
  if (!m && !o) return null;
  const needed = stems((m ? m[1] ?? m[2] ?? m[3] : o![1] ?? o![2]) ?? '');
  if (needed.length === 0) return null;
  const verb = new RegExp(`\\b(?:${UP_VERBS}|${DOWN_VERBS}|cut|cuts|lowered|lowers|hiked|hikes|reduced|reduces)\\b`, 'i');
  // (The level it moved from may be named for what it was: "from a 16-year high of 5.25%".)
  const level = new RegExp(`\\b${m ? 'to' : 'from(?:\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}(?:high|low|peak|level|record)\\s+of)?'}\\s+${SIZE}(?![\\p{L}\\d])`, 'iu');
  // (A change said without its levels - "able to cut interest rates today," Bailey said - does not
  // stop the search: a later sentence may give them, "lowering Bank Rate to 5.0% from 5.25%".)
  let unsaid: number | null = null;
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    const have = sentenceStems(s.tokens);
    if (!needed.every((w) => have.has(w))) continue;
    const v = verb.exec(s.text);
    if (!v) continue;
    const x = level.exec(s.text.slice(v.index));
    if (x && /\d/.test(x[1])) return { text: x[1].trim(), sentence: r.sentence, kind: 'measure' };
    unsaid ??= r.sentence;
  }
  return o && unsaid !== null ? { text: null, sentence: unsaid, kind: 'measure' } : null;
}

/** "When was the rate last this high?", "When were prices last so low?". */
const ASKED_LAST = /^when\s+(?:was|were|did)\s+(.+?)\s+last\s+(?:(?:this|so|as|that)\s+)?(high|low|strong|weak|cheap|expensive)\b/i;

/**
 * "When was the rate last this high?" over "... to 4.75 percent on Wednesday, the highest since
 * 2008": the time after "the highest / lowest (level) since" in a sentence that says the thing asked
 * about; when none says so, the article does not say (another time near it, "last week", is no answer).
 */
export function lastThisHigh(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKED_LAST.exec(q.trim());
  if (!m) return null;
  const needed = stems(m[1]);
  if (needed.length === 0) return null;
  const most = /^(?:low|weak|cheap)$/i.test(m[2]) ? '(?:lowest|weakest|cheapest)' : '(?:highest|strongest|most expensive|biggest|largest)';
  const since = new RegExp(`\\b${most}(?:\\s+(?:level|rate|point|reading|close))?\\s+since\\s+((?:(?:early|late|mid-?)\\s+)?(?:[A-Z][a-z]+\\.?\\s+)?(?:\\d{1,2},?\\s+)?(?:1[89]|20)\\d\\d)\\b`);
  for (const r of ranked) {
    const s = prep.sentences[r.sentence];
    const have = sentenceStems(s.tokens);
    if (!needed.every((w) => have.has(w))) continue;
    const x = since.exec(s.text);
    if (x) return { text: x[1], sentence: r.sentence, kind: 'unique' };
  }
  // Any other time in a sentence about it ("last week") is not when it was last so high.
  return ranked.length ? { text: null, sentence: ranked[0].sentence, kind: 'unique' } : null;
}
