/**
 * "Who is Sadyr Zhaparov?": the title or role the story gives the person, read the way a reporter
 * writes it - before the name ("Kyrgyz President Sadyr Zhaparov", "cnn correspondent brian todd"),
 * as kin ("sanchez's mother, donna cimarelli") or in apposition after it ("mohamad shah, a karachi
 * police spokesman", "andrew brown, of post office travel money,"). (Moved from patterns.ts.)
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { isLowerCaseCopy } from './news-copy.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { isDemonym } from '../entities/gazetteer.ts';

/** "Who is Sadyr Zhaparov?": the name asked about (lower-case particles kept: "Faraj al-Barassi", "Robin van Persie"), or null for another question. */
export function whoIsAsked(q: string): string | null {
  const m = /^[Ww]ho (?:is|was) ((?:(?:\p{Lu}|(?:al|el|bin|ibn|van|von|de|da|di|du|do|dos|das|del|der|la|le)[-\s]\p{Lu})[\p{L}'’.-]*\s*){1,4})\??$/u.exec(q.trim());
  return m ? m[1].replace(/[?!.\s]+$/u, '').replace(/['’]s$/u, '').trim() || null : null;
}


/**
 * "Who is jill mclain?" asked of a story that reached us in lower case, in its own case: the
 * words asked, when the story writes them together and none is a function word or an -ing form
 * ("Who is getting married?" asks no name).
 */
function lowerWhoIsAsked(q: string, prep: PreparedArticle): string | null {
  const m = /^[Ww]ho (?:is|was) ([a-z][a-z'’.-]*(?:\s+[a-z][a-z'’.-]*){0,3})\s*\??$/u.exec(q.trim());
  if (!m) return null;
  const words = m[1].replace(/['’]s$/u, '').split(/\s+/);
  if (words.some((w) => NOT_A_NAME.test(w))) return null;
  const said = new RegExp(`\\b${words.map(esc).join('\\s+')}\\b`, 'iu');
  return prep.sentences.some((s) => said.test(s.text)) ? words.join(' ') : null;
}
/** A name's edges, for any letter (\\b knows only ASCII ones: "Cutié,"). */
const NAME_START = '(?<![\\p{L}\\p{N}])';
const NAME_END = '(?![\\p{L}\\p{N}])';
/** A bracketed name right after the one asked: "Abu Ammar (Arafat)", "Abu Ammar's (Arafat's) call". */
// (Capitalised words only, and not a party or place: "Ian Lavery (Labour)", "(R-Texas)", "(Paris)".)
const GLOSS = /^(?:['’]s)?\s*\((?!(?:Labour|Conservative|Tory|Liberal|Democrat|Democratic|Republican|Green|Independent|Socialist|Communist)\b)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:['’]s)?\)/u;
const NOT_A_NAME = /^(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|one|some|any|all|each|every|in|on|at|of|for|to|by|with|from|behind|responsible|accused|charged|[a-z]+ing|[a-z]+ed)$/u;

export function role(q: string, prep: PreparedArticle): PatternResult | null {
  // In a story that reached us in lower case the name may be left so ("brian todd"), and so may
  // the question ("Who is jill mclain?"); a name the story never writes whole is found by its
  // surname ("keaton" for "Michael Keaton").
  const lower = isLowerCaseCopy(prep);
  const who = whoIsAsked(q) ?? (lower ? lowerWhoIsAsked(q, prep) : null);
  if (!who) return null;
  const cased = (x: string) => (lower ? esc(x).replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`) : esc(x));
  // (A name may end on a letter \\b does not know: "Alberto Cutié".)
  const whole = new RegExp(`${NAME_START}${cased(who)}${NAME_END}`, 'u');
  const last = who.split(/\s+/).pop()!;
  const n = prep.sentences.some((s) => whole.test(s.text)) || last === who ? cased(who) : cased(last);
  // The shapes are compiled once (module level, below) and read around each place the sentence
  // names the person: the text before the name ends on a title, kin or description, the text
  // after it opens on an apposition. (Built per question with the name inside, their compiling
  // was a tenth of the answerer's time.)
  const found = scan(prep, n, lower);
  if (found || n !== cased(who) || last === who) return found;
  // "Mitt Romney ... Romney, the 2012 GOP presidential nominee, visited Iowa": a reporter gives the
  // role at a later mention by the surname alone. (Not where another first name stands before
  // the surname: "Ann Romney, his wife,".)
  return scan(prep, cased(last), lower, who.split(/\s+/)[0]);
}

/** The role given around the places a sentence names the person (`n`, a compiled name pattern). */
function scan(prep: PreparedArticle, n: string, lower: boolean, first?: string): PatternResult | null {
  const at = new RegExp(`${NAME_START}${n}${NAME_END}`, 'gu');
  // (Weaker shapes answer only when no sentence has one of shapeAround's.)
  let weak: PatternResult | null = null;
  for (let k = 0; k < prep.sentences.length; k++) {
    const t = prep.sentences[k].text;
    const spots: [string, string][] = [];
    for (const m of t.matchAll(at)) {
      const before = t.slice(0, m.index);
      const prev = /(\p{L}[\p{L}'’.-]*)\s+$/u.exec(before)?.[1];
      if (first && prev && prev.toLowerCase() !== first.toLowerCase() && /^\p{Lu}/u.test(prev)) continue;
      spots.push([before, t.slice(m.index + m[0].length)]);
    }
    if (spots.length === 0) continue;
    const found = shapeAround(spots);
    if (found) return { ...found, sentence: k, kind: 'role' };
    if (!weak) {
      const w = weakShapeAround(spots, lower);
      if (w) weak = { ...w, sentence: k, kind: 'role' };
    }
  }
  return weak;
}

/**
 * Shapes that say less of a role: "bobby lee, who co-owns the big texan, told ..." (what the
 * relative clause says the person does) and "Dr. Ted Trimble of the National Cancer Institute"
 * (the body the person speaks for; not in lower-case copy, which has no capitals to find it by).
 */
function weakShapeAround(spots: [string, string][], lower: boolean): { text: string } | null {
  for (const [, a] of spots) {
    const m = WHO_IS.exec(a) ?? WHO_CLAUSE.exec(a);
    if (m) return { text: m[1].trim() };
  }
  if (lower) return null;
  for (const [, a] of spots) {
    const m = OF_BODY.exec(a);
    if (m) return { text: m[1].replace(/\s+(?:of|for|and|on|the)$/u, '').trim() };
  }
  return null;
}

/** The first shape (in order of trust) that names a role around one of the name's places. */
function shapeAround(spots: [string, string][]): { text: string } | null {
  const first = (re: RegExp, side: 0 | 1, ok: (x: string) => boolean = () => true): string | null => {
    for (const spot of spots) {
      const m = re.exec(spot[side]);
      if (m && ok(m[1])) return m[1];
    }
    return null;
  };
  // "Abu Ammar (Arafat) is right": a name the reporter glosses in brackets with the name the reader knows.
  const gloss = first(GLOSS, 1, (x) => !PLACE_LOOKUP.has(x) && !isDemonym(x));
  if (gloss !== null) return { text: gloss };
  // (A first name may stand between: "Council leader Tony Dyer" for "Who is Dyer?".)
  const before = first(BEFORE, 0);
  if (before !== null) {
    // "Pakistani army spokesman Maj. Gen. Asim Bajwa": a rank's abbreviation follows the job it is the rank in.
    const job = RANK_ONLY.test(before) ? spots.map(([b]) => BEFORE.exec(b.replace(/(?:\p{Lu}[\p{L}'’-]*\s+)?$/u, '').replace(/(?:\p{Lu}[\p{L}]*\.\s*)+$/u, ''))?.[1]).find((x) => x && !RANK_ONLY.test(x)) : undefined;
    return { text: (job ?? before).replace(/^(?:The|A|An)\s+/, '').trim() };
  }
  // "The pilot was identified as Martin Halvorsen": the role the story names the person as.
  const identified = first(IDENTIFIED, 0);
  if (identified !== null) return { text: identified.replace(/^The\s/, 'the ') };
  const opening = first(OPENING, 0, (w) => OPENING_TITLES.has(w.toLowerCase()));
  if (opening !== null) return { text: opening };
  // "sanchez's mother, donna cimarelli": a kin word after a possessor, then the name.
  const kin = first(KIN_BEFORE, 0) ?? first(KIN_OPEN_BEFORE, 0);
  if (kin !== null) return { text: kin };
  // "contacted his local MP, Lindsay Hoyle, after ...": a title after a possessive, then the name set off by a comma.
  // "iran's human rights chief, mohammad javad larijani, told ...": the same after a named possessor.
  // "a young woman named fatu kekula": the description before "named".
  const theirs = first(THEIRS, 0) ?? first(NAMED, 0);
  if (theirs !== null) return { text: theirs };
  // "One of the injured firefighters, Lisa Ward, 29, ...": the description before the name, set off by commas.
  // ("The lead author, Dr. Amira Haddad, said ...": an honorific and a first name may stand before it.)
  for (const [b, a] of spots) {
    const m = AHEAD.exec(b);
    if (m && /^\s*,/.test(a)) return { text: m[1] };
  }
  // "X, the ...," / "X, a karachi police spokesman." / "X, of post office travel money,".
  const after = first(AFTER, 1);
  if (after !== null) return { text: after };
  // "Claire Wylie, head of policy and research at the Samaritans, told ...": a job with no
  // article, set off by commas (its first words lower case, a job word among them).
  // "Bernice Moore, Pratcher's grandmother, said": a title or kin after a possessor, set off by commas after the name.
  const theirsAfter = first(THEIRS_AFTER, 1);
  if (theirsAfter !== null) return { text: theirsAfter };
  const job = first(JOB, 1, (x) => /^(?:[a-z]|(?:[\p{Lu}][\p{L}-]*\s+)?[\p{Lu}][\p{L}-]*\s?['’])/u.test(x)) ?? first(COUNSEL, 1) ?? first(JOB_LONG, 1);
  if (job !== null) return { text: job };
  // "Jim Oberweis is president of Oberweis Asset Management and editor of ...".
  const is = first(IS, 1, (x) => /^[a-z]/.test(x));
  return is !== null ? { text: is.trim() } : null;
}

/** Titles and jobs a reporter writes right before a name ("Kyrgyz President", "cnn correspondent"). */
const TITLE_WORDS =
  '[Ss]ecretary of (?:[Ss]tate|[Dd]efen[cs]e|[Hh]ealth|[Ss]tate for [\\p{L}]+)|'+
  'President|Minister|Premier|[Cc]hancellor|Secretary|Governor|Mayor|Senator|[Aa]mbassador|[Bb]oss|(?:[Aa]ssembly|[Bb]oard|[Cc]ouncil|[Cc]abinet|[Cc]ongress|[Pp]arliament) [Mm]ember|[Cc]hairman|[Cc]hairwoman|Director|Chief|King|Queen|Coach|Manager|Captain|Judge|Prime Minister|Foreign Minister|[Cc]hief executive|spokesman|spokeswoman|spokesperson|coach|manager|striker|midfielder|defender|singer|star|Star|[Aa]dviser|[Aa]dvisor|aide|[Pp]rofessor|[Cc]ommander|economist|analyst|lawyer|[Aa]ttorney|[Ee]ditor|founder|quarterback|receiver|forward|correspondent|reporter|photojournalist|[Cc]ommissioner|[Pp]rincipal|' +
  '[Ll]eader|[Cc]hair|[Cc]hairperson|CEO|[Tt]reasurer|[Cc]hampion|[Cc]ampaigner|[Cc]ouncillor|[Cc]ouncilor|[Aa]ctivist|[Oo]fficial|[Oo]rganiser|[Oo]rganizer|[Pp]resident|[Mm]inister|[Ss]ecretary|[Gg]overnor|[Mm]ayor|[Ss]enator|[Dd]irector|[Oo]fficer|[Ii]nspector|[Dd]etective|[Ss]uperintendent|' +
  // (Session 21: a critic and the clergy's titles: "film critic richard corliss", "Miami Archbishop John Favalora".)
  '[Cc]ritic|[Aa]rchbishop|[Bb]ishop|[Cc]ardinal|[Pp]astor|[Rr]abbi|[Ii]mam';
/** One-word lower-case titles, which a sentence may open on with a capital ("Analyst Petter Haugland of DNB Markets said"). */
const OPENING_TITLES = new Set(TITLE_WORDS.split('|').filter((w) => /^[a-z]+$/.test(w)));
/** Jobs named by the work ("meteorologist ivan cabrera", "Screenwriter Allan Cubitt", "fertility specialist"). */
const AGENT_WORDS =
  '[A-Za-z]*(?:olog|nom|ycholog|iatr)ist|[Cc]onsultant|[Ss]pecialist|[Ss]cientist|[Jj]ournalist|[Cc]olumnist|[Nn]ovelist|[Aa]rtist|[Gg]uitarist|[Pp]ianist|[Tt]herapist|[Cc]hemist|[Pp]hysicist|' +
  '[Ee]xpert|[Cc]ontributor|[Ss]creenwriter|[Ww]riter|[Pp]hotographer|[Dd]esigner|[Pp]roducer|[Bb]roadcaster|[Pp]resenter|[Aa]uthor|[Pp]oet|[Aa]ctor|[Aa]ctress|[Ff]ilmmaker|[Cc]urator|[Dd]ean|[Hh]istorian|[Pp]hysician|[Ss]urgeon|[Aa]rchitect|[Ee]ngineer|[Cc]hef|[Pp]ilot|[Nn]urse|[Pp]aleontologist|[Mm]anaging director|[Cc]hief';
/**
 * Titles, positions and ranks the lists above lacked (session 16's ninth batch): a lower-case
 * "captain", a player's position ("Fly-half X", "winger X", "cricketer"), a member's letters ("MP",
 * "MSP", "AM"), an abbreviated police or army rank ("Det Ch Insp X", "brig. gen. X"), a neighbour.
 */
const RANKS =
  '[Cc]aptain|[Ff]ly-half|[Ss]crum-half|[Ww]inger|[Gg]oalkeeper|[Ww]icketkeeper|[Cc]ricketer|[Jj]ockey|[Nn]eighbou?r|MP|MEP|MSP|AM|Insp|Supt|[Ss]gt\\.?|[Gg]en\\.';
/** Letters after a name before its apposition ("john swartzberg, m.d., a clinical professor"). */
const CREDENTIAL = '(?:[Mm]\\.\\s?[Dd]\\.|[Pp]h\\.\\s?[Dd]\\.|QC|[Jj]r\\.|[Ss]r\\.),\\s+';
/** Words that join clauses, never part of a title before a name ("while winger Tom Pask"). */
const JOINING = 'while|and|but|or|as|by|with|from|to|for|when|after|before|said|says|added|told|than|if|because|meanwhile|whereas';
/** Kin a reporter names someone by ("his mother, Jane Doe"). */
const KIN = 'mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather|uncle|aunt|cousin|widow|widower|girlfriend|boyfriend|fiancée|fiancee|partner|mom|mum|dad|stepmother|stepfather|stepson|stepdaughter|grandson|granddaughter|niece|nephew|friend';
/** Kin that may open a sentence with no possessor ("Daughter jill mclain said ...", "Son Michael Upright said ..."). */
const KIN_OPEN = '[Dd]aughter|[Ss]on|[Ww]ife|[Hh]usband|[Ww]idow|[Bb]rother|[Ss]ister|[Mm]other|[Ff]ather';

// The shapes, each read on the text before one place the name stands (ending there) or after it (opening there).
// (A lower-case word before the title is part of it - "saudi brig. gen.", "defense lawyer" - unless it joins clauses: "while winger X".)
// (And lower-case words of what the title is of: "netflix vice president of original content cindy holland".)
const BEFORE = new RegExp(`((?:\\b[\\p{Lu}][\\p{L}'’.-]*\\s+){0,2}(?:[\\p{Lu}][\\p{L}.-]*|\\b(?!(?:${JOINING})\\s)[a-z]+\\.? )?(?:${TITLE_WORDS}|${AGENT_WORDS}|${RANKS})(?:\\s+of\\s+(?:[a-z][a-z-]*\\s+){0,2}[a-z][a-z-]*)?)\\s+(?:[\\p{Lu}][\\p{L}'’-]+\\s+|[Dd]r\\.?\\s+)?$`, 'u');
// Rank abbreviations alone ("Maj. Gen."), read with the job before them.
const RANK_ONLY = /^(?:\p{Lu}[\p{L}]*\.\s*)+$/u;
// "The pilot was identified as Martin Halvorsen", "the victim has been named as ...": the role the story names the person as.
const IDENTIFIED = /(?:^|[,;:]\s+)((?:[Tt]he)\s+(?:[a-z-]+\s+){0,2}[a-z-]{3,})\s+(?:was|were|is|has been|had been)\s+(?:(?:officially|formally|later|publicly|since)\s+)?(?:identified|named)\s+(?:[\p{L}.]+\s+){0,4}?as\s+(?:[\p{Lu}][\p{L}'’-]+\s+)?$/u;
// "Analyst Petter Haugland of DNB Markets said": a lower-case title written with a capital because it opens the sentence.
const OPENING = /^\s*(\p{Lu}\p{Ll}+)\s+(?:[\p{Lu}][\p{L}'’-]+\s+)?$/u;
// (A sentence may open on the possessive - "His mother, joy," - and copy may space the apostrophe: "matt ’ s mom flonnie".)
const KIN_BEFORE = new RegExp(`((?:[\\p{L}][\\p{L}-]*\\s?['’]\\s?s|\\b(?:[Hh]is|[Hh]er|[Tt]heir))\\s+(?:(?:best|late|former)\\s+)?(?:${KIN})),?\\s+$`, 'u');
// "Daughter jill mclain said ...": kin with no possessor, opening the sentence or a clause.
const KIN_OPEN_BEFORE = new RegExp(`(?:^|[;:]\\s+)((?:${KIN_OPEN})),?\\s+$`, 'u');
const THEIRS = new RegExp(`\\b((?:his|her|their|its|[\\p{L}][\\p{L}.-]*['’]s)\\s+(?:[a-z]+\\s+){0,2}(?:${TITLE_WORDS}|${AGENT_WORDS}|MP|MEP|MSP|AM)),\\s+$`, 'u');
const NAMED = /\b((?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:named|called)\s+$/u;
const AHEAD = /(?:^|,\s+)((?:[Tt]he|[Aa]n?|[Oo]ne of the)\s+[^,.;"“”]{3,60}?),\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?(?:[\p{Lu}][\p{L}'’-]+\s+)?$/u;
const AFTER = new RegExp(`^,\\s+(?:${CREDENTIAL})?(?:(?:then|now|formerly|once)\\s+)?((?:the|a|an)\\s+[^,.;]{3,120}?|of\\s+[^,.;]{3,60}?)(?:,|\\s*[.]?$|\\.\\s)`, 'u');
// ("jon king, bonhams ' vice president.": the employer's possessive may open it, and it may end the sentence.)
const JOB = new RegExp(`^,\\s+(?:${CREDENTIAL})?((?:(?:[\\p{L}][\\p{L}-]*\\s+)?[\\p{L}][\\p{L}-]*\\s?['’]\\s?s?\\s+)?(?:[a-z-]+\\s+){0,3}(?:${TITLE_WORDS}|${AGENT_WORDS}|head|${KIN})\\b[^,.;"“”—]{0,80}?)(?:,|\\s*(?:—|--)|\\s*\\.?$|\\.\\s)`, 'u');
// (A longer one only when set off by a comma after it too: "Prof Sharon Lewin, director of the Peter Doherty Institute for Infection and Immunity at the University of Melbourne in Australia, said".)
const JOB_LONG = new RegExp(`^,\\s+((?:[a-z-]+\\s+){0,3}(?:${TITLE_WORDS}|${AGENT_WORDS}|head)\\b[^,.;"“”—]{80,120}?),`, 'u');
// "David Jenkins, prosecuting, told Judge ...": a court report names counsel by the side they speak for.
const COUNSEL = /^,\s+(prosecuting|defending|in mitigation)\b/u;
const IS = new RegExp(`^\\s+(?:is|was)\\s+((?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${TITLE_WORDS}|${AGENT_WORDS}|${RANKS})\\b[^,.;"“”]{0,80})`, 'u');
const THEIRS_AFTER = new RegExp(`^,\\s+((?:his|her|their|its|[\\p{L}][\\p{L}.-]*['’]s)\\s+(?:[a-z-]+\\s+){0,2}(?:${TITLE_WORDS}|${AGENT_WORDS}|${KIN}|${RANKS})\\b[^,.;"“”]{0,60}?),`, 'u');
// "bobby lee, who co-owns the big texan, told ...": what the relative clause says the person does.
// "greg wallace, who is one of the judges on the show, pointed out ...": what the clause says the person is.
const WHO_IS = /^,\s+who\s+(?:is|was)\s+((?:one of the|the|a|an)\s+[a-z][^,.;"“”]{2,80}?),/u;
const WHO_CLAUSE = /^,\s+who\s+(?!(?:said|says|told|added|was|is|were|had|has|did|does|will|would)\b)([a-z][^,.;"“”]{3,80}?),/u;
// "Dr. Ted Trimble of the National Cancer Institute": the body the person speaks for.
const OF_BODY = /^\s+(of\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}'’&-]*))*)/u;
