/**
 * Span boundary repairs: the span model picks a span by its edges, and some edges it gets
 * wrong in ways a reader spots at once. Each repair here is a shape of the sentence, not of a
 * question: a name cut at an initial ("Nicholas E" -> "Nicholas E. Golovin"), a count that
 * drags its noun along ("2000 guests" for "How many guests ...?" -> "2000"), a day without its
 * month ("18, 1756" -> "May 18, 1756"), half of a range ("9" of "9–18"), a possessive kept on
 * a name asked for by "who" ("Charles Darwin's" -> "Charles Darwin"). Measured on qa-dev and our
 * news questions (docs/answers.md, "Spans and dates (session 4)").
 */
import { isDateWord } from './dates.ts';
import { TIME_NOUN } from '../text/time-words.ts';
import { ROLE_NOUNS } from '../entities/lexicon.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, type Token } from './spans.ts';
import { FIGURE_ORDINAL, ordinalAlt } from '../text/number-words.ts';

/** A span as first and last token (inclusive), and whether a possessive "'s" ends the text early. */
export interface Bounds {
  a: number;
  b: number;
  /** Characters to drop from the end of the last token (a possessive "'s"). */
  trimEnd: number;
}

const isInitial = (t: Token | undefined): boolean => t !== undefined && /^(\p{Lu}|v|vs)$/u.test(t.text);
const isCapWord = (t: Token | undefined): boolean => t !== undefined && t.isWord && /^\p{Lu}/u.test(t.text);
const isNum = (t: Token | undefined): boolean => t !== undefined && t.cls === Cls.Num && /\p{N}/u.test(t.text);
/** Words that count but are not a count's noun: "five million", "two dozen", "10 per cent". */
const SCALE = /^(hundreds?|thousands?|millions?|billions?|trillions?|dozens?|percent|cent|bn|m|k)$/;
/** Words before an amount that are part of it: "about 300", "up to 30%", "more than 5,100". */
const QUALIFIER1 = new Set(['every', 'about', 'around', 'almost', 'nearly', 'over', 'approximately', 'roughly', 'under', 'just']);
const QUALIFIER2 = ['up to', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'as many', 'as much', 'just over', 'just under'];
const UNIT = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)$/;
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'while', 'although', 'though']);
const DASH = /^[–—-]$/;
const ORDINAL = new RegExp(`^(?:${FIGURE_ORDINAL}|${ordinalAlt(10)})$`);
/** Lower-case words for a person that a team, firm or country may stand before ("the Mercedes driver", "the Chelsea striker"). */
/** Stems of the kinds of body a "which" question asks for by name. */
const BODY_KIND = /^(?:team|club|side|compani|firm|parti|newspap|paper|bank|airlin|broadcast|channel|agenc|union|group|univers|hospit|school)$/;
const SEASON = /^(spring|summer|autumn|fall|winter|end|beginning|middle|start)$/;

