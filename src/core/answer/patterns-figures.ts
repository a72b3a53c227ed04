/**
 * Figures a reporter writes beside their noun (patterns.ts reads them before the span model): a
 * measure of something ("What was the quake's magnitude?" -> "a magnitude 6.4 earthquake"), a
 * figure for the person asked about ("in a time of 1:46.02", "the 30mph speed limit"), and a
 * vote's tally ("voted 41 to 19"; "Was the vote unanimous?").
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { ONE_NUMBER } from './patterns-amounts.ts';
import { QUALIFIER } from './patterns-words.ts';

const MEASURE = '(?:magnitude|depth|height|length|width|weight|size|speed|temperature|population|distance|area|capacity|turnout|budget|price|cost|value|rate|margin|toll|total)';
/** The measure a "How deep / tall / wide / heavy / high ...?" asks for. */
const DIMENSION: Readonly<Record<string, string>> = { deep: 'depth', tall: 'height', high: 'height', wide: 'width', heavy: 'weight' };
const UNIT = '(?:\\s*(?:%|per cent|percent|kilometres|kilometers|km|metres|meters|m|miles|feet|ft|degrees|kg|tonnes|tons|pounds|dollars|euros|points|people|votes|mph|km/h))?';

/**
 * "What was the magnitude of the earthquake?": the figure written beside the measure's word in
 * a sentence about the same thing ("a magnitude 6.4 earthquake", "a depth of 22 kilometres",
 * "a 6.4-magnitude quake"), not the whole clause after it.
 */
export function measure(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const asked = q.trim().replace(/[?.!]+$/, '');
  // ("What was the magnitude?" of a story about one quake; "How deep was the quake?" asks its depth.)
  const m = new RegExp(`^(?:what|how (?:high|big|large))\\s+(?:is|was|are|were|will be)\\s+the\\s+(${MEASURE})(?:\\s+of\\s+.+)?$`, 'i').exec(asked);
  const dim = /^how\s+(deep|tall|wide|heavy|high)\s+(?:is|was|are|were|will be)\s+\S.*$/i.exec(asked)?.[1].toLowerCase();
  if (!m && !dim) return null;
  const word = m ? m[1].toLowerCase() : DIMENSION[dim!];
  const figure = `(${QUALIFIER}${ONE_NUMBER}${UNIT})`;
  const shapes = [
    new RegExp(`\\b${word}\\s+(?:of\\s+)?${figure}(?![\\p{L}\\d])`, 'iu'),
    new RegExp(`${figure}[- ]${word}\\b`, 'i'),
    // "10 kilometres deep", "a 30-metre-high wave".
    ...(dim ? [new RegExp(`${figure}[- ]${dim}\\b`, 'i')] : []),
  ];
  // "How deep was the quake?" over "The quake was centred in ... It struck at a depth of 7 kilometers":
  // a sentence that opens on "It" speaks of the thing the sentence before it says.
  const covers = new Map(ranked.map((r) => [r.sentence, r.coverage]));
  const carried = (k: number) => /^\s*It\s+\p{Ll}/u.test(prep.sentences[k].text) && (covers.get(k - 1) ?? 0) >= 0.25;
  for (const r of ranked) {
    if (r.coverage < 0.25 && !carried(r.sentence)) continue;
    const t = prep.sentences[r.sentence].text;
    for (const re of shapes) {
      const x = re.exec(t);
      if (x && /\d/.test(x[1])) return { text: x[1].trim(), sentence: r.sentence, kind: 'measure' };
    }
  }
  return null;
}

/** Words for a figure a reporter writes beside its noun ("the 30mph speed limit", "a time of 1:46.02"). */
const FIGURE_NOUN = '(?:limit|time|fee|salary|fine|price|cost|budget|deficit|profit|loss|rate|total|value|speed|turnout|distance|score|margin|height|weight)';
/** A number as written in results and prices: "1:46.02", "£1,500", "30mph", "nearly 90%". */
const FIGURE = `(${QUALIFIER}[$£€]?\\d(?:[\\d,.:]*\\d)?(?:\\s+(?:million|billion|thousand))?${UNIT})`;

