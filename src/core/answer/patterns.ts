/**
 * Question shapes that news follow-ups ask all the time and that a reporter answers in a fixed
 * way, read directly instead of left to the span model: a person's age ("Falcao, 29," / "the
 * 29-year-old"), a score ("85-80"), a finishing position ("third", "15th place"), a contract's
 * length ("a three-year deal"), who someone is (the title before the name), who did something
 * ("Zhaparov, who came to China ..."), yes/no questions (yes or no, with the sentence), and what a
 * named person said about something (only what that person said: a sentence about it in someone
 * else's mouth means the article does not say).
 */
import { happenedTo } from './patterns-happened.ts';
import { lengthPerTime } from './patterns-daily.ts';
import type { PreparedArticle } from './prepare.ts';
import type { QuestionInfo } from './question-type.ts';
import { Cls, stem } from './spans.ts';
import { isNewsCopy } from './news-copy.ts';
import { DEMONYMS } from '../entities/gazetteer.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { money, namesAsked, roleName, subjectList, type PatternResult } from './patterns-typed.ts';
import { announcedBy, said } from './patterns-said.ts';
import { nationality, whereBased, whereFrom } from './patterns-place.ts';
import { charge, sentenced } from './patterns-court.ts';
import { matchMinute, score } from './patterns-score.ts';
import { seed } from './patterns-seed.ts';
import { cityNamed } from './patterns-city.ts';
import { subjectBeforeDay } from './patterns-dated-subject.ts';
import { workYear } from './patterns-work-year.ts';
import { age, ageRange } from './patterns-age.ts';
import { NUM_WORD, rest, surname } from './patterns-words.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';
import { count, timesByOrdinal } from './patterns-amounts.ts';
import { figure, measure, tally } from './patterns-figures.ts';
import { namedThing } from './patterns-named.ts';
import { changeLevel, changeSize, lastThisHigh } from './patterns-change.ts';
import { levelAt, levelMoved } from './patterns-level.ts';
import { cause } from './patterns-cause.ts';
import { condition } from './patterns-condition.ts';
import { role } from './patterns-role.ts';
import { job } from './patterns-job.ts';
import { describedAnswer } from './patterns-described.ts';
import { parentOf } from './patterns-kin.ts';
import { castMember, workplace } from './patterns-cast-work.ts';
import { strikers, teamOfPlayer } from './patterns-sides.ts';
import { yesNo } from './patterns-yesno.ts';
import { definitionAnswer } from './definition-questions.ts';
import { afterSubject } from './asked-verb.ts';
import { FIGURE_ORDINAL, ordinalAlt } from '../text/number-words.ts';

/** What a pattern found (defined in patterns-typed.ts, which the patterns here build on). */
export type { PatternResult } from './patterns-typed.ts';

const ORDINAL = `(?:${FIGURE_ORDINAL}|${ordinalAlt(10)}|last)`;

