/**
 * Descriptions that stand for a person the story named before (coref.ts reads them): a news
 * sentence often names its subject only as "The 21-year-old, who joined Chelsea in 2012, ...",
 * "The former governor ...", "The Nebraska native, 35, ..." or ends a quote with "..., the
 * striker said." Such a description is the subject of its sentence: as the sentence's first words
 * (after an opening quote), or as the speaker after a quote.
 */

/** Words for one person a reporter writes after "the" (singular; the ages are read apart). */
const PERSON_HEADS = [
  // sport
  'midfielder', 'striker', 'forward', 'defender', 'winger', 'goalkeeper', 'keeper', 'player', 'footballer', 'cricketer',
  'batsman', 'bowler', 'golfer', 'boxer', 'fighter', 'rider', 'cyclist', 'sprinter', 'swimmer', 'athlete', 'champion',
  'medallist', 'medalist', 'captain', 'skipper', 'manager', 'coach', 'boss', 'grandmaster', 'jockey', 'trainer',
  // work and office
  'chairman', 'chairwoman', 'founder', 'businessman', 'businesswoman', 'entrepreneur', 'billionaire', 'tycoon',
  'millionaire', 'designer', 'singer', 'rapper', 'musician', 'actor', 'actress', 'comedian', 'presenter', 'author',
  'writer', 'novelist', 'journalist', 'photographer', 'politician', 'president', 'minister', 'premier', 'chancellor',
  'senator', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'mayor', 'candidate', 'diplomat', 'ambassador',
  'judge', 'lawyer', 'barrister', 'qc', 'defendant', 'officer', 'detective', 'soldier', 'veteran', 'pilot', 'teacher',
  'doctor', 'surgeon', 'nurse', 'scientist', 'professor', 'priest', 'pastor', 'bishop', 'cleric', 'star', 'legend',
  // who they are
  'teenager', 'youngster', 'toddler', 'boy', 'girl', 'man', 'woman', 'mother', 'father', 'mum', 'dad', 'grandmother',
  'grandfather', 'widow', 'native', 'victim', 'suspect', 'prince', 'princess', 'duke', 'duchess', 'queen', 'king',
];

const AGE = String.raw`(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old`;
const HEAD = String.raw`(?:${AGE}|${PERSON_HEADS.join('|')}|(?:mother|father)-of-[a-z]+)`;
/** Words that may stand between "the" and the head: no function word, verb of saying, or number of a sentence's own. */
const MODIFIER = String.raw`(?!(?:of|in|at|for|and|or|with|to|from|by|on|who|that|which|was|is|has|had|were|are|said|says|told|but)\b)[\p{L}\d'’.-]+`;

/** "The former Inter Milan star signed ..." / "'The 21-year-old, who ...'" at a sentence's start. */
const STARTS = new RegExp(String.raw`^[\s'"‘“]*The\s+((?:${MODIFIER}\s+){0,4}?(${HEAD})(?:\s+(?:${PERSON_HEADS.join('|')}))?)(?:['’]s)?(?=[,;:—–-]|\s+(?!of\b)|$)`, 'u');
/** '"..., " the striker said.' / 'said the 21-year-old.' */
const SPEAKS = new RegExp(String.raw`(?:[,'"’”]\s*the\s+((?:${MODIFIER}\s+){0,4}?(${HEAD}))\s+(?:said|says|added|told|explained|admitted|insisted)\b|\b(?:said|says|added)\s+the\s+((?:${MODIFIER}\s+){0,4}?(${HEAD}))\b)`, 'u');

/** What a description says of its person: gender when its head word gives one, an age when it gives one. */
export interface Description {
  /** The description's words after "the" ("Argentinian", "midfielder"), and its last word. */
  words: string[];
  head: string;
  gender: 'm' | 'f' | null;
  age: number | null;
  /** Where the description ends in the sentence. */
  end: number;
}

const MALE_HEADS = /^(?:man|boy|father|dad|grandfather|businessman|congressman|chairman|prince|duke|king|actor|batsman|father-of-[a-z]+)$/;
const FEMALE_HEADS = /^(?:woman|girl|mother|mum|grandmother|businesswoman|congresswoman|chairwoman|actress|widow|princess|duchess|queen|mother-of-[a-z]+)$/;

/** The description a sentence's subject is written as, or null. */
export function sentenceDescription(text: string): Description | null {
  const m = STARTS.exec(text) ?? SPEAKS.exec(text);
  if (!m) return null;
  const words = (m[1] ?? m[3]).split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  const gendered = words.map((w) => w.toLowerCase());
  // ("The Nebraska native, 35, is ...": the age in apposition.)
  const age = words.map((w) => /^(\d{1,3})-year-old$/.exec(w)).find((a) => a !== null) ?? /^,\s*(\d{1,3}),/.exec(text.slice(m.index + m[0].length));
  const gender = gendered.some((w) => MALE_HEADS.test(w)) ? 'm' : gendered.some((w) => FEMALE_HEADS.test(w)) ? 'f' : null;
  return { words, head, gender, age: age ? Number(age[1]) : null, end: m.index + m[0].length };
}

/** "A former branch manager at a regional bank was jailed ...": a story's lead whose subject is a person not yet named. */
const LEAD_UNNAMED = new RegExp(String.raw`^[\s'"‘“]*An?\s+(?:${MODIFIER}\s+){0,4}?(?:${HEAD})\b`, 'u');

/** Does a story's first sentence open on a person it does not name yet ("A former branch manager ... was jailed")? */
export function leadUnnamed(text: string): boolean {
  return LEAD_UNNAMED.test(text);
}
