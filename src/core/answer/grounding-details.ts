/**
 * Near misses a news reader asks all the time: the question gives a detail (a year, a country, a
 * size) and the sentence that would answer is about another one. "How many people were injured in
 * the 2008 explosion?" over a sentence about the 2010 one; "How many times has Germany revoked his
 * citizenship?" over "Canada has revoked his citizenship three times"; "How much does a large
 * Slurpee cost?" over "$1.49, the average cost of a medium slurpee"; "the paper £5 notes" over a sentence
 * about the £10 one. These hold for answers read by
 * the fixed patterns (patterns.ts) as much as for the span model's, so both ask here.
 */
import { rankWordConflict } from './grounding-rank-word.ts';
import type { PreparedArticle } from './prepare.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { DEMONYMS } from '../entities/gazetteer.ts';
import { isLowerCaseCopy } from './news-copy.ts';
import { fullMonthIndex, MONTH_WORDS, WEEKDAY_WORDS } from '../text/calendar-words.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { isStop } from './spans.ts';
import { amountOfAnother } from './count-owner.ts';
import { AMOUNT_ASKED } from './grounding-region.ts';
import { ordinalAlt } from '../text/number-words.ts';
import { YEAR_DIGITS, YEAR_IN_TEXT } from '../text/years.ts';

const YEAR = new RegExp(`\\b(${YEAR_DIGITS})\\b`, 'g');
/** Words that say one size or grade of a thing sold or served; another one is another thing. */
const SIZES = ['small', 'medium', 'large', 'regular', 'jumbo', 'mini', 'extra-large'];
const SIZE_RE = new RegExp(`\\b(${SIZES.join('|')})\\b`, 'gi');
/** Countries written another way than the question may write them ("America" for "U.S."). */
const ALIASED = /^(America|US|USA|United States|Britain|UK|United Kingdom|England|Holland|Netherlands)$/;

/** The text of a sentence and its two neighbours (a year or a name is often given one sentence away). */
function around(prep: PreparedArticle, k: number): string {
  return [k - 1, k, k + 1]
    .filter((j) => j >= 0 && j < prep.sentences.length)
    .map((j) => prep.sentences[j].text)
    .join(' ');
}

/** The article's whole text, lower case, once per article. */
const textCache = new WeakMap<PreparedArticle, string>();
function articleText(prep: PreparedArticle): string {
  let t = textCache.get(prep);
  if (t === undefined) {
    t = prep.sentences.map((s) => s.text).join(' ').toLowerCase();
    textCache.set(prep, t);
  }
  return t;
}

/**
 * Why the sentence `k` cannot answer the question's details, or null. Meant for news copy: an
 * encyclopaedia paragraph gives years and places more loosely.
 */
/** "this year", "last season", "next month": a time the question places relative to the story's. */
const RELATIVE_TIME = /\b(this|last|next)\s+(year|season|month|week)\b/gi;

/** A figure and the plural noun it counts, in a question: "9,800 steps", "40 hours". (Not a year: "2030 elections".) */
const COUNTED = /\b(\d{1,3}(?:,\d{3})+|\d{2,4}(?!\d))\s+(\p{Ll}{3,}s)\b/gu;

/**
 * "How many people were jailed in 1994?" over "... jailing nearly 200 people for taking part in
 * demonstrations against the pact" in a 1996 story that says "won presidential polls in 1994"
 * elsewhere: the year asked is the year of another event the story dates, and the pattern's
 * sentence (nor the one beside it) never says it. A story dated in the year asked is left alone
 * (its undated sentences are of that year).
 */
export function yearOfAnotherEvent(question: string, prep: PreparedArticle, k: number, storyDate: string | null): string | null {
  if (!storyDate) return null;
  const near = around(prep, k);
  for (const m of question.matchAll(YEAR)) {
    const year = m[1];
    if (near.includes(year) || storyDate.startsWith(year)) continue;
    if (articleText(prep).includes(year)) return `dates another event in ${year}`;
  }
  return null;
}

