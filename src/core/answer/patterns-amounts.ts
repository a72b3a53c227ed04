/**
 * Amounts a reporter writes in fixed ways (patterns.ts reads them before the span model): "How
 * many councillors voted against?" (a number right before the noun asked about, with its
 * qualifier: "up to 300", "more than 55,000"), a measure of something ("What was the quake's
 * magnitude?"), a figure beside its noun for the person asked about ("in a time of 1:46.02",
 * "the 30mph speed limit").
 */
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, stem } from './spans.ts';
import { isNewsCopy } from './news-copy.ts';
import { askedVerb, sameVerb, saysVerb, type PatternResult } from './patterns-typed.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const QUALIFIER = '(?:(?:up to|about|around|nearly|almost|more than|fewer than|less than|at least|at most|over|under|some|roughly|approximately)\\s+)?';
/** "twenty-three", "forty": a number written in words above twelve. */
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const ONE_NUMBER = `(?:\\d(?:[\\d,.]*\\d)?(?:\\s+(?:million|billion|thousand|hundred))?|${TENS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)`;
/** A number, or two of them as a reporter hedges ("40 or 41", "20 to 30"). */
const NUMBER = `(?:${ONE_NUMBER}(?:\\s+(?:or|to)\\s+${ONE_NUMBER})?)`;

/**
 * "How many councillors voted against?": a number written right before the noun asked about (one
 * or two words between), with its qualifier ("up to 300", "more than 55,000"), in the sentence
 * that shares most of the question.
 */
export function count(q: string, info: QuestionInfo, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  if (info.wh !== 'how many' || !info.focus) return null;
  // The counted noun phrase: the words after "how many" up to the verb ("heron nests").
  const phrase = /^how many\s+(.+?)\s+(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|must|may|might)\b/i.exec(q.trim())?.[1] ?? '';
  // (Only the phrase's content words: "episodes of the show" must not count "two of his films" by its "of".)
  const counted = new Set([info.focus, ...phrase.split(/\s+/).map((w) => w.toLowerCase().replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter((w) => w && !isStop(w)).map((w) => stem(w))]);
  const verb = askedVerb(q);
  // "How many birds have died?" is not answered by "a farm with 1,000 birds": in news copy the
  // count must stand in a sentence that says the deed asked about (any form, or a WordNet
  // synonym). Elsewhere that sentence is tried first, then any: encyclopaedia text says "donated
  // 233 paintings" for "give", which WordNet does not list (one right qa-dev answer lost otherwise).
  const any = countIn(ranked, prep, counted);
  if (!verb || !any) return any;
  // (The verb is checked only in sentences that hold a count: synonym look-ups are not free.)
  const withVerb = countIn(ranked, prep, counted, (k) => saysVerb(prep.sentences[k].tokens, verb));
  return (withVerb && verbCount(prep, withVerb, verb)) ?? withVerb ?? (isNewsCopy(prep, false) ? null : any);
}

/**
 * "How many Britons could a superbug kill?" over "could infect up to 200,000 Britons and kill
 * 80,000": when the asked verb is followed by a figure of its own, that figure is the count of
 * the deed asked about; the one before the counted noun belongs to another verb.
 */
function verbCount(prep: PreparedArticle, found: PatternResult, verb: string): PatternResult | null {
  const s = prep.sentences[found.sentence];
  const toks = s.tokens;
  for (let v = 0; v + 1 < toks.length; v++) {
    if (!toks[v].isWord || toks[v].cls === Cls.Num || !sameVerb(toks[v].lower, verb)) continue;
    const m = new RegExp(`^\\s*(${QUALIFIER}${NUMBER})(?![\\d,.]*\\d)(?=\\s*(?:[,.;:!?]|$)|\\s+(?:in|on|at|and|or|by|over|during|across|each|every|per|a|an|the)\\b)`, 'iu').exec(s.text.slice(toks[v].end));
    if (!m || !/\d/.test(m[1]) || m[1].trim() === found.text) continue;
    return { text: m[1].trim(), sentence: found.sentence, kind: 'count' };
  }
  return null;
}

/** The first count of a counted noun in the ranked sentences (see count). */
function countIn(ranked: readonly { sentence: number; coverage: number }[], prep: PreparedArticle, counted: ReadonlySet<string>, ok: (sentence: number) => boolean = () => true): PatternResult | null {
  for (const r of ranked) {
    if (r.coverage < 0.3) continue;
    const s = prep.sentences[r.sentence];
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      if (!toks[k].isWord || !counted.has(toks[k].stem) || k === 0) continue;
      // The number may stand up to three words before the noun ("300 speed cameras", "300 speed and traffic cameras").
      for (let back = 1; back <= 4 && k - back >= 0; back++) {
        if (!toks[k - back].isWord) break;
        const head = s.text.slice(0, toks[k - back].end);
        // (A whole word: "Twenty-three people" is not a count of "three".)
        const m = new RegExp(`(?<![\\p{L}\\d-])(${QUALIFIER}${NUMBER})$`, 'iu').exec(head);
        if (!m || !new RegExp(`\\d|^(?:.*\\s)?(?:${TENS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$`, 'i').test(m[1])) continue;
        const between = toks.slice(k - back + 1, k).filter((t) => t.isWord);
        if (between.some((t) => t.cls === Cls.Num || t.cls === Cls.Verb || t.cls === Cls.VerbPast)) continue;
        // The count, not the counted: "How many guests ...?" -> "2000", not "2000 guests".
        if (!ok(r.sentence)) continue;
        // "52 of the 73 defendants were tried in absentia": the part is the count of those asked about.
        const part = new RegExp(`(${QUALIFIER}${NUMBER})\\s+of\\s+(?:the|its|their|all)\\s+$`, 'i').exec(head.slice(0, head.length - m[1].length));
        if (part && /\d|^(?:.*\s)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(part[1])) return { text: part[1].trim(), sentence: r.sentence, kind: 'count' };
        return { text: m[1].trim(), sentence: r.sentence, kind: 'count' };
      }
    }
  }
  return null;
}

const MEASURE = '(?:magnitude|depth|height|length|width|weight|size|speed|temperature|population|distance|area|capacity|turnout|budget|price|cost|value|rate|margin|toll|total)';
const UNIT = '(?:\\s*(?:%|per cent|percent|kilometres|kilometers|km|metres|meters|m|miles|feet|ft|degrees|kg|tonnes|tons|pounds|dollars|euros|points|people|votes|mph|km/h))?';

/**
 * "What was the magnitude of the earthquake?": the figure written beside the measure's word in
 * a sentence about the same thing ("a magnitude 6.4 earthquake", "a depth of 22 kilometres",
 * "a 6.4-magnitude quake"), not the whole clause after it.
 */
export function measure(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = new RegExp(`^(?:what|how (?:high|big|large))\\s+(?:is|was|are|were|will be)\\s+the\\s+(${MEASURE})\\s+of\\s+.+$`, 'i').exec(q.trim().replace(/[?.!]+$/, ''));
  if (!m) return null;
  const word = m[1].toLowerCase();
  const figure = `(${QUALIFIER}${ONE_NUMBER}${UNIT})`;
  const shapes = [
    new RegExp(`\\b${word}\\s+(?:of\\s+)?${figure}(?![\\p{L}\\d])`, 'iu'),
    new RegExp(`${figure}[- ]${word}\\b`, 'i'),
  ];
  for (const r of ranked) {
    if (r.coverage < 0.25) continue;
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
