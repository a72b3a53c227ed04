/**
 * A person's position, job or nationality read from the description that stands for them
 * (coref.ts): "What position does Gnabry play?" over "The 19-year-old midfielder impressed for the
 * Gunners", "What is Chapin's job?" over "The qualified nurse referred to ...", "What nationality
 * is Cambiasso?" over "The Argentinian midfielder poses ...". Read after the patterns that find
 * these beside the name itself (patterns-job.ts, patterns-place.ts).
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { describedAsked } from './coref.ts';
import { DEMONYMS } from '../entities/gazetteer.ts';

const POSITION_ASKED = /^what position (?:does|did|do) .+? play\s*\??$/i;
const JOB_ASKED = /^what (?:is|was) .+?['’]s? (?:job|profession|occupation)\s*\??$|^what does .+? do for a living\s*\??$/i;
const NATIONALITY_ASKED = /^what (?:is|was) the nationality of .+?\s*\??$|^what nationality (?:is|was) .+?\s*\??$/i;

/** A player's position. */
const POSITIONS = /^(?:midfielder|striker|forward|defender|winger|goalkeeper|keeper)$/;
/** Description heads that say who someone is, not their job. */
const NO_JOB = /^(?:\d+-year-old|[a-z]+-year-old|man|woman|boy|girl|teenager|youngster|toddler|native|victim|suspect|mother|father|mum|dad|grandmother|grandfather|widow|star|legend|veteran|defendant|champion|medallist|medalist|prince|princess|duke|duchess|queen|king|mother-of-[a-z]+|father-of-[a-z]+)$/;
const PEOPLES = new Map(Object.keys(DEMONYMS).map((p) => [p.toLowerCase(), p]));

/** The position, job or nationality the asked person's description gives (see the file comment), or null. */
export function describedAnswer(q: string, prep: PreparedArticle): PatternResult | null {
  const t = q.trim();
  const position = POSITION_ASKED.test(t);
  const job = JOB_ASKED.test(t);
  const nationality = NATIONALITY_ASKED.test(t);
  if (!position && !job && !nationality) return null;
  for (const { sentence, description: d } of describedAsked(prep, t)) {
    if (position && POSITIONS.test(d.head)) return { text: d.head, sentence, kind: 'role' };
    if (nationality) {
      const people = d.words.find((w) => PEOPLES.has(w.toLowerCase()));
      if (people) return { text: people, sentence, kind: 'role' };
    }
    if (job && !NO_JOB.test(d.head)) {
      // The lower-case words that end on the head ("qualified nurse"; not "Canadian").
      let from = d.words.length - 1;
      while (from > 0 && /^\p{Ll}/u.test(d.words[from - 1]) && !/-year-old$/.test(d.words[from - 1])) from--;
      return { text: d.words.slice(from).join(' '), sentence, kind: 'role' };
    }
  }
  return null;
}