/** A month a question dates its figure or deed by: "in May", "since March", "last October". */
const ASKED_MONTH = /\b(?:in|since|during|by|until|before|after|from|early|late|mid|last|next|this)[\s-](January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/**
 * "How much did incomes rise in May?" over a report of July's figures (and June's, and last
 * October's) that never names May: a month the question dates its figure by that the story does
 * not give anywhere, and that is not the dateline's month (whose undated sentences are of it), is
 * another time than any the story reports. In lower-case copy "may" is only taken for the month
 * when written so ("in may").
 */
export function monthNeverGiven(question: string, prep: PreparedArticle, storyDate: string | null): string | null {
  const story = prep.sentences.map((s) => s.text).join(' ');
  const lower = isLowerCaseCopy(prep);
  for (const m of question.matchAll(ASKED_MONTH)) {
    const month = m[1];
    const index = fullMonthIndex(month);
    if (storyDate && Number(storyDate.slice(5, 7)) === index + 1) continue;
    const said = new RegExp(`\\b${month}\\b|\\b${month.slice(0, 3)}\\.`, month === 'May' && !lower ? '' : 'i');
    if (!said.test(story)) return `never gives ${month}`;
  }
  return null;
}

export function detailConflict(question: string, prep: PreparedArticle, k: number): string | null {
  const sentence = prep.sentences[k]?.text ?? '';
  // "largest" over "second-largest", the fourth quarter over the third (grounding-rank-word.ts).
  const rank = rankWordConflict(question, sentence, articleText(prep));
  if (rank) return rank;
  const near = around(prep, k);
  // A year the question gives: in the sentence or beside it; else the sentence dates something
  // else (it gives another year), or the article never gives that year at all.
  for (const m of question.matchAll(YEAR)) {
    const year = m[1];
    if (near.includes(year)) continue;
    if (YEAR_IN_TEXT.test(sentence)) return `is about another year than ${year}`;
    if (!articleText(prep).includes(year)) return `never mentions ${year}`;
  }
  // A year, season, month or week the question gives by its place in time ("this year") over a
  // sentence that gives another ("fires burned 150,000 hectares last year"), and not the asked one.
  for (const m of question.matchAll(RELATIVE_TIME)) {
    const asked = m[0].toLowerCase();
    if (near.toLowerCase().includes(asked)) continue;
    const other = new RegExp(`\\b(?:this|last|next|previous|past|coming)\\s+${m[2]}\\b`, 'i').exec(sentence);
    if (other) return `is about ${other[0].toLowerCase()}, not ${asked}`;
  }
  // A sum the question names ("its paper £5 notes") over a sentence about another sum of that currency ("its £10 paper note").
  for (const m of question.matchAll(/([$£€])\s?(\d[\d,.]*)/g)) {
    if (near.includes(`${m[1]}${m[2]}`) || near.includes(`${m[1]} ${m[2]}`)) continue;
    if (new RegExp(`\\${m[1]}\\s?\\d`).test(sentence)) return `is about another sum than ${m[0]}`;
  }
  // A count the question names ("people who walked 9,800 steps") over a sentence that gives
  // another count of the same thing ("Even 3,800 steps a day ...") and not the asked one.
  for (const m of question.matchAll(COUNTED)) {
    const noun = m[2].toLowerCase();
    if (sentence.includes(m[1]) || /^(?:1[89]|20)\d\d$/.test(m[1])) continue;
    const other = new RegExp(`\\b(\\d[\\d,.]*)\\s+${esc(noun)}\\b`, 'i').exec(sentence);
    if (other && other[1] !== m[1]) return `is about ${other[1]} ${noun}, not ${m[1]}`;
  }
  // A country or city the question names that the article never names, when the sentence (or
  // the story) names a country: "How many crossings will be added to Rotterdam?" over a story
  // about crossings to Hook of Holland gives Holland's figure, not Rotterdam's.
  const words = question.replace(/^\s*\S+/, '').match(/\b[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?/gu) ?? [];
  for (const w of words) {
    const name = askedPlace(w) ? w : askedPlace(w.split(/\s+/)[0]) ? w.split(/\s+/)[0] : null;
    if (!name || ALIASED.test(name)) continue;
    // The country itself, not its people: "the German army" does not make Germany revoke anything.
    // An amount asked of a country the article names, but not here nor beside, while this sentence
    // names another country: "By how much did the basket price fall in Turkey?" over "... £37.39
    // for Bulgaria". (Amounts only: "When did Wales last play at ...?" over a match with another
    // country is about both.)
    // "How many homes does TV5Monde reach in Canada?" over "reaches 260 million homes worldwide": the world's figure.
    if (AMOUNT_ASKED.test(question) && WORLDWIDE.test(sentence) && !sentence.toLowerCase().includes(name.toLowerCase())) return `gives the world's figure, not ${name}'s`;
    if (articleText(prep).includes(name.toLowerCase())) {
      if (AMOUNT_ASKED.test(question) && PLACE_LOOKUP.get(name) === 'country' && !near.toLowerCase().includes(name.toLowerCase()) && namesCountry(wordsOf(sentence).filter((x) => x !== name))) return `is about another country than ${name}`;
      continue;
    }
    if (namesCountry(wordsOf(sentence))) return `is about another ${PLACE_LOOKUP.get(name) === 'city' ? 'place' : 'country'} than ${name}`;
    // "How many children in Wales eat school lunches?" over a story about England and Scotland:
    // the story never names the country or its people, and it names another one, so its figures
    // are that other country's.
    if (!peopleOf(prep, name) && namesCountry(wordsOf(casedText(prep)).filter((w) => w !== name))) return `never mentions ${name}`;
  }
  // A day the question gives ("in the week of march 29") over a sentence that gives another day:
  // the figure is that other day's.
  // (A month as the question writes it, "February 6", is the story's "Feb. 6": compared by their first three letters.)
  const day = (x: RegExpMatchArray) => `${x[1].slice(0, 3)} ${Number(x[2])}`.toLowerCase();
  for (const m of question.matchAll(MONTH_DAY)) {
    const asked = day(m);
    if ([...near.matchAll(MONTH_DAY)].some((x) => day(x) === asked)) continue;
    const said = [...sentence.matchAll(MONTH_DAY)].map(day);
    if (said.length && !said.includes(asked)) return `is about another day than ${m[0]}`;
  }
  // A weekday the question gives ("How many tons did India deliver on Monday?") over a sentence
  // that dates its figure by another weekday ("On Sunday alone, India delivered 187 tons"), the
  // asked one not beside it. (A reporting day - "said on Tuesday" - dates no deed.)
  const weekday = WEEKDAY.exec(question)?.[1].toLowerCase();
  if (weekday && !new RegExp(`\\b${weekday}\\b`, 'i').test(near)) {
    const other = [...sentence.matchAll(new RegExp(WEEKDAY.source, 'gi'))].find((x) => !/\b(?:said|says|told|announced|added|reported|confirmed)\s+(?:\w+\s+)?(?:on\s+)?$/i.test(sentence.slice(0, x.index)));
    if (other) return `is about another day than ${weekday}`;
  }
  // A numbered thing the question names ("the roku 3", "Game 4") over a sentence about another of
  // the same name ("roku 2 costing just $70", "in Game 2"): the figure is that other one's.
  for (const m of question.matchAll(NUMBERED)) {
    const word = m[1].toLowerCase();
    if (NOT_A_NAME.test(word) || new RegExp(`^(?:${MONTH_WORDS})$`, 'i').test(word)) continue;
    const own = new RegExp(`\\b${word}\\s+${m[2]}\\b`, 'i');
    if (own.test(near)) continue;
    if (new RegExp(`\\b${word}\\s+\\d{1,2}\\b`, 'i').test(sentence)) return `is about another ${m[1]} than ${m[0]}`;
  }
  // A numbered thing the article never gives, when it gives the same thing with another number:
  // "How many passengers were aboard flight 214?" over a story about flight 162.
  for (const m of question.matchAll(NUMBERED_ANY)) {
    const word = m[1].toLowerCase();
    if (NOT_A_NAME.test(word) || isStop(word) || new RegExp(`^(?:${MONTH_WORDS})$`, 'i').test(word) || /^(?:1[89]|20)\d\d$/.test(m[2])) continue;
    const text = articleText(prep);
    if (new RegExp(`\\b${esc(word)}\\s+${m[2]}\\b`).test(text)) continue;
    if (new RegExp(`\\b${esc(word)}\\s+\\d{1,4}\\b(?![\\d,.:%])`).test(text)) return `never mentions ${m[0]}`;
  }
  // "Who heads human resources at Bechtel?" over "Joe Andrews, who heads human resources at
  // Progress": the same words then another name in the name's place (whatever the sentences beside say).
  for (const m of question.matchAll(/\b([\p{L}]{3,})\s+(at|of|for|from)\s+([\p{Lu}][\p{L}'’-]+)/gu)) {
    // "Who is the prime minister of Nepal?" over "India's prime minister Narendra Modi ... over
    // Nepal": the post is another's, written with its holder's country before it.
    if (m[2] === 'of') {
      const owner = new RegExp(`\\b([\\p{Lu}][\\p{L}-]+)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${esc(m[1])}\\b`, 'u').exec(sentence);
      const own = new RegExp(`\\b(?:${esc(m[3])}['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${esc(m[1])}|${esc(m[1])}\\s+of\\s+(?:the\\s+)?${esc(m[3])})\\b`, 'u');
      if (owner && owner[1] !== m[3] && !own.test(near)) return `is about ${owner[1]}'s ${m[1]}, not ${m[3]}'s`;
    }
    if (sentence.includes(m[3])) continue;
    const other = new RegExp(`\\b${m[1]}\\s+${m[2]}\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}'’-]+)`, 'u').exec(sentence);
    if (other && other[1] !== m[3]) return `is about ${other[1]}, not ${m[3]}`;
  }
  // A place in a ranking the question gives ("Who came sixth on the list?") over a sentence that
  // gives another place ("Taylor Swift came in second") and not the asked one, nor beside it.
  // (Only a question about a ranking: "in the second half" over "the 30th minute" is no such place.)
  const place = RANK_ASKED.test(question) ? RANK_PLACE.exec(question)?.[1].toLowerCase() : undefined;
  if (place && !new RegExp(`\\b${place}\\b`, 'i').test(near)) {
    const other = [...sentence.matchAll(new RegExp(RANK_PLACE.source, 'gi'))].find((m) => !/\b(?:a|one|two|three)\s+$/i.test(sentence.slice(0, m.index)));
    if (other) return `is about another place than "${place}"`;
  }
  // "When did the storm hit?" over "... a second storm could reach the coast on Tuesday": the
  // sentence speaks of another of the kind asked, and of no other.
  for (const m of question.matchAll(/\bthe\s+(\p{Ll}{3,})\b/gu)) {
    const other = new RegExp(`\\b(?:(?:a|an|the)\\s+(${ordinalAlt(4, 2)}|other|previous)|(another))\\s+${esc(m[1])}\\b`, 'i').exec(sentence);
    if (!other || new RegExp(`\\b${other[1] ?? other[2]}\\b`, 'i').test(question)) continue;
    const rest = sentence.slice(0, other.index) + sentence.slice(other.index + other[0].length);
    if (!new RegExp(`\\b${esc(m[1])}\\b`, 'i').test(rest)) return `is about ${other[0].toLowerCase()}`;
  }
  // A size the question asks about, when the sentence prices or counts another size.
  const asked = [...question.matchAll(SIZE_RE)].map((m) => m[1].toLowerCase());
  if (asked.length) {
    const said = [...sentence.matchAll(SIZE_RE)].map((m) => m[1].toLowerCase());
    if (said.length && !asked.some((a) => said.includes(a))) return `is about another size than "${asked[0]}"`;
  }
  // "How many people has Maysak killed?" over "Hagupit killed at least 18 people" (count-owner.ts).
  return amountOfAnother(question, prep, k);
}

/** A weekday. */
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_WORDS})\\b`, 'i');

/** A place in a ranking written as a word or a figure ("second", "15th"); "first" and "last" say too many other things. */
export const RANK_PLACE = new RegExp(String.raw`\b(${ordinalAlt(12, 2)}|1[3-9]th|[2-9]0th|\d*(?:[02-9]1st|[02-9]2nd|[02-9]3rd|[4-9]th)|[2-9](?:nd|rd|th))\b`, 'i');

/** A question about a place in a ranking: "Who came sixth?", "Which team finished third?". */
const RANK_ASKED = /\b(?:came|come|comes|finish(?:ed|es)?|placed?|rank(?:ed|s)?|position|spot)\b/i;

/** A figure for the whole world. */
const WORLDWIDE = /\b(?:worldwide|world-wide|globally|around the world|across the world|the world over)\b/i;

/** A name and a number of up to four digits: "flight 214", "route 66" (years are skipped where it is used). */
const NUMBERED_ANY = /\b(\p{L}[\p{L}-]{1,})\s+(\d{1,4})\b(?![\d,.:%])/gu;
/** A name and its number: "roku 3", "Game 4", "iPhone 6" (not a year: two digits at most). */
const NUMBERED = /\b(\p{L}[\p{L}-]{1,})\s+(\d{1,2})\b(?![\d,.:%])/gu;
/** Words before a number that name no numbered thing ("in 3 days", "top 10", "under 21"). */
const NOT_A_NAME = /^(?:the|a|an|and|or|of|in|on|at|to|for|by|with|from|than|about|around|over|under|top|first|last|next|only|just|nearly|almost|some|all|aged|age|were|was|is|are|be|been|has|have|had|did|does|do|will|would|could|can|score|scored|beat|won|lost|win|lose|number|no|chapter|page|section|day|week|month|year|round|stage|leg|step|level|grade|class|floor|term|season|series|part)$/;

/** A country or city the entity finder knows: a place a question can ask about instead of the story's. */
function askedPlace(name: string): boolean {
  const kind = PLACE_LOOKUP.get(name);
  return kind === 'country' || kind === 'city';
}

/** A month and a day as a reporter writes them: "April 5", "march 29". */
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH_WORDS})\.? (\d{1,2})(?:st|nd|rd|th)?\b`, 'gi');

/** The article's text, its words capitalised when the story lost its capitals ("liberia"). */
function casedText(prep: PreparedArticle): string {
  const raw = prep.sentences.map((x) => x.text).join(' ');
  return isLowerCaseCopy(prep) ? raw.replace(/(^|[\s(])(\p{Ll})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : raw;
}

/** Does the article name the country's people ("German" for Germany)? */
function peopleOf(prep: PreparedArticle, country: string): boolean {
  const text = articleText(prep);
  return Object.entries(DEMONYMS).some(([people, c]) => c === country && text.includes(people.toLowerCase()));
}

/**
 * An answer that only repeats the question's own words ("How many triple 0 calls did he make?" ->
 * "0") says nothing new: the sentence names the thing asked about, not the answer. Questions
 * that offer a choice ("Paris or London?") are left alone.
 */
export function echoesQuestion(question: string, answer: string): boolean {
  if (/\bor\b/i.test(question) || !/^\s*(who|whom|whose|what|when|where|which|how|why)\b/i.test(question)) return false;
  // ("Who is Kakehi's lawyer?" answered "Ms Kakehi": the possessor's name without its "'s", and
  // with a courtesy title, repeats it too.)
  const asked = new Set(wordsOf(question.toLowerCase()).flatMap((w) => [w, w.replace(/['’]s$/u, '')]));
  const said = wordsOf(answer.toLowerCase()).filter((w) => !/^(the|a|an|of|in|on|at|and|mr|mrs|ms|miss|dr)$/.test(w));
  return said.length > 0 && said.every((w) => asked.has(w));
}

/** Words before a kind's noun that name nothing ("the", "other", "this"). */
const KIND_DET = /^(?:the|a|an|other|another|this|that|these|those|some|such|same|similar|several|various|different|related|certain|many|both|its|their|his|her|our)$/i;
/** Nouns of time a reporter answers with a relative phrase ("What day ...?" -> "the next day"). */
const TIME_KIND = /^(?:day|days|time|times|year|years|date|month|week|night|morning|evening|age|season)$/i;

/**
 * "Which artists missed out?" -> "Other artists", "What sports ...?" -> "several sports": an answer
 * that is the noun the question asks for, with only a determiner or a vague word before it, names
 * the kind asked about, not which one. (Not any common word: "right leg", "parabolic path" answer.)
 */
export function namesOnlyKind(question: string, answer: string): boolean {
  const m = /^\s*(?:which|what)\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|kind|sort|type)\b)(\p{L}[\p{L}-]*)/iu.exec(question);
  if (!m || TIME_KIND.test(m[1])) return false;
  const noun = m[1].toLowerCase();
  const words = wordsOf(answer);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (!(last === noun || last === `${noun}s` || `${last}s` === noun)) return false;
  const before = words.slice(0, -1);
  return before.length <= 2 && before.every((w) => KIND_DET.test(w));
}

/** A capitalised word, as names are written ("Sistan-Baluchestan", "O’Neill"). */
const CAP_WORD = /^[\p{Lu}][\p{L}'’-]+$/u;

/**
 * Do the words name a country the entity finder knows: a run of one to three capitalised words
 * ("France", "South Africa", "United Arab Emirates"), or with `peoples` a people's name for one
 * ("French")? The one test for "is this a country" in the answerer: grounding.ts asks it of a
 * "which country" answer's span (peoples count there: "the French side"), this file of a sentence
 * about another country than asked (they do not: "the German army" is no country's deed).
 */
export function namesCountry(words: readonly string[], peoples = false): boolean {
  const caps = words.filter((w) => CAP_WORD.test(w));
  const known = (name: string): boolean => PLACE_LOOKUP.get(name) === 'country';
  for (let k = 0; k < caps.length; k++) {
    if (known(caps[k]) || (peoples && DEMONYMS[caps[k]] !== undefined)) return true;
    if (k + 1 < caps.length && known(`${caps[k]} ${caps[k + 1]}`)) return true;
    if (k + 2 < caps.length && known(`${caps[k]} ${caps[k + 1]} ${caps[k + 2]}`)) return true;
  }
  return false;
}

/** A text's words without the punctuation around them. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
}
