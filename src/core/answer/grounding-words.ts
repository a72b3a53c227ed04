/**
 * The word lists and question shapes groundingConflict (grounding.ts) reads: nouns that only name
 * the kind of answer, units of size, label nouns ("lap 12"), kinds of body named by a proper name,
 * a ranking or a time asked for, vague quantities, and "What did X say about Y?".
 */
import { ordinalAlt } from '../text/number-words.ts';

/** Nouns that only say what kind of answer is wanted ("the *name* of ...", "what *number* ..."). */
export const META_NOUNS = new Set([
  'name', 'names', 'number', 'numbers', 'kind', 'type', 'sort', 'time', 'times', 'year', 'years', 'date', 'day', 'days',
  'amount', 'thing', 'things', 'people', 'person', 'way', 'reason', 'place', 'part', 'role', 'job', 'position', 'happen',
  // "What nationality was he?" -> "an american"; "What colour were the rims?" -> "red".
  'nationality', 'colour', 'color',
]);

/** An auxiliary before the question's last word makes that word its verb ("did takings fall"). */
export const QUESTION_AUX = /^(did|does|do|will|would|can|could|should|has|have|had)$/i;

/** "How tall / deep / wide / heavy ...?": a size asked for ("how far" is left out: "a 20-minute drive", "22 yards out" answer it too). */
export const UNIT_SIZE_ASKED = /^how\s+(?:tall|deep|wide|heavy)\b/i;
/** A unit of length or weight, alone or written on its number ("6ft", "1.85m", "30-metre", "10km"). */
export const SIZE_UNIT = /^(?:\d[\d.,]*)?-?(?:m|metres?|meters?|cm|centimetres?|mm|km|kilometres?|kilometers?|ft|feet|foot|in|inch|inches|miles?|yards?|kg|kilos?|kilograms?|lb|lbs|pounds|stone|st|tonnes?|tons?|grams?|g)(?:-(?:high|tall|deep|wide|long))?$|^\d+ft\d*(?:in)?$|^\d+'\d*/;

/** Nouns a number follows as a label: "lap 12", "Game 4", "flight 214", "page 3". */
export const LABEL_NOUNS = /^(?:lap|game|flight|page|chapter|round|stage|leg|hole|race|match|episode|season|room|platform|gate|route|bus|highway|interstate|article|section|clause|amendment|week|day|level|floor)$/;

/** "Which (private equity) firms ...?": a kind of body that is named by a proper name. */
export const ORG_ASKED = /^(?:(?:in|at|for|to|from|by|with|on)\s+)?which\s+(?:[\p{L}-]+\s+){0,2}(firms?|compan(?:y|ies)|clubs?|teams?|newspapers?|papers?|banks?|airlines?|universit(?:y|ies)|charit(?:y|ies)|parties|party|broadcasters?|channels?|hospitals?|schools?|stations?|agenc(?:y|ies)|unions?|networks?|outlets?|carriers?|lenders?|insurers?|retailers?|hotels?|organi[sz]ations?|magazines?|websites?)\b/iu;

/** A number with its counted noun written into it ("34-member", "12-man"). */
export const HYPHEN_COUNT = /^\d[\d,.]*-\p{L}/u;

/** "Where is X ranked / did X finish?" asks for a position. */
// ("Where has Perry just finished selling?" asks a place: a finished deed is no finishing place.)
export const RANK_ASKED = /\b(rank|ranked|finish|finished|seeded)\b(?!\s+\p{L}+ing\b)|^\s*where\s+(?:is|are|was|were|do|does|did)\b[^?]*\bin\s+the\s+(?:\p{L}+\s+)?(?:league|table|standings|rankings|charts?|polls?)\s*\??\s*$/iu;
/** A position written as a word ("fourth", "15th"). */
export const ORDINAL = new RegExp(`^(?:\\d+(?:st|nd|rd|th)|${ordinalAlt(12)}|last|top|bottom)$`);

/** Quantity words that are no figure ("many operations"). */
export const VAGUE = /^(many|several|few|some|numerous|countless|multiple)$/;

/** "What did X say about Y?" and its kin, with the speaker. */
export const SAID_ABOUT = /^[Ww]hat did ((?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}) (?:say|tell|think|write|tweet|post|reveal|admit|claim) (?:about|of|on|regarding|to)\b/u;
/** "What did jim kenney say about ...?" in a story written in lower case: any words before the verb. */
export const SAID_ABOUT_LOWER = /^[Ww]hat did ((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+) (?:say|tell|think|write|tweet|post|reveal|admit|claim) (?:about|of|on|regarding|to)\b/u;
/** "What did the Kenosha police chief say about ...?": a speaker named by a role, its last word the role. */
export const SAID_BY_ROLE = /^[Ww]hat did the ((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+) (?:say|tell|think|write|tweet|post|reveal|admit|claim) (?:about|of|on|regarding|to)\b/u;
/** A question that asks for a time in a race or on a clock ("What was Bolt's time ...?", "What time ...?"). */
export const ASKS_TIME = /^what (?:time\b(?! (?:period|frame|zone|span))|(?:is|was|were) (?:the |(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+['’]s )(?:\w+ )?time\b)/iu;
