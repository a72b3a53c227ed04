/**
 * Two things a reporter writes right beside a name, in parentheses or an apposition:
 * - "Who plays Beverly?" in a film or TV review: "Beverly (Zoey Deutch)", "Jay Niles (Juston
 *   Street, freakily funny)", "Beverly, played by Zoey Deutch", "Zoey Deutch plays Beverly".
 * - "Where does Tschopp work?": the body in the name's apposition, "Emanuel Tschopp, a
 *   paleontologist at the Nova University of Lisbon, Portugal, led ...", "Dr Adrian Quarterman, of
 *   Dundee University, is ...", "X, who works at Y,".
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+`;
const PLAYS = /^[Ww]ho (?:plays|played|portrays|portrayed|stars as|starred as|is playing) ((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}?)(?:\s+in\b.*)?\s*\??$/u;
const WORKS = /^[Ww]here (?:does|did|do) ((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}?) (?:work|teach|lecture|research)\s*\??$/u;

/** "Who plays Beverly?": the actor the review names beside the character (see the file comment). */
export function castMember(q: string, prep: PreparedArticle): PatternResult | null {
  const who = PLAYS.exec(q.trim())?.[1].trim();
  if (!who) return null;
  const c = esc(who);
  const shapes = [
    new RegExp(String.raw`\b${c}\s*\(\s*(${NAME})\s*(?:[,)]|\s+from\b)`, 'u'),
    new RegExp(String.raw`\b${c},?\s+(?:played|portrayed|voiced)\s+by\s+(${NAME})`, 'u'),
    new RegExp(String.raw`(${NAME})\s+(?:plays|played|portrays|portrayed|stars as|starred as)\s+${c}\b`, 'u'),
  ];
  for (const re of shapes) {
    for (let k = 0; k < prep.sentences.length; k++) {
      const m = re.exec(prep.sentences[k].text);
      if (m && !m[1].split(/\s+/).includes(who.split(/\s+/)[0])) return { text: m[1].trim(), sentence: k, kind: 'role' };
    }
  }
  return null;
}

/** "Where does Tschopp work?": the body in the name's apposition (see the file comment). */
export function workplace(q: string, prep: PreparedArticle): PatternResult | null {
  const who = WORKS.exec(q.trim())?.[1].trim();
  if (!who) return null;
  const last = esc(who.split(/\s+/).pop()!);
  const re = new RegExp(String.raw`\b${last},\s+(?:(?:a|an|the)\s+[^,;.]{0,60}?\s+|who\s+works\s+|who\s+teaches\s+)?(?:at|of|for|with)\s+((?:the\s+)?\p{Lu}[^,;()]{2,70}?)(?:,\s*(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s*)?(?=[,;()]|\s+(?:is|was|has|had|said|says|told|led|leads|and)\b)`, 'u');
  for (let k = 0; k < prep.sentences.length; k++) {
    const m = re.exec(prep.sentences[k].text);
    // ("Ben Ortiz, of Leeds, said ...": a home town is no workplace.)
    if (!m || PLACE_LOOKUP.has(m[1].trim().replace(/^the\s+/i, ''))) continue;
    const place = m[2] && PLACE_LOOKUP.has(m[2]) ? `, ${m[2]}` : '';
    return { text: `${m[1].trim()}${place}`, sentence: k, kind: 'role' };
  }
  return null;
}
