/**
 * The answer on the other side of the verb from where the question puts its words. The span
 * model reads the words around a span, not this inversion, and often answers from the rest of
 * the sentence:
 *   - "What are the most powerful anti-inflammatory drugs?" over "Glucocorticoids are the most
 *     powerful of these drugs ...": the subject before the copula (copulaSubject);
 *   - "Who halted the advance of Hulagu Khan?" over "... his forces were halted by the Mamluks of
 *     Egypt": the agent after "by" (passiveAgent); also when a noun or a participle names the deed
 *     ("a chemical weapons attack by the Iraqi military", "record ... set by Rohan Dennis": nominalAgent).
 * Each rule only moves the choice among the model's own candidates of the chosen sentence (the
 * best-scored span that ends right before the verb, or starts right after "by"). Measured paired
 * (same fold models, rule on/off: scripts/qa-span-rules.ts) in docs/answers-spans.md, session 13.
 */
import type { Candidate, CandidateSet } from './candidates.ts';
import type { PreparedArticle } from './prepare.ts';
import { Cls, isStop, stem, type Token } from './spans.ts';
import { synonymStems } from './synonyms.ts';

const BE = new Set(['is', 'are', 'was', 'were']);
const QUESTION = /^(?:what|which|who)\s+(?:is|are|was|were)\s+(.+?)\s*\??$/i;
/** Words that may stand between the verb and the predicate's first content word. */
const SKIP = new Set(['the', 'a', 'an', 'also', 'now', 'still', 'often', 'usually', 'generally', 'one', 'of']);

/** Content stems of the question's predicate ("the most powerful class of drugs" -> power, class, drug). */
export function copulaPredicate(question: string): string[] | null {
  const m = QUESTION.exec(question.trim());
  if (!m) return null;
  const words = m[1].toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
  const content = words.filter((w) => !isStop(w)).map((w) => stem(w));
  return content.length >= 2 ? content : null;
}

/**
 * The token where the verb stands when the sentence says "<subject> is/are <predicate>" with at
 * least two of the predicate's first content words, in order, right after the verb; or -1.
 */
export function copulaAt(toks: readonly Token[], predicate: readonly string[]): number {
  const want = new Set(predicate);
  for (let p = 1; p < toks.length - 1; p++) {
    if (!BE.has(toks[p].lower)) continue;
    const seen = new Set<string>();
    for (let k = p + 1; k < toks.length && toks[k].isWord; k++) {
      const t = toks[k];
      if (want.has(t.stem)) seen.add(t.stem);
      else if (!SKIP.has(t.lower) && !isStop(t.lower)) break;
      // The predicate's head word comes first ("are the most powerful ...", not "is used to ... forces").
      if (seen.size === 1 && !seen.has(predicate[0])) break;
    }
    if (seen.size >= 2) return p;
  }
  return -1;
}

/** A subject worth answering with: not a pronoun or relative word, and none of the question's own words. */
export function freshSubject(toks: readonly Token[], c: Candidate, terms: ReadonlySet<string>): boolean {
  const t = toks[c.i];
  if (t.cls === Cls.Pron || t.cls === Cls.Wh || /^(its|his|her|their|this|that|these|those|which|who)$/.test(t.lower)) return false;
  for (let k = c.i; k <= c.j; k++) if (toks[k].isWord && !isStop(toks[k].lower) && terms.has(toks[k].stem)) return false;
  return true;
}

/**
 * The candidate to answer with instead of `chosen`, or null: the best-scored span of the chosen
 * sentence that ends right before the copula, when the chosen span is not already that subject.
 */
export function copulaSubject(question: string, prep: PreparedArticle, set: CandidateSet, scores: Float64Array, chosen: Candidate): Candidate | null {
  const predicate = copulaPredicate(question);
  if (!predicate) return null;
  const toks = prep.sentences[chosen.sentence].tokens;
  const p = copulaAt(toks, predicate);
  if (p < 0 || chosen.j === p - 1) return null;
  const terms = new Set(predicate);
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  set.candidates.forEach((c, k) => {
    if (c.sentence !== chosen.sentence || c.j !== p - 1 || scores[k] <= bestScore || !freshSubject(toks, c, terms)) return;
    [best, bestScore] = [c, scores[k]];
  });
  return best;
}

const WHO_VERB = /^who\s+([a-z]+)\b/i;
const NOT_VERB = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'else', 'and', 'in', 'of']);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const CLAUSE_END = /^[;:.!?]$/;

/**
 * "Who listed the market as grade I?" over "... was listed grade I in 1954 by English Heritage":
 * a question whose subject is asked ("Who <verb> ...") over a sentence that says the verb in the
 * passive answers with what follows "by" (the best-scored span of the chosen sentence starting
 * right after it). The verb is passive after a form of "be" up to two words before it, or right
 * before "by" ("halted by the Mamluks").
 */