/** Repair the edges of span [a, b] of a sentence's tokens for the question asked. */
export function repairBounds(tokens: readonly Token[], a0: number, b0: number, q: QuestionInfo, setting = false): Bounds {
  let a = a0;
  let b = b0;
  // A name cut at an initial or "v.": "Nicholas E" + ". Golovin", "Brown v" + ". Board of Education".
  while (isInitial(tokens[b]) && tokens[b + 1]?.text === '.' && isCapWord(tokens[b + 2]) && (b > a || isCapWord(tokens[b]))) {
    b += 2;
    b = capRun(tokens, b);
  }
  // ... or starting right after one: "Golovin" with "Nicholas E." before it.
  while (a >= 2 && isCapWord(tokens[a]) && tokens[a - 1].text === '.' && isInitial(tokens[a - 2]) && /^\p{Lu}$/u.test(tokens[a - 2].text)) {
    a -= 2;
    while (a > 0 && tokens[a - 1].cls === Cls.Cap) a--;
  }
  if (q.expect !== 'person' && q.expect !== 'date' && tokens[a].cls === Cls.Cap) {
    // Never half a name, for things and places too: "Duquesne" -> "Fort Duquesne", "Jumonville
    // Glen" -> "Battle of Jumonville Glen".
    for (;;) {
      while (a > 0 && tokens[a - 1].cls === Cls.Cap) a--;
      if (a > 1 && tokens[a - 1].lower === 'of' && tokens[a - 2].cls === Cls.Cap) a -= 2;
      else break;
    }
  }
  // ... but not into a name the question itself gives ("the United Nations" + "Ban Ki-moon").
  if (q.expect !== 'person' && q.expect !== 'date' && isCapWord(tokens[b])) b = capRun(tokens, b, true, new Set(q.terms));
  if (tokens[b].cls === Cls.Num && UNIT.test(tokens[b + 1]?.lower ?? '') && (q.wh === 'how long' || q.wh === 'how often' || q.wh === 'how old')) b++;
  // "Why was Nordtel fined?" over "for failing to protect the data": the verb before "to" is part
  // of the reason ("to protect the data" says the opposite).
  if (q.expect === 'reason' && tokens[a]?.lower === 'to' && a > 0 && /^\p{Ll}+ing$/u.test(tokens[a - 1].text)) a--;
  // "Why did shares fall?" over "fell 9 percent on Monday after the carmaker cut its forecast":
  // when the deed happened is not why; the reason starts after "after" / "because" / "amid".
  if (q.expect === 'reason') {
    let k = a;
    while (k < b && k < a + 4 && (/^(?:on|in|last|this|early|late)$/i.test(tokens[k].text) || isDateWord(tokens[k].text) || tokens[k].cls === Cls.Num)) k++;
    if (k > a && k < b && /^(?:after|because|amid|following)$/i.test(tokens[k].text)) a = /^of$/i.test(tokens[k + 1]?.text ?? '') && k + 2 <= b ? k + 2 : k + 1;
  }
  // "What was Nestle's net profit?" over "a 9 percent fall in net profit on Thursday to 5.6 billion
  // francs": the day of the report and "to" are not the figure; the answer starts at the figure.
  if (q.expect !== 'date' && q.wh !== 'when' && isDateWord(tokens[a].text) && /^(?:to|from)$/i.test(tokens[a + 1]?.text ?? '') && a + 2 <= b && (tokens[a + 2].cls === Cls.Num || /^[$£€¥]$/.test(tokens[a + 2].text))) a += 2;
  // "Where did the fire start?" over "started on Sunday afternoon near the village of Varnavas": the
  // time before the place is not the place ("near" stays: it says how close).
  if (q.expect === 'place') {
    let k = a;
    while (k < b && k < a + 4 && (/^(?:on|last|this|early|late|morning|afternoon|evening|night|overnight)$/i.test(tokens[k].text) || isDateWord(tokens[k].text))) k++;
    if (k > a && k < b && /^(?:in|at|near|outside|off)$/i.test(tokens[k].text)) a = /^(?:in|at)$/i.test(tokens[k].text) ? k + 1 : k;
    // "Where were the students beaten?" over "beat two high school students during a protest outside
    // the ministry on Monday": the question's own words are not the place; it starts at the
    // preposition of place, and the day after it is not part of it.
    const p = tokens.findIndex((t, x) => x > a && x < b && /^(?:in|at|near|outside|inside|off)$/i.test(t.text));
    if (q.wh === 'where' && p > a && tokens.slice(a, p).some((t) => q.terms.includes(t.stem)) && !tokens.slice(a, p).some((t) => t.cls === Cls.Cap)) {
      a = /^(?:in|at)$/i.test(tokens[p].text) ? p + 1 : p;
      const day = tokens.findIndex((t, x) => x > a + 1 && x < b && t.lower === 'on' && isDateWord(tokens[x + 1]?.text ?? ''));
      if (day > 0) b = day - 1;
    }
  }
  // "How did the robbers escape?" over "escaped on motorbikes in less than four minutes on Dec. 2":
  // how long and when it happened are not how; the manner ends before them.
  if (q.expect === 'manner') {
    const cut = tokens.findIndex((t, k) => k > a + 1 && k <= b && /^(?:on|in|at|within|by)$/i.test(t.text) && tokens.slice(k + 1, k + 5).some((x) => isDateWord(x.text) || TIME_NOUN.test(x.lower)));
    if (cut > 0) b = cut - 1;
  }
  // "Which team does Norris drive for?" over "with Lando Norris third for McLaren": a body asked
  // for by "which" is the name after the preposition, not the words before it.
  if (q.wh === 'which' && BODY_KIND.test(q.focus ?? '') && isCapWord(tokens[b]) && !isCapWord(tokens[a])) {
    let run = b;
    while (run > a && isCapWord(tokens[run - 1])) run--;
    if (run > a && /^(?:for|at|with|from|by)$/i.test(tokens[run - 1].text)) a = run;
  }
  // "Who started from pole?" over "The Mercedes driver started ...": a team or a country before a
  // word for a person is not the person; the answer is the whole description.
  // ("A former Barclays trader was jailed": "a" and a word of former standing too.)
  if (q.wh === 'who' && isCapWord(tokens[a]) && tokens.slice(a, b + 1).every((t) => isCapWord(t)) && ROLE_NOUNS.has(tokens[b + 1]?.text ?? '')) {
    const standing = /^(?:former|ex|veteran|retired|senior|junior|young|top|leading)$/i.test(tokens[a - 1]?.text ?? '') ? 1 : 0;
    if (/^(?:the|a|an)$/i.test(tokens[a - 1 - standing]?.text ?? '')) {
      a -= 1 + standing;
      b++;
    }
  }
  // A speed keeps its unit: "150" -> "150 kilometers per hour", "93 mph" ("How fast ...?" too,
  // whose span may already end on "kilometers").
  // ("How strong were the gusts?": a wind's strength is its speed too; "135 km/h" is written in three tokens.)
  if (q.terms.includes('speed') || /^how (?:fast|strong|powerful)$/.test(q.wh)) {
    const at = tokens[b].cls === Cls.Num ? b : tokens[b - 1]?.cls === Cls.Num ? b - 1 : -1;
    const per = (k: number) => (/^(?:per|an|a)$/.test(tokens[k]?.lower ?? '') && /^(?:hour|second|minute)$/.test(tokens[k + 1]?.lower ?? '')) || (tokens[k]?.text === '/' && /^(?:h|hr|s)$/.test(tokens[k + 1]?.lower ?? ''));
    const unit = at < 0 ? 0 : /^(?:mph|kph|km\/h|knots)$/.test(tokens[at + 1]?.lower ?? '') ? 1 : /^(?:kilometers|kilometres|km|miles|metres|meters|m)$/.test(tokens[at + 1]?.lower ?? '') && per(at + 2) ? 3 : 0;
    if (unit) b = Math.max(b, at + unit);
  }
  // "What has Deutsche Bahn offered?" over "has offered an 11% pay rise": a figure that modifies a
  // noun is not the thing; the noun it modifies ends the phrase.
  if ((q.expect === 'verb' || q.expect === 'thing') && /^(?:a|an)$/i.test(tokens[a]?.text ?? '') && (tokens[b].cls === Cls.Num || tokens[b].text === '%')) {
    // (The tagger reads some nouns as verbs: "pay rise"; the phrase must end on a noun.)
    let e = b;
    for (let k = b + 1; k < tokens.length && k <= b + 3 && (tokens[k].cls === Cls.Noun || tokens[k].cls === Cls.Verb) && /^\p{Ll}/u.test(tokens[k].text); k++) if (tokens[k].cls === Cls.Noun) e = k;
    b = e;
  }
  if (q.expect !== 'reason' && q.expect !== 'manner') {
    // A relative clause is not part of the answer: "geophysical surveys that show ..." -> "geophysical surveys".
    for (let k = a + 1; k <= b; k++) {
      // ("that" after a preposition is a determiner: "in that year".)
      if (RELATIVE.has(tokens[k].lower) && tokens[k - 1].isWord && tokens[k - 1].cls !== Cls.Prep) {
        b = k - 1;
        while (b > a && !tokens[b].isWord) b--;
        break;
      }
    }
  }
  if (q.expect === 'number' && isNum(tokens[a])) {
    // An amount keeps its qualifier: "30%" -> "up to 30%", "5,100" -> "more than 5,100".
    const before = (n: number) => tokens.slice(Math.max(0, a - n), a).map((t) => t.lower).join(' ');
    const two = QUALIFIER2.find((w) => before(2) === w);
    if (two) a -= 2;
    else if (a > 0 && QUALIFIER1.has(tokens[a - 1].lower)) a--;
    if (a > 0 && /^[$£€¥]$/.test(tokens[a - 1].text) && a < a0) a--;
  }
  if (q.wh === 'how many' && tokens.slice(a, b + 1).some(isNum)) {
    // The count, not the counted: "2000 guests" -> "2000", "over 5,100 names" -> "over 5,100".
    let last = b;
    while (last > a && !(isNum(tokens[last]) || SCALE.test(tokens[last].lower))) last--;
    b = last;
  }
  // "What year ...?" asks for the year alone: no month before it, no range after it.
  const year = q.focus === 'year';
  if (!year && (q.expect === 'date' || q.expect === 'number' || q.wh === 'when')) {
    // A day with its month: "18, 1756" -> "May 18, 1756"; "1521" in "the summer of 1521".
    if (a > 0 && isNum(tokens[a]) && isDateWord(tokens[a - 1].text)) a--;
    else if (q.wh === 'when' && a > 1 && /^\d{4}$/.test(tokens[a].text) && tokens[a - 1].lower === 'of' && SEASON.test(tokens[a - 2].lower)) a -= 2;
  }
  // A range is one answer: "9" of "9–18", "2010" of "between 2005 and 2010".
  if (!year && isNum(tokens[b]) && DASH.test(tokens[b + 1]?.text ?? '') && isNum(tokens[b + 2]) && tokens[b + 1].start === tokens[b].end) b += 2;
  if (!year && isNum(tokens[a]) && a >= 2 && DASH.test(tokens[a - 1].text) && isNum(tokens[a - 2]) && tokens[a - 1].start === tokens[a - 2].end) a -= 2;
  // A ranking is one answer: "75" of "75 out of 80", "third" of "third out of 12".
  if (!year && (isNum(tokens[b]) || ORDINAL.test(tokens[b].lower)) && tokens[b + 1]?.lower === 'out' && tokens[b + 2]?.lower === 'of' && isNum(tokens[b + 3])) b += 3;
  if (q.wh === 'when' && a === b && isNum(tokens[a])) {
    if (a >= 3 && tokens[a - 1].lower === 'and' && isNum(tokens[a - 2]) && tokens[a - 3].lower === 'between') a -= 3;
    else if (a >= 1 && tokens[a - 1].lower === 'between' && tokens[b + 1]?.lower === 'and' && isNum(tokens[b + 2])) [a, b] = [a - 1, b + 2];
  }
  b = clauseEnd(tokens, a, b, NAMED.has(q.expect), q.expect !== 'reason' && q.expect !== 'verb');
  // (Not for a setting span-place.ts grew on purpose: "the County Ground in Bristol".)
  if (q.wh === 'where' && !isCapWord(tokens[a]) && !setting) {
    // "Where ...?" over "a 21-acre campus in the Longwood Medical Area": the place is the name after "in"/"at".
    for (let k = b - 1; k > a; k--) {
      if ((tokens[k].lower === 'in' || tokens[k].lower === 'at') && (isCapWord(tokens[k + 1]) || (tokens[k + 1].lower === 'the' && isCapWord(tokens[k + 2])))) {
        a = k + 1;
        break;
      }
    }
  }
  let trimEnd = 0;
  if (q.wh === 'who' || q.wh === 'whom') {
    // "Who ...?" asks for the person, not what is theirs: "Charles Darwin's theory" -> "Charles Darwin".
    for (let k = a; k <= b; k++) {
      // Not "Pakistan's High Commissioner Wajid Hasan": a name after the possessive is the answer.
      const nameAfter = tokens.slice(k + 1, b + 1).some(isCapWord);
      if (isCapWord(tokens[k]) && /['’]s$/.test(tokens[k].text) && tokens[k].text.length > 2 && !nameAfter) {
        b = k;
        trimEnd = 2;
        break;
      }
    }
  }
  // "Who fined Nordtel?" over "Sweden's data protection authority fined ...": the possessor is not
  // the doer; the whole phrase up to the asked verb is.
  if (trimEnd === 2 && q.form === 1 && q.gapRight) {
    let k = b + 1;
    while (k < tokens.length && k <= b + 5 && tokens[k].isWord && /^\p{Ll}/u.test(tokens[k].text) && tokens[k].stem !== q.gapRight) k++;
    if (k > b + 1 && tokens[k]?.stem === q.gapRight) {
      b = k - 1;
      trimEnd = 0;
    }
  }
  // "Who is Jason Riggs?" over "sheriff jason riggs said", "Where was Emily Carter from?" over
  // "emily carter of fargo, north dakota", "Who is the Dover MP?" over "Dover MP Charlie Elphicke":
  // the name asked about is not its own answer (a lower-case story leaves it inside the span).
  if ((q.wh === 'who' || q.wh === 'where') && trimEnd === 0) {
    const asked = (k: number) => tokens[k].isWord && q.terms.includes(tokens[k].stem) && tokens[k].cls !== Cls.Noun;
    let x = a;
    let y = b;
    // (A whole name of two words or more: "Fort" of "Fort Niagara" asked "Which fort ...?" stays.)
    while (x < y && asked(x)) x++;
    if (x - a < 2) x = a;
    else if (/^(?:of|from|,)$/.test(tokens[x].lower) && x < y) x++;
    while (y > x && asked(y)) y--;
    // ("Wang Zhen's Nong Shu": what follows a possessive is the thing named, not the one asked about.)
    if (b - y < 2 || /['’]s?$/.test(tokens[y].text)) y = b;
    if ((x > a || y < b) && tokens.slice(x, y + 1).some((t) => t.isWord && !q.terms.includes(t.stem))) [a, b] = [x, y];
  }
  return { a, b, trimEnd };
}

/** The end of a run of capitalised words (with "of"/"de" glue before another) from token b, short of a word the question asks with. */
function capRun(tokens: readonly Token[], b: number, glue = true, asked: ReadonlySet<string> = new Set()): number {
  let end = b;
  for (let k = b + 1; k < tokens.length; k++) {
    if (isCapWord(tokens[k]) && asked.has(tokens[k].stem)) break;
    if (isCapWord(tokens[k])) end = k;
    else if (glue && /^(of|de|van|von|der|the)$/.test(tokens[k].lower) && isCapWord(tokens[k + 1])) continue;
    else break;
  }
  return end;
}

/** A verb that says its tense or person: "is", "would", "said", "wants" (not a bare "regain"). */
const isFinite = (t: Token): boolean => t.cls === Cls.Aux || t.cls === Cls.VerbPast || (t.cls === Cls.Verb && /\p{Ll}s$/u.test(t.text) && !/ss$/.test(t.lower));

/** Answers that are a name, a date or a number. */
const NAMED = new Set<string>(['person', 'place', 'date', 'number']);
const VERBISH = new Set<number>([Cls.Verb, Cls.VerbPast, Cls.VerbIng, Cls.Aux]);

/**
 * A span stops at a comma (or an "and") that opens another clause: "German-language publications, Luther's
 * version quickly became ..." -> "German-language publications". A list ("A, B and C") has no verb
 * after its commas and is kept whole.
 */
function clauseEnd(tokens: readonly Token[], a: number, b: number, named: boolean, finite = false): number {
  for (let k = a + 1; k < b; k++) {
    if (tokens[k].text !== ',') continue;
    // A comma inside a date or number ("January 27, 1967") does not end anything.
    if (isNum(tokens[k + 1]) && /^\d{4}$/.test(tokens[k + 1].text)) continue;
    if (tokens.slice(k + 1, b + 1).some((t) => VERBISH.has(t.cls))) return k - 1;
  }
  // "Falkirk and had a loan spell": for a name, date or number, "and" + a verb starts another
  // clause too (a reason or an action may well be two: "to gain support and regain authority").
  for (let k = a + 1; k < b && named; k++) {
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && VERBISH.has(tokens[k + 1].cls)) return k - 1;
  }
  // "copyright infringement and wants $10 million", "fine but had a lucky escape": for a thing or a
  // manner too, "and"/"but" + a finite verb (not "to gain support and regain authority") starts another clause.
  for (let k = a + 1; k < b && finite; k++) {
    if ((tokens[k].lower === 'and' || tokens[k].lower === 'but') && isFinite(tokens[k + 1])) return k - 1;
  }
  return b;
}
