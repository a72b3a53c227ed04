/**
 * The words of a refusal: "The article does not say how much the railway will cost." (the
 * question turned into an indirect one where its word order allows).
 */
import type { QuestionInfo } from './question-type.ts';
import { Cls, tokenize, type Token } from './spans.ts';

/** Irregular participles that start a passive's verb phrase ("was Lewis caught smuggling"). */
const PARTICIPLES = new Set(['caught', 'born', 'built', 'held', 'made', 'paid', 'sold', 'found', 'seen', 'known', 'told', 'hit', 'shot', 'put', 'set', 'left', 'brought', 'bought', 'kept', 'sent', 'spent', 'won', 'lost', 'led', 'blown', 'thrown', 'shown', 'grown', 'drawn', 'torn', 'worn', 'done', 'hurt', 'cut', 'struck', 'hung', 'fed', 'fled', 'sunk', 'sworn', 'beaten', 'said']);
const MODALS = /^(will|would|can|could|should|may|might|must|shall)$/i;
const BE = /^(is|are|was|were)$/i;
/** A progressive verb ("paying", "fighting"; not "thing", "king"). */
const PROGRESSIVE = /^(?!(?:during|nothing|something|anything|everything|morning|evening|spring|string|ceiling|according|including|following|pending)$)(?:\p{Ll}{2,}[^aeiou\s]ing|\p{Ll}*[aeiou]\p{Ll}*ing)$/u;
/** Words after which an -ing word is not the verb: a determiner, a possessive, a preposition, an adjective of rank. */
const NOT_BEFORE_VERB = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|for|of|about|in|on|by|with|at|from|to|without|before|after|and|or|former|top|best|most|least|\p{L}+est|\p{L}+ly|\p{L}+['’]s?)$/iu;

/**
 * "The article does not say how much the railway will cost." Turns a direct question into an
 * indirect one where word order allows (wh + modal/be + subject ...); otherwise falls back to
 * quoting nothing and saying it plainly.
 */
export function doesNotSay(q: string, info: QuestionInfo): string {
  const clean = q.replace(/[?!.\s]+$/u, '');
  const m = /^(who|whom|whose|what|which|when|where|why|how(?: many| much| long| old| far| often| deep| tall| high| wide| big| fast| heavy| large| soon)?)\b\s*(.*)$/i.exec(clean);
  if (!m || info.wh === 'other') return 'The article does not say.';
  const wh0 = m[1].toLowerCase();
  const rest = m[2].split(' ').filter(Boolean);
  // "how hot will it be", "how strong are the winds": the adjective goes with "how".
  const howWhat = wh0 === 'how' && rest.length >= 3 && /^\p{Ll}+$/u.test(rest[0]) && (MODALS.test(rest[1]) || BE.test(rest[1]));
  const wh = howWhat ? `how ${rest.shift()!}` : wh0;
  // "how many people", "which railway": keep the noun with the wh-word.
  const lead: string[] = [wh];
  while (rest.length && !MODALS.test(rest[0]) && !BE.test(rest[0]) && !/^(did|does|do|has|have|had)(?:n['’]t)?$/i.test(rest[0]) && lead.length < 3 && (wh.includes(' ') || /^(what|which|whose)$/.test(wh))) {
    lead.push(rest.shift()!);
  }
  if (rest.length === 0) return `The article does not say ${lead.join(' ')}.`;
  const aux = rest[0];
  // "Who didn't Abercrombie replace?", "Why wasn't he chosen?": a negated auxiliary is said plainly.
  if (/n['’]t$/i.test(aux)) return 'The article does not say.';
  if (MODALS.test(aux) && rest.length >= 2) {
    // wh + modal + subject + verb phrase: the verb phrase starts at "be"/"have"/"get" ("will
    // ferries be cancelled" -> "ferries will be cancelled"), else it is the last word ("will
    // the railway cost" -> "the railway will cost"). No subject: "how many ferries will be cancelled".
    const at = rest.findIndex((w, k) => k > 0 && /^(be|been|have|get|got)$/i.test(w));
    // "how many stations will close in 2017": the wh-phrase is the subject when a plain word follows the modal;
    // "when will the quiet hour take place": the verb is "take place", not "place".
    // ("who will host the awards": "who" is the subject as well.)
    const noSubject = (lead.length > 1 || /^(who|what)$/.test(wh)) && /^\p{Ll}/u.test(rest[1]) && !/^(the|a|an|this|that|these|those|his|her|their|its|our|my|your|he|she|it|they|we|you|i)$/i.test(rest[1]);
    const takePlace = rest.length >= 3 && /^(take|took)$/i.test(rest[rest.length - 2]) && /^(place|effect|part|office|over)$/i.test(rest[rest.length - 1]);
    // "would River Plate pay for Falcao", "would a tunnel take to build": the first word after the subject's first read as a verb.
    const tagged = tokenize(rest.join(' ')).filter((t) => t.isWord);
    const verb = tagged.length === rest.length ? verbAfterSubject(tagged) : -1;
    // "what can decelerate particles ...", "who would not ...": the wh-word is the subject; the order stays.
    if (/^(what|who|which)$/.test(wh) && (/^not$/i.test(rest[1]) || tagged[1]?.cls === Cls.Verb)) return `The article does not say ${[...lead, ...rest].join(' ')}.`;
    const verbAt = noSubject ? 1 : at > 0 ? at : takePlace ? rest.length - 2 : verb > 0 ? verb : rest.length - 1;
    // ("why could the venue not be changed" -> "why the venue could not be changed": "not" goes with the modal.)
    const negated = verbAt > 1 && /^not$/i.test(rest[verbAt - 1]);
    const subject = rest.slice(1, negated ? verbAt - 1 : verbAt).join(' ');
    const modal = negated ? (/^can$/i.test(aux) ? ['cannot'] : [aux.toLowerCase(), 'not']) : [aux.toLowerCase()];
    const words = [...lead, ...(subject ? [subject] : []), ...modal, ...rest.slice(verbAt)];
    return `The article does not say ${words.join(' ')}.`;
  }
  // "how many people were in the study": the wh-phrase is the subject of "be" and a place or time follows.
  if (BE.test(aux) && lead.length > 1 && rest.length >= 3 && /^(?:in|at|on|aboard|inside|outside|among|involved|there|under|near|behind|within|without|beyond|above|below|over|aged|still|now|currently|also)$/i.test(rest[1])) return `The article does not say ${lead.join(' ')} ${aux.toLowerCase()} ${rest.slice(1).join(' ')}.`;
  if (BE.test(aux) && rest.length === 2 && lead.length > 1) {
    // The wh-phrase is the subject: "how many documents were signed" keeps its order.
    return `The article does not say ${lead.join(' ')} ${aux.toLowerCase()} ${rest[1]}.`;
  }
  if (BE.test(aux) && rest.length >= 2) {
    // "where was Lakhvi released from" -> "where Lakhvi was released from"; "how many people were injured in ..." keeps its order.
    // Only a participle that ends the question or is followed by one preposition or noun of a set
    // phrase ("released from", "attached to", "taking part"): inside a longer clause it is no help.
    // ("was Lewis caught smuggling": one word in -ing after it too.)
    const tail = (k: number) => rest.length - k === 1 || (rest.length - k === 2 && (/^(from|to|for|in|on|of|by|with|about|at|part|place|over|up|down|off|out)$/i.test(rest[k + 1]) || /^\p{Ll}+ing$/u.test(rest[k + 1])));
    // The words between must be a plain subject, not a clause of their own ("graphs can be", "not a binary").
    const plain = (k: number) => !rest.slice(1, k).some((w) => /^(which|where|that|who|whom|when|if|be|is|are|was|were|can|could|would|will|not|to)$/i.test(w));
    // (Not a noun after a determiner: "what was the rate before the cut" keeps "the cut" whole, "when was the last cut" too.)
    let part = rest.findIndex((w, k) => k >= 1 && (/^\p{Ll}+(?:ed|en)$/u.test(w) || /^(taking|being|going)$/.test(w) || PARTICIPLES.has(w)) && tail(k) && plain(k) && !/^(?:the|a|an|its|their|his|her|this|that|our|your)$/i.test(rest[k - 1]) && !(/^(?:last|first|next|latest|previous|recent|new|big|biggest)$/i.test(rest[k - 1]) && /^(?:the|a|an|its|their|his|her|this|that)$/i.test(rest[k - 2] ?? '')));
    // "when is the deal expected to be completed" -> "when the deal is expected to be completed".
    if (part < 0) part = rest.findIndex((w, k) => k >= 2 && /^(expected|due|set|likely|scheduled|planned|going|supposed|about|able)$/.test(w) && rest[k + 1] === 'to' && plain(k));
    // "how long are walkers less likely to suffer" -> "how long walkers are less likely to suffer": a degree word stays with its word.
    if (part > 2 && /^(?:more|less|most|least|very|so|too|as)$/i.test(rest[part - 1])) part--;
    // "why are the SUVs being recalled" -> "why the SUVs are being recalled": "being" stays with its participle.
    if (part > 2 && rest[part - 1].toLowerCase() === 'being') part--;
    // "how many firefighters are fighting the fire", "how many helicopters are being used": the wh-phrase is the subject.
    // ("which towns were worst hit", "who is still missing": an adverb before the participle or adjective.)
    const adverbFirst = rest.length >= 3 && /^(?:worst|best|most|least|badly|seriously|still|also|already|recently|now|currently|not|\p{Ll}{3,}ly)$/u.test(rest[1]) && (!/^(?:most|least)$/i.test(rest[1]) || /^\p{Ll}+(?:ed|en)$/u.test(rest[2]) || PARTICIPLES.has(rest[2]) || /^(?:at|in)$/i.test(rest[2]));
    if ((lead.length > 1 || /^(who|what)$/.test(wh)) && (adverbFirst || /^\p{Ll}+(?:ed|en)$/u.test(rest[1]) || PARTICIPLES.has(rest[1]) || PROGRESSIVE.test(rest[1]))) return `The article does not say ${[...lead, aux.toLowerCase(), ...rest.slice(1)].join(' ')}.`;
    if (part > 1) return `The article does not say ${[...lead, ...rest.slice(1, part), aux.toLowerCase(), ...rest.slice(part)].join(' ')}.`;
    // "how much is Norvik paying for Castell" -> "how much Norvik is paying for Castell": a progressive
    // verb after a plain subject (not "is the building ...", where the -ing word is the subject's noun).
    // Not a noun's modifier or a gerund: "Santos's driving ban", "the highest scoring player", "the fine for
    // throwing litter", and not a last word after a common noun ("nigalidze's chess rating").
    const ing = rest.findIndex((w, k) => k >= 2 && PROGRESSIVE.test(w) && plain(k) && !NOT_BEFORE_VERB.test(rest[k - 1]) && (k < rest.length - 1 || /^\p{Lu}|^(he|she|it|they|we|you|i)$/u.test(rest[k - 1])));
    if (ing > 1) return `The article does not say ${[...lead, ...rest.slice(1, ing), aux.toLowerCase(), ...rest.slice(ing)].join(' ')}.`;
    // "when was the dollar last this high" -> "when the dollar was last this high": an adverb of time starts the predicate.
    const adverb = rest.findIndex((w, k) => k >= 2 && /^(?:last|first|ever|still|once|previously)$/i.test(w) && plain(k) && !NOT_BEFORE_VERB.test(rest[k - 1]) && rest.length - k >= 2 && (/^(?:this|so|as|that|too)$/i.test(rest[k + 1]) || /^\p{Ll}+ed$/u.test(rest[k + 1]) || PARTICIPLES.has(rest[k + 1])));
    if (adverb > 1) return `The article does not say ${[...lead, ...rest.slice(1, adverb), aux.toLowerCase(), ...rest.slice(adverb)].join(' ')}.`;
    // "what was the meeting about" -> "what the meeting was about": a closing preposition stays last.
    // ("how much was the holiday home worth" -> "how much the holiday home was worth".)
    if (rest.length >= 3 && /^(about|for|from|to|with|in|on|of|at|by|like|worth)$/i.test(rest[rest.length - 1])) return `The article does not say ${[...lead, ...rest.slice(1, -1), aux.toLowerCase(), rest[rest.length - 1]].join(' ')}.`;
    // "how long was Greaves a bank manager" -> "how long Greaves was a bank manager", "how far is Tikrit
    // from Baghdad": a subject of names (not a possessive: "Sanchez's contract") and then the predicate.
    let names = 1;
    while (names < rest.length && /^\p{Lu}[\p{L}.-]*$/u.test(rest[names])) names++;
    // (Not "William the Silent's father", "Solicitor General before Mulholland" asked with "who".)
    const nameGoesOn = /^the$/i.test(rest[names] ?? '') && /^\p{Lu}/u.test(rest[names + 1] ?? '');
    const whoOfTitle = wh === 'who' && /^(?:before|after|during|when)$/i.test(rest[names] ?? '');
    if (names > 1 && names < rest.length && !nameGoesOn && !whoOfTitle && !rest.slice(names).some((w) => /['’]s?$/.test(w)) && /^(?:a|an|the|in|at|on|from|to|with|during|before|after|when|defence|finance|foreign|prime|chief|head|president|minister|captain|manager|coach|leader|mayor|governor|chairman|director)$/i.test(rest[names])) {
      return `The article does not say ${[...lead, ...rest.slice(1, names), aux.toLowerCase(), ...rest.slice(names)].join(' ')}.`;
    }
    // "where are Everton in the league" -> "where Everton are in the league": a phrase of place after the subject stays last.
    const place = rest.findIndex((w, k) => k >= 2 && /^(?:in|at|on|among|behind|ahead)$/i.test(w) && /^(?:the|a|an|their|its|his|her)$/i.test(rest[k + 1] ?? '') && plain(k));
    // (Only after a plain subject, a name or a determiner's phrase without a participle: not "passports stuck", "the LSE worth".)
    const subjectWords = rest.slice(1, place);
    const plainSubject = subjectWords.length > 0 && /^(?:\p{Lu}|(?:the|a|an|his|her|their|its)$)/u.test(subjectWords[0]) && !subjectWords.some((w) => /^\p{Ll}+(?:ed|en)$/u.test(w) || PARTICIPLES.has(w) || /^(?:due|worth|typically|left)$/i.test(w));
    // (For "where" and "how ...": "what the name of the woman is in the photos" reads worse than the question's order.)
    if (place > 1 && plainSubject && /^(?:where|how)\b/.test(wh) && !rest.slice(place).some((w) => /^worth$/i.test(w) || /^\p{Ll}+ed$/u.test(w) || PARTICIPLES.has(w))) return `The article does not say ${[...lead, ...rest.slice(1, place), aux.toLowerCase(), ...rest.slice(place)].join(' ')}.`;
    return `The article does not say ${lead.join(' ')} ${rest.slice(1).join(' ')} ${aux.toLowerCase()}.`;
  }
  if (/^(did|does|do|has|have|had)(?:n['’]t)?$/i.test(aux)) return 'The article does not say.';
  return `The article does not say ${lead.join(' ')} ${rest.join(' ')}.`;
}

/**
 * Where the verb starts in "<modal> <subject> <verb> ..." (the words after the wh-phrase), or -1:
 * a word read as a verb after the subject's first (a compound's first noun read as one, "call
 * centre", gives way to a verb that closes the question); else after a run of names ("would River Plate
 * pay", "can Germany not offer": "not" goes with the verb); else the last of the nouns after a
 * determiner ("will the jury return its verdict", "will the sea wall repairs cost").
 */
function verbAfterSubject(tagged: readonly Token[]): number {
  const verb = tagged.findIndex((t, k) => k >= 2 && t.cls === Cls.Verb);
  if (verb > 0) {
    // "will the Tromso call centre close": a word read as a verb, then only nouns, then the last word a verb: the last is the verb.
    const last = tagged.length - 1;
    if (last > verb + 1 && tagged[last].cls === Cls.Verb && tagged.slice(verb + 1, last).every((t) => t.cls === Cls.Noun)) return last;
    return verb;
  }
  let k = 1;
  if (tagged[k]?.cls === Cls.Cap) {
    while (tagged[k]?.cls === Cls.Cap) k++;
    return k < tagged.length ? (tagged[k].lower === 'not' ? k + 1 < tagged.length ? k : -1 : k) : -1;
  }
  if (tagged[k]?.cls !== Cls.Det) return -1;
  k++;
  while (tagged[k]?.cls === Cls.Adj) k++;
  const first = k;
  while (tagged[k]?.cls === Cls.Noun && !/^\p{Lu}/u.test(tagged[k].text)) k++;
  return k - first >= 2 ? k - 1 : -1;
}