export function passiveAgent(question: string, prep: PreparedArticle, set: CandidateSet, scores: Float64Array, chosen: Candidate): Candidate | null {
  const m = WHO_VERB.exec(question.trim());
  if (!m || NOT_VERB.has(m[1].toLowerCase())) return null;
  const verb = stem(m[1].toLowerCase());
  const toks = prep.sentences[chosen.sentence].tokens;
  for (let v = 0; v < toks.length; v++) {
    if (toks[v].stem !== verb || !toks[v].isWord) continue;
    const passive = [v - 1, v - 2].some((k) => k >= 0 && PASSIVE_AUX.has(toks[k].lower)) || toks[v + 1]?.lower === 'by';
    if (!passive) continue;
    let b = v + 1;
    while (b < toks.length && b - v <= 10 && toks[b].lower !== 'by' && !CLAUSE_END.test(toks[b].text)) b++;
    if (b >= toks.length || toks[b].lower !== 'by') continue;
    // The chosen span already in the agent's phrase ("by world record holder Ruta Meilutyte"): kept.
    if (chosen.i > b && chosen.i <= b + 6 && !toks.slice(b + 1, chosen.i).some((t) => t.cls === Cls.Comma || t.cls === Cls.Verb || t.cls === Cls.VerbPast)) return null;
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    set.candidates.forEach((c, k) => {
      if (c.sentence !== chosen.sentence || c.i !== b + 1 || scores[k] <= bestScore) return;
      [best, bestScore] = [c, scores[k]];
    });
    return best;
  }
  return nominalAgent(question, m[1].toLowerCase(), toks, set, scores, chosen);
}

/**
 * The agent after "by" when the sentence says the deed with another word than the asked verb: a
 * noun or a synonym of the question right before "by" ("Who carried out the Halabja attack?" over
 * "a chemical weapons attack by the Iraqi military"), or a past participle a few words after one
 * ("Who holds the current hour record?" over "The current Hour record is 52.491km, set by
 * Australian Rohan Dennis"). The agent must start with a capital (a name, truecased in
 * lower-case copy), and the chosen span is kept when it already stands in the agent's phrase.
 */
function nominalAgent(question: string, verb: string, toks: readonly Token[], set: CandidateSet, scores: Float64Array, chosen: Candidate): Candidate | null {
  const asked = new Set<string>();
  for (const w of question.replace(/^\s*who\s+/i, '').match(/[\p{L}'-]+/gu) ?? []) {
    if (/^\p{Lu}/u.test(w) || isStop(w.toLowerCase())) continue;
    asked.add(stem(w.toLowerCase()));
  }
  for (const s of synonymStems(verb) ?? []) asked.add(s);
  asked.add(stem(verb));
  for (let b = 1; b + 1 < toks.length; b++) {
    if (toks[b].lower !== 'by') continue;
    const w = toks[b - 1];
    const near = asked.has(w.stem) || (w.cls === Cls.VerbPast && toks.slice(Math.max(0, b - 6), b - 1).some((t) => t.isWord && !isStop(t.lower) && asked.has(t.stem)));
    if (!w.isWord || !near) continue;
    const first = toks[b + 1].lower === 'the' ? toks[b + 2] : toks[b + 1];
    if (!first || first.cls !== Cls.Cap) continue;
    if (chosen.i > b && chosen.i <= b + 6 && !toks.slice(b + 1, chosen.i).some((t) => t.cls === Cls.Comma || t.cls === Cls.Verb || t.cls === Cls.VerbPast)) return null;
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    // The model's best span within the agent's phrase ("by the Roman Catholic priest Guyard de Moulin": the name).
    let end = b + 1;
    // (A comma only before the name of a role just written: "by the Roman Catholic priest, Guyard de Moulin".)
    const goesOn = (k: number): boolean =>
      toks[k].cls === Cls.Comma ? toks[k - 1].cls !== Cls.Cap && toks[k + 1]?.cls === Cls.Cap : toks[k].isWord && toks[k].cls !== Cls.Verb && toks[k].cls !== Cls.VerbPast && !/^(?:in|on|at|after|before|for|and|who|which|that)$/.test(toks[k].lower);
    while (end + 1 < toks.length && end - b < 10 && goesOn(end + 1)) end++;
    set.candidates.forEach((c, k) => {
      if (c.sentence !== chosen.sentence || c.i <= b || c.j > end || toks[c.i].cls !== Cls.Cap || scores[k] <= bestScore) return;
      [best, bestScore] = [c, scores[k]];
    });
    if (best) return best;
  }
  return null;
}
