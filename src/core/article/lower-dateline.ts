/**
 * Datelines of copy written all in lower case: `beijing, feb. 6 (xinhua) --`, `london (cnn) --`.
 * Some feeds and pasted texts lose every capital (docs/truecase.md); the wire dateline reader
 * (parse.ts) asks for a place in capitals, so that "The man -- who" is no dateline, and read none
 * of these. Here a lower-case place counts only with a wire agency we know in brackets or a month
 * and day after it ("the man (left) -- who" stays story), and is given back its capitals for the
 * briefing's dateline line ("Beijing, 2026-02-06 (Xinhua)").
 */
import { NEWS_AGENCIES } from '../entities/news-agencies.ts';

/** Wire agencies and broadcasters whose tag ends a dateline, by lower-case tag, as they write their names. */
const AGENCIES: ReadonlyMap<string, string> = new Map(NEWS_AGENCIES.map((a) => [a.name.toLowerCase(), a.name]));

/** Short words of place names that keep their lower case ("rio de janeiro", "stratford-upon-avon" aside). */
const PARTICLES = new Set(['de', 'da', 'do', 'del', 'la', 'le', 'el', 'of', 'on', 'upon', 'am', 'an', 'der', 'es', 'al']);

/**
 * A lower-case place of one to four words, optionally a region after a comma ("nairobi, kenya");
 * a month and day (and year); the agency in brackets; a dash. Month words are matched in any
 * case; the place is checked to be all lower case by the caller's rule below.
 */
function datelinePattern(monthRe: string): RegExp {
  const word = "\\p{Ll}[\\p{Ll}.'’-]*";
  const place = `${word}(?: ${word}){0,3}(?:, ${word}(?: ${word}){0,2})?`;
  return new RegExp(`^(${place})(?:,\\s+${monthRe}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?\\s*(?:\\(([\\p{L}][\\p{L}\\p{N}_.&' /-]{0,40})\\))?\\s*(?:--|—|–|-)(?:\\s+|$)`, 'iu');
}

let pattern: RegExp | null = null;

/** A dateline read from lower-case copy, in the shape of parse.ts's FoundDateline (month as written). */
export interface LowerDateline {
  length: number;
  place: string;
  agency: string | null;
  month: string | null;
  day: number | null;
  year: number | null;
}

/**
 * Read `beijing, feb. 6 (xinhua) --` or `london (cnn) --` at the start of a paragraph, or null.
 * `monthRe`: the wire reader's month pattern (one group), so both readers know the same months.
 */
export function readLowerDateline(p: string, monthRe: string): LowerDateline | null {
  // Cheap guard: a dash near the start, and a lower-case first letter.
  if (!/^\p{Ll}/u.test(p) || !/--|—|–| - /.test(p.slice(0, 90))) return null;
  pattern ??= datelinePattern(monthRe);
  const m = pattern.exec(p);
  if (!m) return null;
  const [all, place, month, day, year, tag] = m;
  // All lower case: a place written "London (CNN) --" in cased copy is left as the wire reader leaves it.
  if (place !== place.toLowerCase()) return null;
  const agency = tag ? (AGENCIES.get(tag.toLowerCase().replace(/\s+/g, '')) ?? null) : null;
  // A known agency or a date makes it a dateline; "the man (left) -- who" has neither.
  if (!agency && !(month && day)) return null;
  return { length: all.length, place: placeCased(place), agency, month: month ?? null, day: day ? Number(day) : null, year: year ? Number(year) : null };
}

/** "rio de janeiro, brazil" -> "Rio de Janeiro, Brazil"; "washington, d.c." -> "Washington, D.C.". */
function placeCased(place: string): string {
  return place.replace(/[\p{L}.'’]+/gu, (w, at: number) => {
    if (at > 0 && PARTICLES.has(w)) return w;
    if (/^(?:\p{L}\.)+$/u.test(w)) return w.toUpperCase();
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
}
