/**
 * People (with the role the text gives them), places and organisations, found without a
 * model: gazetteers for places and well-known organisations, and the shapes news copy uses
 * to introduce people ("Chinese President Xi Jinping", "Sadyr Zhaparov, president of ...",
 * "Jane Doe said").
 */
import { CITIES, COUNTRIES, DEMONYMS, KNOWN_ORGS, MONTH_AND_DAY_NAMES, ORG_HEADS, REGIONS, TITLE_WORDS } from './gazetteer.ts';
import { sentences } from './text.ts';
import type { Article, Entities, Person } from './types.ts';

const PLACE_NAMES = [...new Set([...COUNTRIES, ...REGIONS, ...CITIES])].sort((a, b) => b.length - a.length);
const PLACE_SET = new Set(PLACE_NAMES);
const PLACE_CANON: Record<string, string> = { 'U.S.': 'United States', US: 'United States', USA: 'United States', 'U.K.': 'United Kingdom', UK: 'United Kingdom' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${PLACE_NAMES.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const ORG_LIST = [...KNOWN_ORGS].sort((a, b) => b.length - a.length);
const ORG_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${ORG_LIST.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

// The two gazetteer patterns are tried only where a name can start, not at every character:
// every name starts with A-Z, and the run of ASCII letters it opens with ("New" in "New York",
// "U" in "U.S.") is also the run of letters at that point of the text, so a Set of those
// openings rules out almost every capital. The sticky copies keep the exact matching rules.
const PLACE_AT = new RegExp(PLACE_RE.source, 'uy');
const ORG_AT = new RegExp(ORG_RE.source, 'uy');
const openingOf = (name: string): string => /^[A-Za-z]+/.exec(name)?.[0] ?? '';
const PLACE_OPENINGS = new Set(PLACE_NAMES.map(openingOf));
const ORG_OPENINGS = new Set(ORG_LIST.map(openingOf));

/** A capital not preceded by an ASCII letter or digit, with the letters that follow it. */
const OPENING_RE = /(?<![A-Za-z0-9])[A-Z][A-Za-z]*/g;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Appends the place names in `text` (as PLACE_RE finds them, in order) to `places` and, when
 * `orgs` is given, the organisation names (as ORG_RE finds them) to `orgs`: one pass over the capitals.
 */
function gazetteerMatches(text: string, places: string[], orgs: string[] | null): void {
  let placeNext = 0;
  let orgNext = orgs ? 0 : text.length;
  // A regex finds the capitals faster than a loop over characters can.
  OPENING_RE.lastIndex = 0;
  for (let m = OPENING_RE.exec(text); m; m = OPENING_RE.exec(text)) {
    const i = m.index;
    const opening = m[0];
    if (i >= placeNext && PLACE_OPENINGS.has(opening)) {
      PLACE_AT.lastIndex = i;
      const p = PLACE_AT.exec(text);
      if (p) {
        places.push(p[1]);
        placeNext = i + p[0].length;
      }
    }
    if (orgs && i >= orgNext && ORG_OPENINGS.has(opening)) {
      ORG_AT.lastIndex = i;
      const o = ORG_AT.exec(text);
      if (o) {
        orgs.push(o[1]);
        orgNext = i + o[0].length;
      }
    }
  }
}

/** Is a RUN_RE match one word? Its words hold only these characters, so anything else is the space between two. */
function isOneWord(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (!isAsciiLetter(c) && c !== 46 && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return true;
}

/** A capitalised word (or initial) that can be part of a name. */
const CAP = "(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)";
/** A run of capitalised words, allowing lowercase joiners inside (of, the, and, de, van, bin). */
const RUN_RE = new RegExp(`${CAP}(?:\\s+(?:(?:of|the|and|for|de|da|van|von|bin|al|la|le)\\s+)*${CAP})*`, 'g');

const ROLE_NOUNS =
  'president|vice president|prime minister|minister|premier|chancellor|secretary|chairman|chairwoman|chair|chief|' +
  'executive|director|governor|mayor|senator|representative|ambassador|envoy|king|queen|prince|judge|spokesman|' +
  'spokeswoman|spokesperson|coach|manager|captain|officer|leader|founder|head|professor|lawyer|attorney|analyst|' +
  'economist|author|editor|reporter|commissioner|general|admiral|commander|striker|midfielder|defender|player|' +
  'actor|actress|singer|star|owner|boss|adviser|advisor|official|member|deputy|ceo|emir|sultan|pope';
const APPOSITIVE_RE = new RegExp(
  `^,\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\w.'’-]+\\s+){0,5}?(?:${ROLE_NOUNS})(?:\\s+(?:of|for|at|to|in)\\s+[\\w.'’ -]{2,60}?)?)(?=,|\\.|\\s+(?:who|said|says|told))`,
  'i',
);
const SPEECH_AFTER = /^\s+(?:said|says|told|added|noted|stated|explained|argued|warned|insisted|wrote|tweeted|announced|stressed|urged|asked)\b/;
const SPEECH_BEFORE = /\b(?:said|says|according to|told by)\s+$/;

/** Words that end a place or building name, never a person's. */
const NOT_NAME_TAIL = /^(?:Palace|Street|St|Square|Hall|Park|Bridge|Road|Avenue|Church|Cathedral|Stadium|Airport|Station|River|Mountain|Mount|Island|Lake|County|City|Centre|Center|Games|Cup|Olympics|Day|Week|Initiative)$/;

/** Words that are never part of a person's name: titles, dates, places, organisations, nationalities. */
const NOT_NAME = new Set([...TITLE_WORDS, ...MONTH_AND_DAY_NAMES, ...PLACE_SET, ...KNOWN_ORGS, ...ORG_HEADS, ...Object.keys(DEMONYMS)]);

function isNameWord(w: string): boolean {
  return !NOT_NAME.has(w);
}

/** Find people, places and organisations in an article's body and title. */
export function extractEntities(article: Pick<Article, 'title' | 'text' | 'dateline'>): Entities {
  const body = article.text;
  // Places are searched in the title and body, organisations in the body only. (No name spans
  // a line break, so the title and body are searched one after the other.)
  const places: string[] = [];
  const orgs: string[] = [];
  gazetteerMatches(article.title, places, null);
  gazetteerMatches(body, places, orgs);
  return {
    people: findPeople(body),
    places: findPlaces(places, article.dateline.place),
    organizations: findOrganizations(body, orgs, article.dateline.agency),
  };
}

function findPlaces(matches: readonly string[], datelinePlace: string | null): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    const c = PLACE_CANON[p] ?? p;
    if (!out.includes(c)) out.push(c);
  };
  if (datelinePlace) {
    const first = datelinePlace.split(',')[0].trim();
    const titled = first.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    add(PLACE_SET.has(titled) ? titled : titled);
  }
  // "US" and "UK" only in capitals as a word, never "us".
  for (const m of matches) add(m);
  return out;
}

function findOrganizations(text: string, known: readonly string[], agency: string | null): string[] {
  const out: string[] = [];
  const add = (o: string) => {
    if (!out.some((x) => x.toLowerCase() === o.toLowerCase())) out.push(o);
  };
  if (agency) add(agency);
  for (const m of known) add(m);
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    // One capitalised word is never an organisation here (a head word must follow another).
    if (isOneWord(m[0])) continue;
    // "Cup and Champions League" is two names; "Bank of England" is one.
    for (const piece of m[0].split(/\s+and\s+/)) {
      const parts = stripLeading(piece.split(/\s+/));
      // The organisation ends at its last head word, plus an "of ..." tail ("Bank of England");
      // "Limerick Police Chief William Albany" is the Limerick Police.
      let h = -1;
      parts.forEach((w, i) => {
        if ((i > 0 || parts[1] === 'of') && ORG_HEADS.has(w.endsWith('.') ? w.slice(0, -1) : w) && !TITLE_WORDS.has(w)) h = i;
      });
      if (h < 0) continue;
      let end = h + 1;
      if (parts[end] === 'of' && parts[end + 1] && /^[A-Z]/.test(parts[end + 1])) {
        end += 2;
        while (end < parts.length && /^[A-Z]/.test(parts[end]) && !TITLE_WORDS.has(parts[end])) end++;
      }
      const org = parts.slice(0, end);
      if (org.length >= 2 && !TITLE_WORDS.has(org[0])) add(org.join(' '));
    }
  }
  return out;
}

/** Capitalised only because they start a sentence or a clause: not part of a name. */
const LEADING_NOISE = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'When', 'While', 'After', 'Before', 'In', 'On', 'At', 'For', 'From', 'With',
  'Without', 'If', 'As', 'Since', 'Though', 'Although', 'Because', 'Meanwhile', 'However', 'Then', 'So', 'Yet',
  'Now', 'Also', 'Still', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'Your', 'Last', 'Next', 'Every', 'Some', 'Many', 'Several', 'Both', 'Each', 'Other',
  'Another', 'Under', 'Over', 'During', 'By', 'To', 'Of', 'Why', 'What', 'Where', 'Who', 'How',
]);

