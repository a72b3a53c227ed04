/**
 * "What is michael pulman's job?", "What was Paul Ciancia's job?", "What does X do for a living?":
 * a reporter gives the job in apposition after the name, the age between ("Paul Ciancia, 23, an
 * unemployed motorbike mechanic,", "michael pulman, 33, a care worker from walsall", "Patrick
 * Stahlberg, a software engineer,"), or after "works as" in a sentence that names the person
 * ("lobo ..., where she works as vice principal,"). The phrase must end in a word for a job: an
 * appositive that calls someone a resident, a member, a father or a fan names no job.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const ASKED = /^what (?:is|was|does|did) (?:(?:mr|mrs|ms|miss|dr)\.?\s+)?((?:[\p{L}][\p{L}'’.-]*\s+){0,3}?[\p{L}][\p{L}'’-]*?)(?:['’]s? (?:job|profession|occupation|line of work)| do for a living)\s*\??$/iu;
/** The last word of a job ("care worker", "motorbike mechanic", "vice principal", "software engineer"). */
const JOB_END = /(?:er|or|ist|ian|ic|ant|man|woman|nurse|chef|clerk|cook|guard|pilot|judge|agent|officer|principal|executive|chief|head|secretary|president|model|student|star|qc|barrister|solicitor|analyst|consultant|engineer|builder|labourer|laborer)$/i;
/** Words that end like a job but name none. */
const NOT_JOB = /^(?:mother|father|brother|daughter|sister|member|supporter|neighbou?r|other|partner|survivor|resident|fan|lover|owner|winner|user|customer|passenger|viewer|reader|voter|victim|native|citizen|veteran|grandfather|grandmother|stepfather|stepmother|ancestor|founder|teenager|youngster|newcomer|foreigner|stranger|sufferer|mum|man|woman|gentleman|businessman|businesswoman)$/i;

/** The job the story gives the person asked about (see the file comment), or null. */
export function job(q: string, prep: PreparedArticle): PatternResult | null {
  const m = ASKED.exec(q.trim());
  if (!m) return null;
  const last = m[1].trim().replace(/['’]s$/u, '').split(/\s+/).pop()!;
  if (last.length < 2) return null;
  const name = esc(last);
  const apposition = new RegExp(`\\b${name},\\s+(?:(?:aged\\s+)?\\d{1,3},\\s+)?((?:an?|the)\\s+[^,.;:"“”()]{2,60}?)(?=\\s+(?:from|of|in|at|who|with|for|and|was|is)\\b|\\s*[,.;:]|$)`, 'iu');
  const worksAs = /\bworks? as (?:an?\s+|the\s+)?([^,.;:"“”()]{2,50}?)(?=\s*[,.;:]|\s+(?:at|in|for|and)\b|$)/iu;
  const named = new RegExp(`\\b${name}\\b`, 'iu');
  for (let k = 0; k < prep.sentences.length; k++) {
    const t = prep.sentences[k].text;
    if (!named.test(t)) continue;
    const a = apposition.exec(t) ?? worksAs.exec(t);
    if (!a) continue;
    const text = a[1].trim();
    const end = text.split(/\s+/).pop()!;
    if (!JOB_END.test(end) || NOT_JOB.test(end)) continue;
    return { text, sentence: k, kind: 'role' };
  }
  return null;
}
