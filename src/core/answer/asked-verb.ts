/**
 * The verb a question asks about and the tests for it in a sentence: the deed a "how many"
 * question counts ("How many miles did Kevin Carr *run*?"), the deed a "when" question dates
 * (passive "When was he jailed?" or active "When did he leave?"), and the same verb in any form
 * ("did it take" / "took 621 days") or by a WordNet synonym or a market report's direction word.
 * Read by the typed patterns, the grounding checks, the clause-date mover and the answerer.
 */
import { Cls, stem, tokenize, type Token } from './spans.ts';
import { saidOtherwise } from './synonyms.ts';
import { deedSaidOtherwise } from './said-otherwise.ts';
import { wordTable } from '../text/word-table.ts';

/**
 * Where a question's subject ends among the words after its auxiliary: past its capitalised words
 * and determiners ("Zhaparov come to China", "the bank move to Frankfurt"), keeping the last word
 * at least. The index of the first word after the subject (its verb, in a question of this shape).
 */
export function afterSubject(words: readonly string[]): number {
  let k = 0;
  while (k < words.length - 1 && (/^\p{Lu}/u.test(words[k]) || /^(the|a|an|his|her|their|its)$/i.test(words[k]))) k++;
  return k;
}

/** Irregular past forms, so that "did it take" finds "took 621 days". */
const IRREGULAR: Record<string, string> = wordTable({
  take: 'took|taken', win: 'won', run: 'ran', give: 'gave|given', get: 'got|gotten', make: 'made', lose: 'lost', spend: 'spent',
  buy: 'bought', sell: 'sold', pay: 'paid', go: 'went|gone', come: 'came', see: 'saw|seen', find: 'found', leave: 'left',
  keep: 'kept', hold: 'held', build: 'built', fall: 'fell|fallen', rise: 'rose|risen', grow: 'grew|grown', break: 'broke|broken',
  bring: 'brought', catch: 'caught', steal: 'stole|stolen', throw: 'threw|thrown', wear: 'wore|worn', write: 'wrote|written',
  meet: 'met', send: 'sent', tell: 'told', lead: 'led', beat: 'beaten', fly: 'flew|flown', drive: 'drove|driven', eat: 'ate|eaten',
  draw: 'drew|drawn', choose: 'chose|chosen', shoot: 'shot', sink: 'sank|sunk', swim: 'swam|swum', score: 'scored', fight: 'fought', hit: 'hit', kill: 'killed', sing: 'sang|sung', teach: 'taught', think: 'thought',
});

/**
 * The verb a "how many" question asks about: the first plain word after its auxiliary and
 * subject ("How many birds have *died*", "How many miles did Kevin Carr *run*"); none when the
 * verb is "be"/"have"/"there" ("How many X are there", "does it have").
 */