/** Tokenized copy writes "England ’ s coach": join the possessive back. */
function tidyRole(role: string): string {
  return role.replace(/\s+(['’])\s*s\b/g, '$1s').replace(/\s+/g, ' ').trim();
}

function stripLeading(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && (LEADING_NOISE.has(words[i]) || MONTH_AND_DAY_NAMES.has(words[i]) || /^[a-z]/.test(words[i]))) i++;
  return words.slice(i);
}

function findPeople(text: string): Person[] {
  const people: Person[] = [];
  const byName = new Map<string, Person>();
  const add = (name: string, role: string | null) => {
    const clean = name.trim();
    if (clean.split(/\s+/).length < 2) return;
    const known = byName.get(clean);
    if (known) {
      if (!known.role && role) known.role = role;
      return;
    }
    // A shorter form of a name we have ("Xi" after "Xi Jinping") is the same person.
    const p: Person = { name: clean, role };
    byName.set(clean, p);
    people.push(p);
  };
  for (const sentence of sentences(text)) {
    RUN_RE.lastIndex = 0;
    for (let m = RUN_RE.exec(sentence); m; m = RUN_RE.exec(sentence)) {
      const run = m[0];
      // A single word is never a name of 2-4 words (sentences() leaves only plain spaces).
      if (!run.includes(' ')) continue;
      const start = m.index ?? 0;
      const before = sentence.slice(0, start);
      const after = sentence.slice(start + run.length);
      const words = stripLeading(run.split(/\s+/));
      // "Robert Zapf's office": the possessive is not part of the name.
      words[words.length - 1] = words[words.length - 1].replace(/['’]s$/, '');
      // Split the run into a role (titles, nationality adjectives) and a trailing name.
      let i = words.length;
      while (i > 0 && /^[A-Z]/.test(words[i - 1]) && isNameWord(words[i - 1])) i--;
      const nameWords = words.slice(i);
      const roleWords = words.slice(0, i);
      if (nameWords.length < 2 || nameWords.length > 4) continue;
      if (nameWords.some((w) => /^[A-Z]\.$/.test(w)) && nameWords.length === 2 && /^[A-Z]\.$/.test(nameWords[1])) continue;
      if (nameWords.some((w) => NOT_NAME_TAIL.test(w.replace(/['’]s$/, '')))) continue;
      const name = nameWords.join(' ');
      const hasTitle = roleWords.some((w) => TITLE_WORDS.has(w));
      const role = hasTitle ? roleWords.join(' ').replace(/^(?:The|A|An|Former)\s+/i, (x) => (/former/i.test(x) ? x : '')) : null;
      if (hasTitle) {
        add(name, role || null);
        continue;
      }
      const appositive = APPOSITIVE_RE.exec(after);
      if (appositive && !/^(?:under|in|at|on|with|by|for|from|to|after|before|while|as)\s/i.test(appositive[1])) {
        add(name, tidyRole(appositive[1].replace(/^(?:the|a|an)\s+/i, '')));
        continue;
      }
      if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before) || /\b(?:Mr|Mrs|Ms|Dr)\.?\s*$/.test(before)) {
        if (roleWords.length === 0 || roleWords.every((w) => /^(?:The|A|An)$/.test(w))) add(name, null);
      }
    }
  }
  return people;
}
