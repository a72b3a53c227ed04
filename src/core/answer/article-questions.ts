/**
 * Questions about the article as a whole, the first ones people type after a briefing: "What is
 * this about?", "What happened?", "When was this?", "Where was this?", "Who spoke?", "Who is
 * involved?", "Which places are mentioned?", "Which countries are involved?". No sentence of the story holds such a question's words, so the span
 * model refused them ("The article does not say what this about is."). They are answered from
 * what the briefing itself reads: the TL;DR sentence, the dateline, the people the briefing names
 * and the sentences where they speak. Each answer quotes its sentences as evidence, like any other.
 */
import type { Answer, Article } from '../types.ts';
import { datelineDay } from './dates.ts';
import type { QuestionInfo } from './question-type.ts';
import { summarizeForChat } from '../brief/summarize.ts';
import { rankedEntities, type RankedEntity } from '../entities/entities.ts';
import { SAYS_WORD as SAYS } from './speech-words.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { PLACE_LOOKUP } from '../entities/lexicon.ts';
import { evidenceAt, type PreparedArticle } from './prepare.ts';

/** Confidence of an answer read from the briefing's own reading: the story's date and place from its dateline, its TL;DR, its people (not fitted). */
const WHOLE_ARTICLE_CONFIDENCE = 0.9;
/** A place read from the opening paragraph (no dateline): given as a hedge (answer.ts HEDGE_BELOW 0.5, refusal below 0.25 at most). */
const LEAD_PLACE_CONFIDENCE = 0.45;
/** At most this many names in a list answer, each with its first sentence as evidence. */
const MAX_NAMES = 5;

const THIS = String.raw`(?:(?:this|that|the) (?:story|article|piece|report|news item|news|item|event)|this|that|it)`;
const GIST = new RegExp(
  String.raw`^(?:(?:so|ok|okay|and|well),?\s+)?(?:` +
    String.raw`what(?:'s|’s| is| was)\s+${THIS}\s+(?:all\s+)?about|` +
    String.raw`what\s+(?:happened|is happening|is going on|went on)(?:\s+here)?|` +
    String.raw`what(?:'s|’s| is)\s+the\s+(?:gist|story|news|main point|upshot|summary|tl;?dr)(?:\s+(?:here|of ${THIS}))?|` +
    String.raw`(?:please\s+)?(?:summari[sz]e|sum up)(?:\s+${THIS})?(?:\s+for me)?|` +
    String.raw`(?:give me\s+)?(?:the\s+)?(?:gist|tl;?dr|summary)(?:\s+(?:please|of ${THIS}))?` +
    String.raw`)\s*[?.!]*$`,
  'i',
);
const WHERE = new RegExp(
  String.raw`^where\s+(?:` +
    String.raw`(?:did|does)\s+${THIS}\s+(?:happen|take place|occur|come from)|` +
    String.raw`(?:was|is)\s+${THIS}(?:\s+(?:filed|written|reported|from|happening|taking place))?|` +
    String.raw`(?:was|is)\s+${THIS}\s+(?:filed|written|reported)\s+from|` +
    String.raw`(?:are|were)\s+(?:we|they)` +
    String.raw`)\s*[?.!]*$`,
  'i',
);
const SPEAKERS = new RegExp(
  String.raw`^who\s+(?:` +
    String.raw`spoke|speaks|talked|commented|(?:is|was|are|were|gets|got)\s+quoted|said\s+(?:what|something|anything|things)|` +
    String.raw`(?:is|was|are|were)\s+(?:speaking|talking|the (?:speakers?|sources?))|gave\s+(?:a\s+)?(?:statements?|comments?|quotes?)` +
    String.raw`)(?:\s+in\s+${THIS})?\s*[?.!]*$`,
  'i',
);
const PEOPLE = new RegExp(
  String.raw`^(?:` +
    String.raw`who(?:'s|’s| is| was| are| were)\s+(?:involved|mentioned|named|in\s+${THIS}|(?:the\s+)?(?:people|persons|main people|key (?:people|figures|players)|main (?:figures|players|characters))(?:\s+(?:involved|mentioned|named|in\s+${THIS}))?)|` +
    String.raw`which\s+people\s+(?:are|were)\s+(?:involved|mentioned|named|in\s+${THIS})|` +
    String.raw`(?:name|list)\s+the\s+people(?:\s+(?:involved|mentioned|in\s+${THIS}))?` +
    String.raw`)\s*[?.!]*$`,
  'i',
);
const PLACES = new RegExp(
  String.raw`^(?:which|what)\s+(places|locations|organi[sz]ations|companies|groups)\s+(?:are|were)\s+(?:involved|mentioned|named|in\s+${THIS})\s*[?.!]*$`,
  'i',
);
/**
 * "Which countries are involved?" (the ones the headline or TL;DR names). "Which countries are
 * mentioned?" is answered with the briefing's places: whether a place is a country is sometimes
 * disputed (Taiwan, Kosovo), and the bot lists what the story names rather than judge.
 */
