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
  return {
    people: findPeople(body),
    places: findPlaces(`${article.title}\n${body}`, article.dateline.place),
    organizations: findOrganizations(body, article.dateline.agency),
  };
}

function findPlaces(text: string, datelinePlace: string | null): string[] {
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
  for (const m of text.matchAll(PLACE_RE)) {
    // "US" and "UK" only in capitals as a word, never "us".
    add(m[1]);
  }
  return out;
}

function findOrganizations(text: string, agency: string | null): string[] {
  const out: string[] = [];
  const add = (o: string) => {
    if (!out.some((x) => x.toLowerCase() === o.toLowerCase())) out.push(o);
  };
  if (agency) add(agency);
  for (const m of text.matchAll(ORG_RE)) add(m[1]);
  for (const m of text.matchAll(RUN_RE)) {
    // "Cup and Champions League" is two names; "Bank of England" is one.
    for (const piece of m[0].split(/\s+and\s+/)) {
      const parts = stripLeading(piece.split(/\s+/));
      // The organisation ends at its last head word, plus an "of ..." tail ("Bank of England");
      // "Limerick Police Chief William Albany" is the Limerick Police.
      let h = -1;
      parts.forEach((w, i) => {
        if ((i > 0 || parts[1] === 'of') && ORG_HEADS.has(w.replace(/\.$/, '')) && !TITLE_WORDS.has(w)) h = i;
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
    for (const m of sentence.matchAll(RUN_RE)) {
      const run = m[0];
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