function position(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  // ("Where are Rangers in the league?", "Where do Rangers stand in the table?": a standing, asked so.)
  const standing = /^(?:where|in what place|what place|what position)\s+(?:is|are|was|were|do|does|did)\s+.+?\s+(?:(?:stand|sit|lie)\s+)?in\s+the\s+(?:[\p{L}-]+\s+)?(?:league|table|standings|rankings|championship|division)\s*\??$/iu.test(q.trim());
  if (!standing && !/^(?:where|in what place|what place|what position) did .+ (?:finish|come|place|end up|rank)\b/i.test(q.trim()) && !/^what (?:place|position|rank) did\b/i.test(q.trim())) return null;
  // "Where did the shows take place?" asks a setting, not a finishing place.
  if (/\btake\s+place\b/i.test(q)) return null;
  const subject = surname(q.replace(/^\S+\s+\S+\s+/, ''));
  // The position written nearest after the person asked about ("Guy, 20, took third"), in any
  // sentence that shares enough of the question.
  let best: { text: string; d: number; sentence: number } | null = null;
  for (const r of ranked) {
    if (standing ? r.coverage === 0 : r.coverage < 0.34) continue;
    const t = prep.sentences[r.sentence].text;
    const re = new RegExp(`\\b(${ORDINAL}(?: place)?)\\b`, 'gi');
    const at = subject ? t.search(new RegExp(`\\b${esc(subject)}\\b`)) : -1;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      // (A standing is the team's own: "Rangers are second", "Arsenal, who are second," - the
      // ordinal a few words after the name, no other name between.)
      // ("second-placed Arsenal", "fourth-placed St Johnstone": the ordinal on the name.)
      const placedOn = standing && new RegExp(`^[- ]placed\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${esc(subject ?? '')}\\b`, 'u').test(t.slice(m.index + m[0].length));
      if (placedOn) {
        best = { text: m[1], d: -1, sentence: r.sentence };
        break;
      }
      if (standing && (at < 0 || m.index < at || !/^[\s\p{Ll},'’-]*$/u.test(t.slice(at + subject!.length, m.index)) || m.index - at > 40)) continue;
      // "her first World Series win", "the third game": an ordinal before a noun is no finishing place.
      if (!/ place$/i.test(m[1]) && /^\s+(?:[\p{Lu}]|(?:time|win|victory|round|half|day|week|year|game|match|leg|stage|goal|title|season|race|event|major)\b)/u.test(t.slice(m.index + m[0].length))) continue;
      const d = at >= 0 ? (m.index >= at ? m.index - at : 1000 + at - m.index) : 2000 + m.index;
      if (!best || d < best.d) best = { text: m[1], d, sentence: r.sentence };
    }
  }
  return best ? { text: best.text, sentence: best.sentence, kind: 'position' } : null;
}

function duration(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  // ("How long did the trial last?" over "after a seven-week trial": the thing that lasted, any noun.)
  // ("How long was the trial?": the same, asked with "be".)
  const lasted = (/^how long did (?:the |his |her |their |its )?([a-z]{4,}) (?:last|take|run|go on)\s*\??$/i.exec(q.trim()) ?? /^how long (?:was|is|will be) (?:the |his |her |their |its )([a-z]{4,})\s*\??$/i.exec(q.trim()))?.[1].toLowerCase();
  const asked = lasted ?? /^how long (?:is|was|will be) .*\b(contract|deal|loan|ban|sentence|term|suspension|agreement|lease)\b/i.exec(q.trim())?.[1].toLowerCase();
  if (!asked) return null;
  // The thing asked about must be in the sentence: "six months for causing death" is no driving ban.
  const noun = /^(contract|deal|agreement)$/.test(asked) ? /\b(contract|deal|agreement|extension)/i : new RegExp(`\\b${asked}`, 'i');
  // ("a four-and-a-half-year contract": a half may follow the number.)
  const length = `(${NUM_WORD}(?:[- ]and[- ]a[- ]half)?[- ](?:year|month|week|day|hour|minute|game|match)s?)`;
  // "How long did the trial last?": the length written on the thing ("a seven-week trial", "the
  // trial lasted six days"), not any length in its sentence.
  const shape = lasted
    ? new RegExp(`\\b${length}(?:[- ]long)?\\s+(?:[a-z-]+\\s+)?${asked}|\\b${asked}\\w*\\s+(?:lasted|took|ran)\\s+(?:about\\s+|nearly\\s+|almost\\s+|more than\\s+)?${length}`, 'i')
    : new RegExp(`\\b${length}(?:[- ]long)?\\b(?!-old)`, 'i');
  for (const r of ranked) {
    if (r.coverage < 0.25 || !noun.test(prep.sentences[r.sentence].text)) continue;
    // "How long was his sentence?" over "who has lived in Britain for more than 20 years, was given a
    // seven-year sentence": the length written on the thing asked comes before any other in the sentence.
    const m = (lasted ? null : new RegExp(`\\b${length}(?:[- ]long)?\\s+(?:[a-z-]+\\s+)?${noun.source.replace(/^\\b/, '')}`, 'i').exec(prep.sentences[r.sentence].text)) ?? shape.exec(prep.sentences[r.sentence].text);
    if (m) return { text: m[1] ?? m[2], sentence: r.sentence, kind: 'duration' };
  }
  return null;
}

/** "Who is Sadyr Zhaparov?": the title written before the name ("Kyrgyz President"), or an apposition after it. */
const TITLE_BEFORE_NAME = /^(?:[\p{Lu}][\p{L}'’-]+\s+)?(?:President|Prime Minister|Minister|Premier|Chancellor|Secretary|Governor|Mayor|Senator|Ambassador|Chairman|Director|Chief|Leader|King|Queen|Coach|Manager|Captain|Judge|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+/u;

/** A time after "for": "this year", "the coming months", "2025". */
const FOR_TIME = /^(?:(?:this|next|last|the (?:coming|current|next|last|past|first|second|third|fourth|full))\s+(?:year|month|week|quarter|season|decade|half|months|weeks|years)|\d{4})\b/;

/** What starts an infinitive of purpose: a lower-case word that is no article, number or pronoun. */
const PURPOSE_START = /^(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|about|around|more|less|nearly|almost)$)\p{Ll}+$/u;

/**
 * "Why did Zhaparov come to China?": the sentence that says the question's own words ("came to
 * China") right before a reason ("for the opening ceremony ...", "because ...").
 */
function reason(q: string, prep: PreparedArticle): PatternResult | null {
  const m = /^why (?:did|does|do|was|were|is|are|has|have|had|will|would) (.+?)\??$/i.exec(q.trim());
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // Drop the subject (its capitalised words or first noun phrase): keep what it did.
  const k = afterSubject(words);
  const pred = words.slice(k).map((w) => stem(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))).filter(Boolean);
  if (pred.length < 2) return null;
  for (let s = 0; s < prep.sentences.length; s++) {
    const toks = prep.sentences[s].tokens.filter((t) => t.isWord || t.text === ',' || t.text === '.');
    for (let i = 0; i + pred.length < toks.length; i++) {
      if (!pred.every((p, j) => toks[i + j].stem === p)) continue;
      const after = i + pred.length;
      if (!/^(for|because|after|as|so|to)$/i.test(toks[after].lower)) continue;
      // "to" gives a purpose only before a verb ("came to sign"), not a figure or a place ("rose to 2.5%").
      if (toks[after].lower === 'to' && !PURPOSE_START.test(toks[after + 1]?.text ?? '')) continue;
      // "for" gives a reason, not a time ("lowered its forecast for this year", "for 2025").
      if (toks[after].lower === 'for' && FOR_TIME.test(toks.slice(after + 1, after + 4).map((t) => t.lower).join(' '))) continue;
      const text = prep.sentences[s].text;
      const start = toks[after].start;
      const rest = text.slice(start);
      const stop = rest.search(/[,;.](?:\s|$)|\s(?:at|in|on) the\s/);
      return { text: (stop > 0 ? rest.slice(0, stop) : rest).trim(), sentence: s, kind: 'reason' };
    }
  }
  return null;
}


/** "Where is Anna Jacobs from?": the place a reporter writes after the name ("Ms Jacobs, of Horsmonden in Kent,"). */
function origin(q: string, prep: PreparedArticle): PatternResult | null {
  const who = rest(q, /^where (?:is|was|are|were) (.+?) from\s*\??$/i);
  const name = who && surname(who);
  if (!name) return null;
  const re = new RegExp(`\\b${esc(name)},\\s+(?:(?:now\\s+|aged\\s+)?\\d{1,3},\\s+)?(?:of|from)\\s+((?:the\\s+)?[\\p{Lu}][\\p{L}'’-]+(?:,?\\s+(?:in\\s+)?[\\p{Lu}][\\p{L}'’-]+)*)`, 'u');
  for (let k = 0; k < prep.sentences.length; k++) {
    const m = re.exec(prep.sentences[k].text);
    if (m) return { text: m[1], sentence: k, kind: 'role' };
  }
  return null;
}

/**
 * "Which railway will be built?": when the article names exactly one railway ("the
 * China-Kyrgyzstan-Uzbekistan railway"), that is the one, whatever verb the question uses.
 */
function unique(q: string, info: QuestionInfo, prep: PreparedArticle): PatternResult | null {
  if (!info.focus || !info.focusWord || !/^(which|what)\b/i.test(q.trim()) || info.expect !== 'thing') return null;
  const word = esc(info.focusWord);
  // Names joined by "and" count as one answer: "South Wimbledon and Queensway stations".
  const re = new RegExp(`\\b((?:the\\s+)?(?:[\\p{Lu}][\\p{L}\\p{N}'’.-]*\\s+(?:(?:and|&)\\s+(?=\\p{Lu}))?){1,5})${word}\\b`, 'gu');
  const names = new Map<string, { text: string; sentence: number }>();
  prep.sentences.forEach((s, k) => {
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const name = m[1].replace(/^the\s+/, '').trim();
      // A sentence-initial capital is no name ("The railway ..."); an owner is no name of the
      // thing ("What data was stolen?" over "Sweden's data protection authority").
      if (/^(The|A|An|This|That|Its|His|Her|Their)$/.test(name) || /['’]s$/u.test(name)) continue;
      // The word asked must head its phrase: "data" of "data protection authority" is not data.
      const end = m.index + m[0].length;
      if (s.tokens.find((t) => t.start > end)?.cls === Cls.Noun) continue;
      if (!names.has(name)) names.set(name, { text: `${m[1]}${m[0].slice(m[1].length)}`.trim(), sentence: k });
    }
  });
  if (names.size !== 1) return null;
  const [only] = names.values();
  // A people's adjective is no name: "the Turkish club", "a private Iranian company".
  if (DEMONYMS[[...names.keys()][0]] !== undefined) return null;
  // "What team does Hamilton drive for?" over "(Verstappen ...) His Red Bull team said ...": the one
  // team named is someone else's unless the sentence, or the one before it, names whom the question asks about.
  const near = `${prep.sentences[only.sentence - 1]?.text ?? ''} ${prep.sentences[only.sentence].text}`;
  const asked = namesAsked(q);
  // (News copy only: encyclopaedia questions capitalise terms the paragraph words otherwise.)
  if (isNewsCopy(prep, false) && !asked.every((n) => near.includes(n))) return null;
  return { text: only.text.replace(/^The\s/, 'the '), sentence: only.sentence, kind: 'unique' };
}

/** "Who came to China ...?": a name followed by "who came to China" in a sentence. */
function relative(q: string, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const m = /^who\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b)(\w+)\b\s*(.*)$/i.exec(q.trim());
  if (!m) return null;
  const verb = esc(m[1]);
  for (const r of ranked) {
    if (r.coverage < 0.5) continue;
    const t = prep.sentences[r.sentence].text;
    // "Zhaparov, who came to China ..." or the question said as a statement: "Ahmed Aboutaleb cut the ribbon".
    const tail = m[2].replace(/[?!.\s]+$/u, '').trim();
    const stated = tail ? `|${esc(tail).replace(/\s+/g, '\\s+')}` : '';
    // "Who heads human resources at Bechtel?" is not answered by "X, who heads human resources at
    // Progress": every name the question gives after the verb must be in the sentence.
    const names = [...tail.matchAll(/[\p{Lu}][\p{L}'’-]+/gu)].map((n) => n[0].replace(/['’]s$/u, ''));
    const named = names.every((n) => t.includes(n));
    const x = named ? new RegExp(`((?:\\b[\\p{Lu}][\\p{L}'’-]+\\s+){0,3}[\\p{Lu}][\\p{L}'’-]+),?\\s+(?:who\\s+(?:had\\s+|has\\s+|have\\s+)?${verb}\\b|${verb}\\s+(?:${stated.slice(1) || '$^'})\\b)`, 'u').exec(t) : null;
    // The name without the title before it: "Kyrgyz President Sadyr Zhaparov" -> "Sadyr Zhaparov".
    // "Helen Jones, the Labour MP who chairs the committee": capitals after "the" are a title;
    // the holder is the name the title stands beside.
    if (x && /\b(?:the|a|an)\s+$/i.test(t.slice(0, x.index + x[0].indexOf(x[1])))) {
      const held = /((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+),\s+(?:the|a|an)\s+$/u.exec(t.slice(0, x.index + x[0].indexOf(x[1])));
      if (held) return { text: held[1].replace(TITLE_BEFORE_NAME, ''), sentence: r.sentence, kind: 'relative' };
      continue;
    }
    // "Kunal Sehgal in Delhi contributed to this report": the place is where the doer was, the doer the name before it.
    const placed = x && PLACE_LOOKUP.has(x[1]) ? /((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)\s+(?:in|at)\s+$/u.exec(t.slice(0, x.index + x[0].indexOf(x[1]))) : null;
    if (placed && !PLACE_LOOKUP.has(placed[1])) return { text: subjectList(t, placed.index, placed[1].replace(TITLE_BEFORE_NAME, '')), sentence: r.sentence, kind: 'relative' };
    if (x) return { text: subjectList(t, x.index + x[0].indexOf(x[1]), x[1].replace(TITLE_BEFORE_NAME, '')), sentence: r.sentence, kind: 'relative' };
    // The deed in the passive with its doer: "Who sent the memo?" over "a memo sent by captain
    // Martin Gardiner, manager of ..." (up to four words after "by", to the next comma or clause).
    // Every word of the deed's object must be in the sentence ("the men's 400m freestyle final" is not the 200m one).
    const objectWords = tail.split(/\s+/).map((w) => w.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '')).filter((w) => w.length > 2 && !/^(the|this|that|with|from|into|about|and)$/i.test(w));
    const object = objectWords.every((w) => new RegExp(`\\b${esc(w)}`, 'i').test(t)) ? objectWords.pop() : undefined;
    const y = object ? new RegExp(`\\b${esc(object.replace(/[^\\p{L}\\p{N}-]/gu, ''))}\\b[^.;]{0,40}?\\b${verb}\\s+by\\s+((?:the\\s+)?[\\p{L}'’.-]+(?:\\s+(?!(?:and|who|which|that|on|in|at|to|for|from|with|after|before|when|as)\\b)[\\p{L}'’.-]+){0,3}(?:\\s+and\\s+(?!(?:the|a|an|by|was|were|is|has|had)\\b)[\\p{L}'’.-]+(?<!ed)(?:\\s+[\\p{L}'’.-]+(?<!ed)){0,2})?)(?<!\\b(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sgt|Gen|Col|Capt|Lt|St))(?=\\s*[,.;]|\\s+(?:and|who|which|that|on|in|at|to|for|from|with|after|before|when|as)\\b|$)`, 'iu').exec(t) : null;
    if (y) return { text: y[1].replace(TITLE_BEFORE_NAME, '').replace(/[.,;:]+$/, ''), sentence: r.sentence, kind: 'relative' };
    // "led by Dr. Surendra Shastri of Tata Memorial Hospital in Mumbai": a title's full stop ends
    // no name, and the doer's "of" and the body's capitalised name belong to it.
    const z = object ? new RegExp(`\\b${esc(object.replace(/[^\\p{L}\\p{N}-]/gu, ''))}\\b[^.;]{0,40}?\\b${verb}\\s+by\\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\\.?\\s+)?[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,2}\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,3})`, 'u').exec(t) : null;
    if (z) return { text: z[1].replace(TITLE_BEFORE_NAME, ''), sentence: r.sentence, kind: 'relative' };
  }
  return null;
}

/** "What is a caretaker government?" in news copy: what a sentence says the thing is (definition-questions.ts). */
function definition(q: string, prep: PreparedArticle): PatternResult | null {
  if (!isNewsCopy(prep, false)) return null;
  const d = definitionAnswer(q, prep.sentences);
  return d && { text: d.text, sentence: d.sentence, kind: 'unique' };
}

/** The first pattern that fits the question and finds its answer (or its refusal), else null. */
export function patternAnswer(q: string, info: QuestionInfo, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  const found = firstPattern(q, info, prep, ranked);
  return found && found.kind === 'role' && found.text ? { ...found, text: withoutRelative(found.text) } : found;
}

/**
 * "Who is Kim Rose?" -> "a jeweller who is standing in the Itchen constituency": what a person is,
 * without the relative clause that goes on about them ("a jeweller"); "from the Dutch Antilles who
 * has a base in Miami" -> "the Dutch Antilles". (A relative pronoun opening the text is kept.)
 */
function withoutRelative(text: string): string {
  const m = /^(.*?\p{L}.*?)[\s,]+(?:who|whose|which)\s+\S/iu.exec(text);
  return m ? m[1] : text;
}

function firstPattern(q: string, info: QuestionInfo, prep: PreparedArticle, ranked: readonly { sentence: number; coverage: number }[]): PatternResult | null {
  return (
    age(q, prep, ranked) ??
    ageRange(q, prep, ranked) ??
    score(q, prep, ranked) ??
    matchMinute(q, prep, ranked) ??
    tally(q, prep, ranked) ??
    position(q, prep, ranked) ??
    duration(q, prep, ranked) ??
    lengthPerTime(q, prep, ranked) ??
    sentenced(q, prep, ranked) ??
    charge(q, prep, ranked) ??
    timesByOrdinal(q, prep, ranked) ??
    count(q, info, prep, ranked) ??
    changeSize(q, prep, ranked) ??
    changeLevel(q, prep, ranked) ??
    levelAt(q, prep, ranked) ??
    levelMoved(q, prep, ranked) ??
    lastThisHigh(q, prep, ranked) ??
    money(q, info, prep, ranked) ??
    measure(q, prep, ranked) ??
    condition(q, prep, ranked) ??
    figure(q, prep, ranked) ??
    origin(q, prep) ??
    whereFrom(q, prep, ranked) ??
    whereBased(q, prep) ??
    nationality(q, prep) ??
    cityNamed(q, prep, ranked) ??
    subjectBeforeDay(q, prep, ranked) ??
    workYear(q, prep) ??
    seed(q, prep) ??
    parentOf(q, prep, ranked) ??
    role(q, prep) ??
    job(q, prep) ??
    describedAnswer(q, prep) ??
    castMember(q, prep) ??
    workplace(q, prep) ??
    teamOfPlayer(q, prep) ??
    strikers(q, prep) ??
    // A thing's name before a person's role: "the name of the fire" is "the Mayacamas fire", not a
    // word after "Fire" read as a role ("Fire Protection"); people's words are roleName's alone.
    namedThing(q, prep, ranked) ??
    roleName(q, prep, ranked) ??
    said(q, prep, info) ??
    announcedBy(q, prep, ranked) ??
    relative(q, prep, ranked) ??
    happenedTo(q, prep, ranked) ??
    reason(q, prep) ??
    cause(q, prep, ranked) ??
    definition(q, prep) ??
    unique(q, info, prep) ??
    yesNo(q, prep, ranked)
  );
}