const COUNTRIES = new RegExp(
  String.raw`^(?:which|what)\s+countr(?:y|ies)\s+(?:is|are|was|were)\s+(involved|mentioned|named|in\s+${THIS})\s*[?.!]*$`,
  'i',
);

/** "Which news agency reported this?", "Who wrote this?", "What is the source?": the dateline's agency, else the feed or site. */
const SOURCE = new RegExp(
  String.raw`^(?:(?:which|what)\s+(?:news\s+)?(?:agency|wire|outlet|paper|newspaper|site|publication)\s+(?:reported|wrote|published|filed|ran|is)\s+${THIS}|` +
    String.raw`who\s+(?:reported|wrote|published|filed)\s+${THIS}|what(?:'s|’s| is| was)\s+the\s+source(?:\s+of\s+${THIS})?)\s*[?.!]*$`,
  'i',
);
/** "Who took the photo?": the credit a wire caption ends with ("(Xinhua/Ding Lin)"). */
const PHOTO = /^who\s+(?:took|shot)\s+(?:the|this|that)\s+(?:photo|picture|image|photograph)\s*[?.!]*$/i;

type WholeKind = 'gist' | 'where' | 'speakers' | 'people' | 'places' | 'organizations' | 'countries involved' | 'source' | 'photo';

/** The kind of whole-article question asked, or null for any other question. */
export function wholeArticleKind(q: string): WholeKind | null {
  const t = q.replace(/\s+/g, ' ').trim();
  if (GIST.test(t)) return 'gist';
  if (WHERE.test(t)) return 'where';
  if (SPEAKERS.test(t)) return 'speakers';
  if (PEOPLE.test(t)) return 'people';
  const m = PLACES.exec(t);
  if (m) return /^(places|locations)$/i.test(m[1]) ? 'places' : 'organizations';
  if (SOURCE.test(t)) return 'source';
  if (PHOTO.test(t)) return 'photo';
  const c = COUNTRIES.exec(t);
  if (c) return /^involved$/i.test(c[1]) ? 'countries involved' : 'places';
  return null;
}

/**
 * The answer to a question about the whole article, or null when the question is not one (or
 * the article gives nothing to answer it with, e.g. no dateline: then the answerer goes on as usual).
 */
export function wholeArticleAnswer(question: string, q: string, article: Article, prep: PreparedArticle): Answer | null {
  const kind = wholeArticleKind(q);
  if (!kind || prep.sentences.length === 0) return null;
  if (kind === 'gist') return gist(question, article, prep);
  if (kind === 'source') return source(question, article, prep);
  if (kind === 'photo') return photoCredit(question, article, prep);
  if (kind === 'where') return where(question, article, prep);
  const ranked = rankedEntities(article);
  if (kind === 'speakers') return speakers(question, ranked, prep);
  if (kind === 'countries involved') return countriesInvolved(question, article, ranked, prep);
  const type = kind === 'people' ? 'person' : kind === 'places' ? 'place' : 'organization';
  const named = ranked.filter((e) => e.type === type).slice(0, MAX_NAMES);
  // A name known only from the dateline (a news agency) is listed without a sentence to quote.
  const found = named.map((e) => ({ name: e.name, at: firstSentenceNaming(prep, e) }));
  if (found.length === 0) {
    const what = kind === 'people' ? 'people' : kind === 'places' ? 'places' : 'organisations';
    return { question, answer: `The article names no ${what}.`, found: false, confidence: 0, evidence: [] };
  }
  return listAnswer(question, found, prep);
}

