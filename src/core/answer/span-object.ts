/**
 * The object of the question's verb, in news copy (written with capitals or not): a question
 * "Who did Flower punch in the grand final?" / "Whom were they going to interview?" asks for what
 * follows the verb in the sentence ("he punched St Helens' Lance Hohaia in the opening moments"
 * -> "St Helens' Lance Hohaia"); one that ends on a preposition ("What did Lilienstein die from?",
 * "What did a militant compare the logo to?") for what follows that preposition after the verb
 * ("died in Toronto on Wednesday night from a rare form of cancer" -> "a rare form of cancer").
 * Only when the sentence says the verb as a verb, and the span chosen lies outside that phrase.
 */
import type { Candidate, CandidateSet } from './candidates.ts';
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, isStop, tokenize, type Token } from './spans.ts';
import { PERSONLIKE } from './person-words.ts';

type SpanRange = [number, number];

const VERBS = new Set<number>([Cls.Verb, Cls.VerbPast, Cls.VerbIng]);
/** The auxiliary after the wh-word that makes the answer the verb's object ("Who did X punch?"). */
const OBJECT_AUX = /^(did|does|do|will|would|could|can|should|might|must|were|was|are|is|has|have|had)$/;
/** Prepositions a question may end on ("... compare the logo to?"). */
const END_PREP = /^(to|from|with|about|for|on|into|against|at|by|of|in|under)$/;
/** Where the object's phrase ends: a new clause, a preposition of time or place, punctuation. */
const PHRASE_END = /^(and|or|but|who|which|that|after|before|when|while|as|because|since|until|if|said|says|in|on|at|during|for|with|from|to|by|into|than|over|under)$/;
const MAX_WORDS = 6;
/** Verbs whose object is a clause ("Who does he think will win?"), not a phrase to give. */
const CLAUSE_VERB = /^(think|thinks|believe|believes|say|says|expect|expects|hope|hopes|want|wants|know|knows|feel|feels|claim|claims|suggest|suggests|predict|predicts|fear|fears|hear|see|tell|tells|ask|asks)$/;
/** Words a phrase does not end on ("the left trouser leg of his"). */
const TRAILING = /^(the|a|an|his|her|their|its|our|my|your|of|'s|’s|and|or)$/;

/** The question's words that may be its verb (after the wh-word, the auxiliary and the subject's first word), and the preposition it ends on, or null. */
function askedObject(q: string, info: QuestionInfo): { verbs: Token[]; prep: string | null; passive?: boolean; participle?: boolean } | null {
  if (info.wh !== 'who' && info.wh !== 'whom' && info.wh !== 'what') return null;
  const words = tokenize(q.trim()).filter((t) => t.isWord);
  // "What did ...", "Who will ...": the wh-word opens the question, an auxiliary follows.
  if (words[0]?.lower !== info.wh || !OBJECT_AUX.test(words[1]?.lower ?? '')) return null;
  // "Who has Brightcart informed?" asks the object; "Who has won?" / "Who has been appointed?" the subject.
  if (/^(has|have|had)$/.test(words[1].lower) && (!words[2] || words[2].lower === 'been' || words[2].cls === Cls.VerbPast || words[2].cls === Cls.VerbIng || words[2].cls === Cls.Verb)) return null;
  // "Who was beaten?" over "Police beat two students": the passive's subject is the active verb's object.
  if (info.wh === 'who' && /^(was|were)$/.test(words[1].lower) && words.length === 3 && words[2].cls === Cls.VerbPast) return { verbs: [words[2]], prep: null, passive: true };
  const last = words[words.length - 1];
  const prep = last && END_PREP.test(last.lower) ? last.lower : null;
  // "What was the weaponry buried under?": a passive verb before the final preposition asks what
  // follows that preposition after the verb ("buried under thousands of bags of sugar").
  const participle = words[words.length - 2];
  if (/^(is|are|was|were)$/.test(words[1].lower) && prep && words.length >= 5 && participle?.cls === Cls.VerbPast && /(?:ed|en)$/.test(participle.lower)) return { verbs: [participle], prep, participle: true };
  // "What is X?" / "Who was X?": a copula, not a verb with an object ("Whom were they going to interview?" is one).
  if (/^(is|are|was|were)$/.test(words[1].lower) && !words.slice(2).some((t) => t.lower === 'going')) return null;
  const verbs = words.slice(3, words.length - (prep ? 1 : 0)).filter((t) => !isStop(t.lower) && !/^\p{Lu}/u.test(t.text) && t.lower !== 'going' && !CLAUSE_VERB.test(t.lower));
  return verbs.length ? { verbs, prep } : null;
}

/** Does sentence token t say the question's word w as a verb ("punched" for "punch", "died" for "die")? */
function saysAsVerb(t: Token, w: Token): boolean {
  if (!t.isWord || !VERBS.has(t.cls)) return false;
  return t.stem === w.stem || t.lower.startsWith(w.lower.slice(0, Math.max(3, w.lower.length - 1)));
}

/** The phrase from token a: words up to a clause, preposition or punctuation, at most MAX_WORDS. */
function phraseFrom(toks: readonly Token[], a: number): SpanRange | null {
  if (!toks[a]?.isWord || PHRASE_END.test(toks[a].lower)) return null;
  let b = a;
  while (b + 1 < toks.length && b + 1 - a < MAX_WORDS && (toks[b + 1].isWord || /^['’]$/.test(toks[b + 1].text)) && !PHRASE_END.test(toks[b + 1].lower)) b++;
  while (b > a && (!toks[b].isWord || TRAILING.test(toks[b].lower))) b--;
  return [a, b];
}

/**
 * The object (or the phrase after the question's final preposition) of the question's verb in the
 * chosen sentence, or null to keep the span [i, j].
 */
export function objectOfAskedVerb(q: string, info: QuestionInfo, toks: readonly Token[], i: number, j: number): SpanRange | null {
  const asked = askedObject(q, info);
  if (!asked) return null;
  const terms = new Set(info.terms);
  // The question's verb: its first word (after the subject's first) that the sentence says as a verb.
  const verb = asked.verbs.find((w) => toks.some((t) => saysAsVerb(t, w)));
  if (!verb) return null;
  for (let v = 0; v < toks.length; v++) {
    if (!saysAsVerb(toks[v], verb)) continue;
    // (For "Who was beaten?" only the active verb has the one beaten after it: "were beaten by police" does not.)
    if (asked.passive && /^(was|were|been|being|be|is|are|get|got)$/.test(toks[v - 1]?.lower ?? '')) continue;
    // ("What was it buried under?": the sentence's participle, not "accusing" for "accused".)
    if (asked.participle && toks[v].cls !== Cls.VerbPast) continue;
    let a = v + 1;
    if (asked.prep) {
      // The preposition within a few words after the verb, no clause between.
      let p = v + 1;
      while (p < toks.length && p - v <= 8 && toks[p].lower !== asked.prep && toks[p].text !== ',' && !/^(and|but|who|which|that)$/.test(toks[p].lower)) p++;
      if (toks[p]?.lower !== asked.prep) continue;
      a = p + 1;
    }
    const phrase = phraseFrom(toks, a);
    if (!phrase) continue;
    // An object the question already names ("did X beat Y") answers nothing new.
    const content = toks.slice(phrase[0], phrase[1] + 1).filter((x) => x.isWord && !isStop(x.lower));
    if (content.length === 0 || content.every((x) => terms.has(x.stem))) continue;
    // "Who did Richards speak to?": a person is named (the truecaser capitalises names in lower-case copy).
    // ("Who was beaten?": or a description of people, "two high school students".)
    const people = asked.passive && PERSONLIKE.test(toks[phrase[1]].lower.replace(/s$/, ''));
    if (info.wh !== 'what' && !people && !content.some((x) => x.cls === Cls.Cap)) continue;
    // ... and the phrase ends on the name ("Warrington 30-20" -> "Warrington").
    if (info.wh !== 'what' && !people) while (phrase[1] > phrase[0] && toks[phrase[1]].cls !== Cls.Cap) phrase[1]--;
    // A span that starts in the phrase and reaches its head (its last word) stays: "Lance Hohaia" of
    // "St Helens' Lance Hohaia", or "multiple documents for cooperation in culture ..." that goes on
    // past the object's first preposition; one that misses the head ("Helens") is a modifier, and
    // the phrase is given.
    return i >= phrase[0] && i <= phrase[1] && j >= phrase[1] ? null : phrase;
  }
  return null;
}

/**
 * "Who did Bayern sign?" when the chosen sentence never says the asked verb ("Bayern coach Vincent
 * Kompany said ...") but another of the top sentences says it with the question's other words
 * ("Bayern Munich signed Dutch striker Joost van Dijkman from Ajax"): that sentence's object, or
 * null to keep the choice.
 */
export function objectInVerbSentence(q: string, info: QuestionInfo, prep: PreparedArticle, set: CandidateSet, chosen: Candidate): Candidate | null {
  const asked = askedObject(q, info);
  if (!asked) return null;
  const says = (s: number): boolean => prep.sentences[s].tokens.some((t) => asked.verbs.some((w) => saysAsVerb(t, w)));
  // (A chosen sentence that holds the verb's word at all, even read as a noun - "and support the construction" - keeps its choice.)
  if (prep.sentences[chosen.sentence].tokens.some((t) => asked.verbs.some((w) => t.stem === w.stem))) return null;
  const cover = set.top.find((t) => t.sentence === chosen.sentence)?.coverage ?? 0;
  for (const t of set.top) {
    if (t.sentence === chosen.sentence || t.coverage < cover || !says(t.sentence)) continue;
    const phrase = objectOfAskedVerb(q, info, prep.sentences[t.sentence].tokens, -1, -1);
    if (phrase) return { ...chosen, sentence: t.sentence, i: phrase[0], j: phrase[1] };
  }
  return null;
}
