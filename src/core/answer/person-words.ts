/**
 * Words for people (and the animals people name), read from their endings and a short list: a
 * name follows such a word ("driver John Smith") and never stands before it as the person's own
 * ("the Stagecoach bus driver"). Shared by the thing-name rule (patterns-named.ts) and the role
 * rule's apposition reading (patterns-typed.ts).
 */
export const PERSONLIKE = /(?:er|or|ist|ian|ant|ent|ess|man|woman|men|women|person|people|son|daughter|child|children|boy|girl|baby|wife|husband|mother|father|brother|sister|friend|dog|cat|horse|aide|chief|head|guard|victim|suspect|couple|family|team|side|club|group)$/;

/**
 * Common words for one person a question may name instead of a name ("the name of the woman who
 * died", "Where did the man die?"): the person-asking check (grounding-shapes.ts) and the
 * clause-of-another check (grounding-reading.ts) read the same list.
 */
export const ONE_PERSON = 'woman|man|girl|boy|child|victim|driver|pilot|suspect|gunman|officer|teacher|student|doctor|nurse|soldier|player|mother|father|son|daughter|wife|husband|teenager|passenger|rider|cyclist|pedestrian|worker|patient';