/** The agency of the dateline ("Xinhua (the dateline)"), else the site or feed the article came from; null when neither is known. */
function source(question: string, article: Article, prep: PreparedArticle): Answer | null {
  const agency = article.dateline.agency;
  const text = agency ? `${agency} (the dateline)` : article.source;
  if (!text) return null;
  return { question, answer: text, found: true, confidence: WHOLE_ARTICLE_CONFIDENCE, evidence: [evidenceAt(prep, 0)] };
}

/** The photographer a wire caption credits ("... Feb. 6, 2022. (Xinhua/Ding Lin)" -> "Ding Lin (Xinhua)"); null without one. */
function photoCredit(question: string, article: Article, prep: PreparedArticle): Answer | null {
  const m = /\(\s*([\p{L}][\p{L}.&' -]{1,40}?)\s*\/\s*([\p{Lu}][\p{L}.' -]{1,60}?)\s*\)\s*$/u.exec(article.caption ?? '');
  if (!m) return null;
  const at = prep.sentences.findIndex((s) => s.from === 'caption' && s.text.includes(m[2]));
  return { question, answer: `${m[2]} (${m[1]})`, found: true, confidence: WHOLE_ARTICLE_CONFIDENCE, evidence: at >= 0 ? [evidenceAt(prep, at)] : [] };
}

function gist(question: string, article: Article, prep: PreparedArticle): Answer | null {
  const tldr = summarizeForChat(article).tldr;
  const at = prep.sentences.findIndex((s) => s.from === 'body' && (s.written === tldr || tldr.startsWith(s.written.slice(0, 60)) || s.written.startsWith(tldr.replace(/…$/, ''))));
  if (at < 0) return null;
  return { question, answer: tldr, found: true, confidence: WHOLE_ARTICLE_CONFIDENCE, evidence: [evidenceAt(prep, at)] };
}

function where(question: string, article: Article, prep: PreparedArticle): Answer | null {
  const place = article.dateline.place;
  if (!place) return leadPlace(question, article, prep);
  // The briefing's own spelling of the dateline's place ("BEIJING" -> "Beijing"), else its words in title case.
  const known = rankedEntities(article).find((e) => e.type === 'place' && e.name.toLowerCase() === place.toLowerCase());
  const text = known ? known.name : place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  // Quoted: the first sentence that names the place, else the lead (the dateline itself is no sentence).
  const at = known ? firstSentenceNaming(prep, known) : -1;
  return { question, answer: `${text} (the dateline)`, found: true, confidence: WHOLE_ARTICLE_CONFIDENCE, evidence: [evidenceAt(prep, Math.max(0, at))] };
}

/**
 * No dateline: the first place the story's opening paragraph names, hedged (the reader is told
 * the article only suggests it), quoting the sentence that names it; null when it names none.
 */
function leadPlace(question: string, article: Article, prep: PreparedArticle): Answer | null {
  const lead = rankedEntities(article).find((e) => e.type === 'place' && e.mentions.some((m) => m.paragraph === 0));
  const at = lead ? firstSentenceNaming(prep, lead) : -1;
  if (!lead || at < 0) return null;
  return { question, answer: lead.name, found: true, confidence: LEAD_PLACE_CONFIDENCE, evidence: [evidenceAt(prep, at)] };
}


