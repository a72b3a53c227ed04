/**
 * "What happened to sterling?" over "Sterling fell by about half a cent against the U.S. dollar after
 * the decision, to $1.2774.": the story's answer is what it says the thing did or had done to it,
 * the predicate of the sentence whose subject is the thing asked about ("fell by about half a cent
 * against the U.S. dollar after the decision"; "was closed", "were released after a brief stay").
 * The span model reads such a question as asking a thing and gives a noun phrase of the sentence
 * ("half a cent against the U.S. dollar"), which no reader takes for an answer.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { Cls, isStop, stem, type Token } from './spans.ts';

const ASKED = /^what\s+(?:has\s+|had\s+)?happened\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(.+?)\s*\??$/i;
/** Words that may stand between the subject and its verb ("Sterling also fell", "shares then rose"). */
const BETWEEN = /^(?:also|then|later|quickly|briefly|sharply|initially|eventually|finally|immediately|subsequently|first|still|had|has|have|was|were|is|are|been|being)$/;
/** Where the predicate's clause ends: a new clause or an attribution. */
const CLAUSE_END = /^(?:while|but|whereas|which|who|although|though|as|said|says|according)$/i;

/** The predicate of a sentence whose subject is the thing asked ("What happened to sterling?"), or null. */
export function happenedTo(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = ASKED.exec(q.trim());
  if (!m || prep.lowerCase) return null;
  // The thing asked about, up to a clause of time ("after the incident"): its content words' stems.
  const thing = m[1].split(/\s+(?:after|before|during|when|since|in|on|at|under|following)\s+/i)[0];
  const words = thing.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\d-]/gu, '')).filter((w) => w && !isStop(w));
  if (words.length === 0 || words.length > 4) return null;
  const head = stem(words[words.length - 1]);
  for (const r of ranked) {
    if (r.coverage === 0) break;
    const toks = prep.sentences[r.sentence].tokens;
    const found = predicateOf(toks, prep.sentences[r.sentence].text, head);
    if (found) return { text: found, sentence: r.sentence, kind: 'relative' };
  }
  return null;
}

/** The words from the verb after `head` (the sentence's subject, in its first clause) to the clause's end. */
function predicateOf(toks: readonly Token[], text: string, head: string): string | null {
  // The subject opens the sentence: at most four words ("The pound", "Shares in the company") before it.
  const at = toks.findIndex((t, k) => k <= 4 && t.stem === head);
  if (at < 0 || toks.slice(0, at).some((t) => !t.isWord || t.cls === Cls.Num)) return null;
  let v = at + 1;
  // ("Shares in the company fell": the subject's own "of"/"in" phrase, up to four words.)
  if (/^(?:of|in)$/.test(toks[v]?.lower ?? '')) {
    let k = v + 1;
    while (k < toks.length && k <= v + 4 && toks[k].isWord && toks[k].cls !== Cls.VerbPast && toks[k].cls !== Cls.Aux) k++;
    v = k;
  }
  const start = v;
  while (v < toks.length && BETWEEN.test(toks[v].lower)) v++;
  const verb = toks[v];
  if (!verb || (verb.cls !== Cls.VerbPast && verb.cls !== Cls.Verb)) return null;
  // ("Sterling said ...": a subject that speaks is no thing that something happened to.)
  if (/^(?:said|says|told|added|noted|stated|believes|believed|thinks|thought)$/.test(verb.lower)) return null;
  let end = v + 1;
  // (The full stop of "U.S." or "Corp." ends no clause.)
  const stop = (k: number) => toks[k].cls === Cls.Comma || (toks[k].cls === Cls.Punct && !(toks[k].text === '.' && k + 1 < toks.length && /\.\p{L}$|^(?:Corp|Inc|Co|Ltd|St|No)$/u.test(toks[k - 1].text))) || CLAUSE_END.test(toks[k].lower);
  while (end < toks.length && !stop(end)) end++;
  if (end - v > 25) return null;
  // (The sentence's own words between the first and last token: "U.S. dollar", "$1.2774" as written.)
  return text.slice(toks[start].start, toks[end - 1].end).trim() || null;
}
