/**
 * Two questions about whose side someone is on, which a reporter answers in a fixed shape:
 * - "Which team does Norris drive for?" / "Who does Kane play for?": the team written right beside
 *   the name: "Lando Norris third for McLaren", "Gnabry played 90 minutes for Arsenal", "Kane, who
 *   plays for Tottenham,", "McLaren driver Lando Norris", "Norris, the McLaren driver,", "Lando
 *   Norris (McLaren)".
 * - "Who is on strike?" / "Who walked out?": the group a reporter names as the strikers: "a strike
 *   by German train drivers", "nurses at the hospital went on strike", "dock workers walked out".
 * Both were left to the span model, whose confidence sat on the refusal threshold (a refit of the
 * answerability weights moved them across it: docs/answers-qa2.md, session 22).
 * Only the bare questions: "Which team did X play for before Y?", "Which Chinese team ...?" ask
 * for one of several and stay the span model's.
 */
import type { PreparedArticle } from './prepare.ts';
import type { PatternResult } from './patterns-typed.ts';
import { escapeRegExp as esc } from '../text/escape-regexp.ts';

const PLAY = '(?:play|drive|race|ride|run|compete|cycle|pitch|bat|bowl|skate|swim|turn out|keep goal|score)';
const TEAM_ASKED = new RegExp(
  String.raw`^(?:(?:which|what) (?:team|club|side|franchise|constructor|outfit) (?:does|did|do|is|was|will)|who (?:does|did|do|will)) ((?:[\p{L}][\p{L}'’.-]*\s+){0,3}?[\p{L}][\p{L}'’-]*) ${PLAY}(?:s|ing)? for\s*\??$`,
  'iu',
);
/** A team's name as written: up to four capitalised words, "the" before them allowed. */
const TEAM = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|\d+s?))*`;
/** The nouns a reporter puts between a team and its player ("McLaren driver Lando Norris"). */
const PLAYER = '(?:driver|rider|cyclist|racer|striker|forward|midfielder|defender|goalkeeper|keeper|winger|full-back|fullback|centre-back|quarterback|pitcher|batsman|bowler|player|captain|skipper|star|playmaker|team-mate|teammate|prop|hooker|fly-half|scrum-half|lock|flanker)';
/** Lower-case words between a name and "for" that say what the person did for the team. */
const BETWEEN = String.raw`(?:\s+(?!(?:said|says|told|asked|called|calls|voted|votes|paid|pays|waited|waits|thanked|thanks|apologised|apologized|arrested|charged|fined|banned|suspended|sentenced|cheered|works|worked|worked|campaigned|stood|applied|bid|bidding|signed|signs|left|joined|and|or|but|who|which|that|against|to|from)\b)[\p{Ll}\d][\p{L}\d'’.-]*){0,4}`;

/** Words between the name and "for" that say the person played for the team: a verb of the sport, a place in the result, a tally. */
const PLAYED = /\b(?:play|plays|played|playing|drive|drives|driving|drove|race|races|raced|racing|ride|rides|rode|riding|runs|ran|running|compete|competes|competed|competing|pitches|pitched|bats|batted|bowls|bowled|scored|scores|goals?|appearances?|caps?|minutes|starts|started|debut|starred|stars|impressed|shone|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|fastest|quickest|finished)\b/u;
/** A capitalised name after "for" that is an event, not a team ("for the Miami Grand Prix"). */
const EVENT = /\b(?:Grand Prix|Cup|Open|Championships?|Games|Olympics|Trophy|Final|Series|Race|Marathon|Classic|Tour|Award|Prize|Rally)$/u;

/** "Which team does Norris drive for?": the team the story puts beside the name (see the file comment). */
export function teamOfPlayer(q: string, prep: PreparedArticle): PatternResult | null {
  const asked = TEAM_ASKED.exec(q.trim())?.[1];
  if (!asked || prep.lowerCase) return null;
  const last = asked.split(/\s+/).pop()!.replace(/['’]s$/u, '');
  if (!/^\p{Lu}/u.test(last) || last.length < 2) return null;
  const n = esc(last);
  const shapes = [
    // "McLaren driver Lando Norris".
    new RegExp(String.raw`(${TEAM})\s+${PLAYER}\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}${n}\b`, 'u'),
    // "Norris, the McLaren driver," / "Lando Norris (McLaren)".
    new RegExp(String.raw`\b${n},\s+(?:the|a)\s+(${TEAM})\s+${PLAYER}\b`, 'u'),
    new RegExp(String.raw`\b${n}\s+\((${TEAM})\)`, 'u'),
    // "Lando Norris third for McLaren", "Kane, who plays for Tottenham", "Gnabry played 90 minutes for Arsenal"
    // (last: "Norris took pole position for the Miami Grand Prix" names an event, and a team may be named elsewhere).
    new RegExp(String.raw`\b${n}\b(?:,\s+who)?(${BETWEEN})\s+for\s+(${TEAM})`, 'u'),
  ];
  for (const [s, re] of shapes.entries()) {
    for (let k = 0; k < prep.sentences.length; k++) {
      const m = re.exec(prep.sentences[k].text);
      if (!m) continue;
      const loose = s === shapes.length - 1;
      const team = m[loose ? 2 : 1].trim().replace(/\.$/u, '');
      if (loose && (!PLAYED.test(m[1]) || EVENT.test(team))) continue;
      // (The asked name itself is no team: "Lewis Hamilton (Hamilton)".)
      if (!new RegExp(String.raw`\b${n}\b`, 'u').test(team)) return { text: team, sentence: k, kind: 'role' };
    }
  }
  return null;
}

const STRIKE_ASKED = /^who (?:is|are|was|were|has been|have been|had been|went|has gone|have gone|will go|will be)?\s*(?:on strike|striking|walked out|walking out|staged (?:a|the) (?:strike|walkout)|struck)\s*\??$/i;
/** The group named in "a strike by X" up to the next verb or clause break. */
const GROUP = String.raw`((?:[\p{L}\d][\p{L}\d,'’-]*\s+){0,5}?[\p{L}][\p{L}'’-]*)`;
const STRIKE_BY = new RegExp(String.raw`\b(?:strike|strikes|walkout|walk-out|stoppage)\s+by\s+${GROUP}(?=\s+(?:halted|has|have|had|was|were|is|are|that|which|who|over|against|in|on|at|for|closed|shut|disrupted|left|hit|grounded|began|begins|entered|continued|continues|forced|brought|caused|cancelled|canceled)\b|\s*[,.;:()]|$)`, 'iu');
const GROUP_STRUCK = /(?:^|[,;:]\s*|\b(?:that|as|when|after|while|because|since|but|said|says)\s+)((?:[\p{L}\d][\p{L}\d,'’-]*\s+){0,6}?[\p{L}][\p{L}'’-]*)\s+(?:are|were|went|have gone|had gone|have been|has been|is|was|will go|remain|remained|stayed|began|begin|started|start|continued|continue)\s+(?:\p{Ll}+\s+)?(?:on strike|an? (?:\p{Ll}+\s+)?(?:strike|walkout))\b|(?:^|[,;:]\s*|\b(?:that|as|when|after|while|because|since|but|said|says)\s+)((?:[\p{L}\d][\p{L}\d,'’-]*\s+){0,6}?[\p{L}][\p{L}'’-]*)\s+(?:walked out|staged an? (?:\p{Ll}+\s+)?(?:strike|walkout))\b/u;
/** "striking dock workers", "the strikers". */
const STRIKING = /\b((?:the\s+)?(?:striking\s+(?:\p{Ll}+\s+)?\p{Ll}+s|strikers))\b/iu;
/** Words that name no group: a pronoun or a bare determiner is not who strikes. */
const NO_GROUP = /^(?:they|we|he|she|it|who|which|that|this|these|those|some|many|others|the|a|an)$/i;

/** "Who is on strike?": the group the story says strikes (see the file comment). */
export function strikers(q: string, prep: PreparedArticle): PatternResult | null {
  if (!STRIKE_ASKED.test(q.trim())) return null;
  let mentioned = -1;
  for (let k = 0; k < prep.sentences.length; k++) {
    const t = prep.sentences[k].text;
    const m = STRIKE_BY.exec(t) ?? GROUP_STRUCK.exec(t) ?? STRIKING.exec(t);
    const group = (m?.[1] ?? m?.[2])?.trim().replace(/,$/, '');
    if (group && !NO_GROUP.test(group)) return { text: group, sentence: k, kind: 'role' };
    if (mentioned < 0 && /\b(?:strike|strikes|walkout|walk-out)\b/i.test(t)) mentioned = k;
  }
  // A story that speaks of the strike but names no one striking does not say who strikes: a name
  // beside the word ("Its personnel chief, Martin Seiler, said ... while the strike continued") is
  // no striker.
  return mentioned >= 0 ? { text: null, sentence: mentioned, kind: 'role' } : null;
}