function speakers(question: string, ranked: readonly RankedEntity[], prep: PreparedArticle): Answer {
  const found: { name: string; at: number }[] = [];
  for (const e of ranked) {
    if (e.type !== 'person' || found.length >= MAX_NAMES) continue;
    // (Named outside the quotation: 'what she tells her daughter is her "squishiness."' quotes no "Squishiness".)
    const at = firstSentenceNaming(prep, e, (text) => SAYS.test(text) || /["“”]/.test(text), outsideQuotes);
    if (at >= 0) found.push({ name: e.name, at });
  }
  if (found.length === 0) return { question, answer: 'The article quotes no one by name.', found: false, confidence: 0, evidence: [] };
  return listAnswer(question, found, prep);
}

/**
 * The countries the story is about: of the briefing's places that the gazetteer lists as countries,
 * those its headline or TL;DR names ("Xi says China to deepen ... cooperation with Kyrgyzstan":
 * China and Kyrgyzstan, not every country a sentence touches on), else all of them.
 */
function countriesInvolved(question: string, article: Article, ranked: readonly RankedEntity[], prep: PreparedArticle): Answer {
  const all = ranked.filter((e) => e.type === 'place' && PLACE_LOOKUP.get(e.name) === 'country');
  if (all.length === 0) return { question, answer: 'The article names no country.', found: false, confidence: 0, evidence: [] };
  const lead = `${article.title} ${summarizeForChat(article).tldr}`;
  const central = all.filter((e) => new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(e.name)}(?![\p{L}])`, 'u').test(lead));
  const chosen = (central.length ? central : all).slice(0, MAX_NAMES);
  return listAnswer(question, chosen.map((e) => ({ name: e.name, at: firstSentenceNaming(prep, e) })), prep);
}

/** The first sentence (body, then caption) that names the entity (and passes `also`), or -1. */
function firstSentenceNaming(prep: PreparedArticle, e: RankedEntity, also: (text: string) => boolean = () => true, where: (text: string) => string = (t) => t): number {
  const forms = [...new Set([e.name, ...(e.mentions ?? []).map((m) => m.text)])].filter((f) => f.length > 1);
  const res = forms.map((f) => new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(f)}(?![\p{L}\p{N}])`, 'u'));
  return prep.sentences.findIndex((s) => res.some((r) => r.test(where(s.text))) && also(s.text));
}

/** A sentence without its quoted stretches (a quotation closed within the sentence). */
function outsideQuotes(text: string): string {
  return text.replace(/["“][^"“”]*["”]/gu, ' ');
}

function listAnswer(question: string, found: readonly { name: string; at: number }[], prep: PreparedArticle): Answer {
  const names = found.map((f) => f.name);
  const text = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const seen = new Set<number>();
  const evidence = found.filter((f) => f.at >= 0 && !seen.has(f.at) && seen.add(f.at)).map((f) => evidenceAt(prep, f.at));
  return { question, answer: text, found: true, confidence: WHOLE_ARTICLE_CONFIDENCE, evidence };
}

/** Stems of words that ask about the story itself, not something in it ("when did this happen?"). */
const STORY_WORDS = new Set(['year', 'date', 'day', 'happen', 'take', 'place', 'occur', 'stori', 'articl', 'event', 'report', 'written', 'publish']);

/** "When was this?" / "What year was this?" with nothing else asked: the dateline says. */
export function storyDate(question: string, q: string, info: QuestionInfo, article: Article, prep: PreparedArticle): Answer | null {
  // Only words that mean "this story" besides the date asked for: "In what year did this happen?"
  const generic = info.terms.every((t) => STORY_WORDS.has(t));
  if (!generic || info.expect !== 'date' || !article.dateline.date || prep.sentences.length === 0) return null;
  const when = datelineDay(article.dateline.date);
  if (!when) return null;
  const text = /\byear\b/i.test(q) ? when.iso.slice(0, 4) : when.text;
  return { question, answer: text, found: true, confidence: WHOLE_ARTICLE_CONFIDENCE, evidence: [evidenceAt(prep, 0)] };
}
