import { wordTable } from '../text/word-table.ts';

/**
 * Words the article may use for a word of the question, as stems: the two tables of "said another
 * way" in the answerer, kept together so that a new pair is added where the other pairs are.
 * SAID_OTHERWISE keeps a question word from counting as "never mentioned" (grounding.ts);
 * SAID_IN_NEWS lets a sentence cover a count's word for a death or an injury (prepare.ts, "How
 * many ...?" only). WordNet's synonyms (synonyms.ts) serve the answerability features instead.
 */

/**
 * Words a question may use for what the article says another way ("did takings *fall*" over
 * "takings were *down* 2%", "which police *force*" over "Greater Manchester *Police*"): a
 * question word is not "never mentioned" when the article has one of these.
 */
export const SAID_OTHERWISE: Record<string, readonly string[]> = wordTable({
  fall: ['down', 'fell', 'drop', 'declin', 'lower', 'cut', 'slump', 'plung', 'slid'],
  drop: ['down', 'fell', 'fall', 'declin', 'lower', 'cut', 'slump', 'plung', 'slid'],
  declin: ['down', 'fell', 'fall', 'drop', 'lower'],
  rise: ['up', 'rose', 'risen', 'increas', 'gain', 'climb', 'jump', 'higher', 'soar'],
  increas: ['up', 'rose', 'rise', 'gain', 'climb', 'jump', 'higher', 'soar'],
  forc: ['polic', 'constabulari'],
  wit: ['stand', 'testifi', 'testimoni', 'evid'],
  lawyer: ['attornei', 'counsel', 'solicitor', 'barrist', 'advoc'],
  attornei: ['lawyer', 'counsel', 'solicitor'],
  compani: ['firm', 'group', 'busi', 'corpor'],
  firm: ['compani', 'group', 'busi'],
  salari: ['pai', 'wage', 'earn'],
  // "What is the cost for adults?" over "Adults will pay a fee of 12 pounds"; "When will shareholders
  // vote?" over "will be asked to approve" (docs/answers-misses.md, session 22: news 4 better, 0 worse).
  cost: ['pai', 'price', 'fee'],
  payment: ['pai'],
  vote: ['approv', 'ballot'],
  work: ['emploi'],
  job: ['posit', 'post', 'role'],
  // "Why did Zhaparov visit China?" over "Zhaparov, who came to China for the opening ceremony".
  visit: ['came', 'come', 'travel', 'trip', 'arriv', 'tour', 'flew'],
  travel: ['came', 'come', 'visit', 'trip', 'arriv', 'tour', 'flew'],
  // "What was the wind speed?" over "Winds of up to 150 kilometers per hour".
  speed: ['hour', 'mph', 'kph', 'knot'],
});

/** Stems of the words news copy uses for a death or an injury in place of the question's ("died": "killed", "dead", "death"). */
export const SAID_IN_NEWS: Readonly<Record<string, readonly string[]>> = wordTable({
  die: ['kill', 'dead', 'death'],
  kill: ['die', 'dead', 'death'],
  dead: ['kill', 'die', 'death'],
  injur: ['wound', 'hurt'],
  wound: ['injur', 'hurt'],
});

/**
 * Words news copy writes a question's deed with (verb stem -> the sentence's stems), read where a
 * check asks whether a sentence says the deed at all ("When did O'Malley talk to reporters?" over
 * "o'malley told reporters in iowa on friday"; "Who won the election?" over "the victory of ...
 * buhari"; "Who makes pentobarbital?" over "lundbeck inc., the manufacturer of pentobarbital").
 * A spoken deed is written "said" ("When did Vietor speak?" over "Vietor ... said Saturday"), a game
 * played as one "faced", "against" or in "matches" ("When do Arsenal play Liverpool?" over "...
 * against them for Liverpool on Saturday"; docs/answers-misses.md: news 5 better, 1 worse); "say"
 * as "revealed", "become" as "was appointed", "buy" as "snapped up" (news 3 better, 0 worse). The
 * reader's bridges "evacuate" / "flee", "fight" / "battle", "pay" / "fund", "stay" / "remain" and
 * "beat" / "defeat" change no dev answer today; "die" / "death" and "arrest" / "detain" were tried
 * and dropped (each made an unanswerable count or date answered).
 */
export const DEED_OTHERWISE: Readonly<Record<string, readonly string[]>> = wordTable({
  talk: ['tell', 'speak', 'sai'],
  speak: ['tell', 'talk', 'sai'],
  plai: ['face', 'meet', 'host', 'against', 'clash', 'fixtur', 'match', 'visit'],
  sai: ['tell', 'reveal', 'announc'],
  becom: ['appoint', 'succeed', 'elect', 'name'],
  bui: ['purchas', 'acquir', 'snap'],
  evacu: ['flee', 'evacue'],
  fight: ['battl', 'combat'],
  battl: ['fight', 'combat'],
  pai: ['fund', 'financ', 'spend'],
  fund: ['pai', 'financ'],
  stai: ['remain'],
  remain: ['stai'],
  beat: ['defeat', 'victori', 'win', 'winner'],
  win: ['victori', 'winner'],
  help: ['aid', 'assist'],
  make: ['manufactur', 'maker'],
  caus: ['result'],
  stop: ['longer', 'ceas', 'halt'],
  own: ['owner'],
});

/** Does the sentence write the deed (a verb's stem) in one of DEED_OTHERWISE's words? */
export function deedSaidOtherwise(deedStem: string, tokens: readonly { stem: string }[]): boolean {
  const other = DEED_OTHERWISE[deedStem];
  return other !== undefined && tokens.some((t) => other.includes(t.stem));
}
