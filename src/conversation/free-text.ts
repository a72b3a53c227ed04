/**
 * Free text typed where a question is expected (a console line without a slash, a Slack mention
 * or DM, a question box): is it a question at all? "hello" or "thanks" was answered "The article
 * does not say.", a refusal that pretends it was asked something. A line is a question when it
 * has a question mark, or starts (after "and", "so", "ok", "please", …) with a question word or
 * auxiliary ("who came", "did they meet") or a request ("tell me about", "explain", "summarise"),
 * or has a wh-word anywhere ("and the railway, what did it cost"). Anything else gets a hint.
 */
import { infoMessage } from '../core/message/build.ts';
import type { Message } from '../core/message/message.ts';

const WH = /\b(who|whom|whose|what|when|where|why|how|which)(?:'s|’s|'re|’re)?\b/i;

const STARTERS = new Set(
  (
    'who whom whose what when where why how which whats whos wheres hows whys ' +
    'is are was were am do does did can could will would should shall may might must has have had ' +
    "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't hadn't " +
    'tell explain summarise summarize summary describe list give show name define compare find according ' +
    'any anything'
  ).split(' '),
);

/** Words that may come before the question proper ("and who paid", "ok so what did Xi say"). */
const LEAD_INS = new Set('and but so ok okay then also now please pls well hey hi right'.split(' '));

/** Whether free text reads as a question (or a request) about an article. */
export function looksLikeQuestion(text: string): boolean {
  if (/[?？¿]/.test(text)) return true;
  if (WH.test(text)) return true;
  const words = text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  for (const w of words) {
    if (LEAD_INS.has(w)) continue;
    return STARTERS.has(w);
  }
  return false;
}

/** The reply to free text that is not a question: what one can do instead. */
export function notAQuestionHint(text: string): Message {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return infoMessage(
    `"${shown}" is not a question, so there is nothing to look up: ask one about the article (for example "Who is quoted?" or "Where did it happen?"), or type /help for commands.`,
    { ephemeral: true },
  );
}