/**
 * "What was Verschuren's winning time?", "What is the speed limit on the road?": the figure
 * written beside the noun asked about ("in a time of 1:46.02", "the 30mph speed limit"), in a
 * sentence that names the person asked about, if one is asked about.
 */
export function figure(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = new RegExp(`^[Ww]hat\\s+(?:is|was|are|were)\\s+(?:the\\s+|([\\p{Lu}][\\p{L}'’-]+)['’]s\\s+)((?:[a-z]+\\s+)?${FIGURE_NOUN})(?:\\s+(?:on|of|in|for|at)\\s+.+)?$`, 'u').exec(q.trim().replace(/[?.!]+$/, ''));
  if (!m) return null;
  const who = m[1];
  const words = m[2].split(/\s+/);
  const head = esc(words[words.length - 1]);
  const phrase = words.map(esc).join('[- ]');
  const shapes = [new RegExp(`${FIGURE}[- ](?:${phrase}|${head})\\b`, 'i'), new RegExp(`\\b(?:${phrase}|${head})\\s+of\\s+${FIGURE}(?![\\p{L}\\d])`, 'iu')];
  for (const r of ranked) {
    if (r.coverage < 0.25) continue;
    const t = prep.sentences[r.sentence].text;
    if (who && !new RegExp(`\\b${esc(who)}\\b`).test(t)) continue;
    for (const re of shapes) {
      const x = re.exec(t);
      if (x) return { text: x[1].trim(), sentence: r.sentence, kind: 'measure' };
    }
  }
  return null;
}

/** "What was the vote?", "What was the result of the vote?", "How did the council vote?": asks for the tally. */
const TALLY_ASKED = /^(?:what (?:was|is|were) the (?:final |overall )?(?:vote|tally|vote count|result of the vote|margin of the vote)|how did (?:the )?.{1,60}? vote)\s*[?.!]*$/i;
/** "voted 41 to 19", "by 41 votes to 19", "a 41-19 vote", "passed 7-2". */
/** (Up to three digits a side: "approved 2019-2020 spending" gives years, not a tally.) */
const TALLY = /\b(?:voted|votes?|passed|approved|rejected|backed)\s+(?:by\s+)?(\d{1,3}(?:\s+votes?)?\s*(?:to|-|–)\s*\d{1,3})\b(?![-–]?\d)|\b(\d{1,3}\s*(?:-|–|to)\s*\d{1,3})\s+vote\b/i;

/** The tally of a vote, from the best-covered sentence that gives one; null when the question is not this shape or none does. */
export function tally(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  if (UNANIMOUS_ASKED.test(q.trim())) return unanimous(prep, ranked);
  if (!TALLY_ASKED.test(q.trim())) return null;
  for (const r of ranked) {
    const m = TALLY.exec(prep.sentences[r.sentence].text);
    if (m && r.coverage > 0) return { text: (m[1] ?? m[2]).replace(/\s+/g, ' '), sentence: r.sentence, kind: 'score' };
  }
  return null;
}

/** "Was the vote unanimous?", "Was the decision unanimous?". */
const UNANIMOUS_ASKED = /^(?:was|were) (?:the |their |its )?(?:vote|decision|ruling|verdict|approval|result)s? unanimous\s*[?.!]*$/i;

/** Yes when a sentence says "unanimous(ly)", no when one gives a tally with votes on both sides ("No, 41 to 19"); null when neither. */
function unanimous(prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  for (const r of ranked) {
    const t = prep.sentences[r.sentence].text;
    if (/\bunanimous(?:ly)?\b/i.test(t) && !/\bnot\s+unanimous/i.test(t)) return { text: 'Yes', sentence: r.sentence, kind: 'yesno' };
    const m = TALLY.exec(t);
    const sides = (m?.[1] ?? m?.[2])?.match(/\d+/g);
    if (sides && sides.length === 2 && Number(sides[1]) > 0) return { text: `No, ${(m![1] ?? m![2]).replace(/\s+/g, ' ')}`, sentence: r.sentence, kind: 'yesno' };
  }
  return null;
}