export function askedVerb(q: string): string | null {
  const m = /^how many\s+.+?\s+(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\s+(.+?)\??$/i.exec(q.trim());
  if (!m) return null;
  const words = m[1].split(/\s+/);
  let k = 0;
  // The subject may be two names joined ("How many wars have India and Pakistan fought?").
  const joined = (j: number) => /^(and|&|of)$/i.test(words[j]) && /^\p{Lu}/u.test(words[j + 1] ?? '') && j > 0 && /^\p{Lu}/u.test(words[j - 1]);
  while (k < words.length && (/^\p{Lu}/u.test(words[k]) || joined(k) || /^(the|a|an|his|her|their|its|it|he|she|they|we|you|i|been|being|be)$/i.test(words[k]))) k++;
  // "How many Britons could a new superbug kill?", "... did the police arrest?": after a determiner
  // come the subject's adjectives and its noun, then the verb.
  if (k > 0 && /^(the|a|an|his|her|their|its)$/i.test(words[k - 1])) {
    const cls = tokenize(words.slice(k).join(' ')).filter((t) => t.isWord).map((t) => t.cls);
    if (cls.length === words.length - k) {
      let j = 0;
      while (j < cls.length - 1 && cls[j] === Cls.Adj) j++;
      if (j + 1 < cls.length && cls[j] !== Cls.Verb && cls[j] !== Cls.VerbPast && !SUBORDINATE.test(words[k + j + 1])) k += j + 1;
    }
  }
  // "How many signatures does a petition need to be considered?": the deed is the verb after "need to (be)".
  if (/^(need|needs|want|wants|plan|plans|hope|hopes|expect|expects|have|has)$/i.test(words[k] ?? '') && /^to$/i.test(words[k + 1] ?? '') && words[k + 2]) {
    k += 2;
    if (/^(be|get)$/i.test(words[k]) && words[k + 1]) k++;
  }
  // "How many times can push-to-pass be used?": a subject of one word the loop above did not pass
  // (lower case), then a passive: the deed is the participle.
  if (/^(be|been)$/i.test(words[k + 1] ?? '') && words[k + 2]) k += 2;
  const w = words[k]?.toLowerCase().replace(/[^a-z-]/g, '');
  // "How many months pregnant was she when he fell?": a clause of time or place after the subject
  // means the auxiliary was the verb ("was"); the clause's own verb is not the deed counted.
  if (w && SUBORDINATE.test(w)) return null;
  return w && !/^(there|have|has|had|be|is|are|was|were|do|does|did|get|got)$/.test(w) ? w : null;
}

/** Words that open a clause or phrase after a question's subject, never its verb. */
const SUBORDINATE = /^(when|while|after|before|if|as|since|until|because|in|at|on|for|to|by|with|from|during|of|than|per)$/;

/** Tags of the word that ends a question's subject (its noun or a name). */
const SUBJECT_END = new Set<number>([Cls.Noun, Cls.Cap]);

/** Verbs that date any event ("When did the crash happen?"): they need not be in the sentence. */
const ANY_EVENT = /^(happen|occur|take|be|get|do|have|go|come)$/;

/**
 * The deed a "When did/will X <verb> ...?" question dates: the first verb after the subject
 * ("When did Clive Gale leave the Royal Navy?" -> "leave"), or null for a verb that dates any
 * event ("happen", "take place") or a question of another shape.
 */
export function whenVerb(tokens: readonly { lower: string; cls: number }[]): string | null {
  if (tokens[0]?.lower !== 'when' || !/^(did|does|do|will|would|could|can)$/.test(tokens[1]?.lower ?? '')) return null;
  // ("When will inflation peak?", "When will the strike end?": a verb the tagger reads as a noun ends the question.)
  // ("When did the original station open?": the tagger reads "open" as an adjective; the question's "?" is no word;
  // the word must follow the subject's head, not a determiner: "When did Meadwell record the fall?" dates no "fall".)
  const words = tokens.filter((t) => /\p{L}/u.test(t.lower));
  const last = words[words.length - 1];
  const verb = tokens.slice(2).find((t) => t.cls === Cls.Verb || t.cls === Cls.VerbPast) ?? (words.length >= 4 && /^\p{Ll}+$/u.test(last.lower) && (last.cls === Cls.Noun || last.cls === Cls.Adj) && SUBJECT_END.has(words[words.length - 2].cls) ? last : undefined);
  return verb && !ANY_EVENT.test(verb.lower) ? verb.lower : null;
}

/** "When was Lakhvi charged?", "When was Oberlander born?": the deed dated, as a participle ending the question. */
export const WHEN_PASSIVE = /^when (?:was|were|is|are|will|has|have|had)\b.*\s(\p{Ll}+(?:ed|en)|born|built|held|made|sold|won|set up)\s*\??$/u;

/** The deed a "when" question dates, passive ("When was he jailed?") or active ("When did he leave?"), else null. */
export function datedDeed(question: string, tokens: readonly { lower: string; cls: number }[]): string | null {
  // (Questions begin with a capital: "When was Tata Motors founded?" is as passive as "when was ...".)
  return WHEN_PASSIVE.exec(question.trim().replace(/^When\b/, 'when'))?.[1]?.toLowerCase() ?? whenVerb(tokens);
}

/** The same verb in any form: "run"/"running"/"ran", "die"/"died", "take"/"took". */
export function sameVerb(word: string, verb: string): boolean {
  return verbForms(verb)(word, stem(word));
}

const formsCache = new Map<string, (lower: string, wordStem: string) => boolean>();
/** A test for the verb's forms, built once per verb (a question asks it of every sentence's words). */
function verbForms(verb: string): (lower: string, wordStem: string) => boolean {
  let test = formsCache.get(verb);
  if (!test) {
    const b = stem(verb);
    const base = IRREGULAR[verb] ? verb : Object.keys(IRREGULAR).find((k) => IRREGULAR[k].split('|').includes(verb));
    const words = new Set(base ? [base, ...IRREGULAR[base].split('|')] : []);
    const stems = new Set([b, ...(base ? [stem(base)] : [])]);
    const prefix = b.length >= 4 ? b.slice(0, 4) : null;
    test = (lower, wordStem) => stems.has(wordStem) || words.has(lower) || (prefix !== null && wordStem.length >= 4 && wordStem.slice(0, 4) === prefix);
    formsCache.set(verb, test);
  }
  return test;
}

/** Does the sentence say the verb, in any form or by a synonym ("donated 233 paintings" for "give")? */
export function saysVerb(tokens: readonly { lower: string; stem: string }[], verb: string): boolean {
  const test = verbForms(verb);
  if (tokens.some((t) => test(t.lower, t.stem)) || saidOtherwise(verb, stem(verb), tokens) || deedSaidOtherwise(stem(verb), tokens)) return true;
  // A market report says a fall as "closed down 69.63 points", a rise as "up 2%".
  const way = DIRECTION.find(([verbs]) => verbs.test(verb))?.[1];
  return way !== undefined && tokens.some((t) => way.test(t.lower));
}

/** Does a sentence word share the first four letters of `word` (a looser test than saysVerb: "acce" for "accepted")? */
export function sharesRoot(tokens: readonly { lower: string }[], word: string): boolean {
  if (word.length < 4) return false;
  const root = word.slice(0, 4);
  return tokens.some((t) => t.lower.length >= 4 && t.lower.startsWith(root));
}

/** Verbs of change and the words a reporter writes for their direction. */
const DIRECTION: readonly [RegExp, RegExp][] = [
  [/^(fall|fell|fallen|falls|drop|dropped|drops|decline|declined|declines|slip|slipped|slips|sink|sank|sunk|sinks|lose|lost|loses)$/, /^(down|lower)$/],
  [/^(rise|rose|risen|rises|gain|gained|gains|climb|climbed|climbs|jump|jumped|jumps|increase|increased|increases)$/, /^(up|higher)$/],
];

/**
 * "How many calls were made to Forcesline?" over "there were more than 3,000 calls to Forcesline",
 * "How many appearances has Moore made?" over "21 league appearances": "make" only carries the deed
 * the counted noun names, so a sentence that says the noun says the deed.
 */
const LIGHT_MAKE = /^(?:make|makes|made|making)$/;
export function countedNounIsDeed(question: string, verb: string, sentence: readonly Token[]): boolean {
  if (!LIGHT_MAKE.test(verb)) return false;
  const counted = /^how many\s+(.+?)\s+(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b/i.exec(question.trim())?.[1].split(/\s+/).pop();
  return counted !== undefined && sentence.some((t) => t.stem === stem(counted.toLowerCase()));
}

