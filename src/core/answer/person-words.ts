/**
 * Words for people (and the animals people name), read from their endings and a short list: a
 * name follows such a word ("driver John Smith") and never stands before it as the person's own
 * ("the Stagecoach bus driver"). Shared by the thing-name rule (patterns-named.ts) and the role
 * rule's apposition reading (patterns-typed.ts).
 */
export const PERSONLIKE = /(?:er|or|ist|ian|ant|ent|ess|man|woman|men|women|person|people|son|daughter|child|children|boy|girl|baby|wife|husband|mother|father|brother|sister|friend|dog|cat|horse|aide|chief|head|guard|victim|suspect|couple|family|team|side|club|group)$/;
