/**
 * Free text on the console (a line without a slash) and in chat follow-ups: a line that is not a
 * question ("hello", "thanks") gets a hint of what to do, never "The article does not say.";
 * questions without a question mark ("who came", "what did Xi say") are still answered.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { runAskAction } from '../../../src/adapters/actions.ts';
import { looksLikeQuestion } from '../../../src/conversation/free-text.ts';
import { commandRig } from '../../helpers/command-rig.ts';
import { consoleTranscript } from '../../helpers/console-session.ts';
import { quietLogger } from '../../fakes/scheduler-rig.ts';
import { makeArticle } from '../../helpers/article.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-console-free-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const STORY =
  'Kyrgyzstan builds a railway to China\n\nEngineers began laying track for the 280-kilometre railway through the Torugart pass on Monday. ' +
  'Chinese President Xi Jinping said the line would carry goods to Europe in ten days. ' +
  'Officials from Uzbekistan came to the ceremony in Naryn.\n';

/** Each line typed on the console, with what the console printed after it. */
async function consoleSession(lines: string[]): Promise<string> {
  const dir = path.join(tmp, `briefings-${lines.length}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'railway.txt'), STORY);
  return consoleTranscript(dir, path.join(tmp, `nb-${lines.length}.db`), lines.map((l) => `${l}\n`).join(''));
}

describe('free text that is not a question', () => {
  it('gets a hint on the console, and questions without a question mark are still answered', async () => {
    const out = await consoleSession(['/brief railway', 'hello', 'thanks', 'who came', 'what did Xi say', 'tell me about the pass']);
    expect(out).toContain('"hello" is not a question, so there is nothing to look up: ask one about the article');
    expect(out).toContain('"thanks" is not a question');
    expect(out).toContain('or type /help for commands.');
    expect(out.match(/is not a question/g)).toHaveLength(2);
    expect(out).toContain('Uzbekistan');
    expect(out).toContain('Europe in ten days');
    expect(out).not.toContain('The article does not say');
  });

  it('gets the same hint as a chat follow-up (a Slack mention or DM, a question box)', async () => {
    const article = makeArticle({ id: 'railway', title: 'Kyrgyzstan builds a railway to China', text: STORY.split('\n\n')[1], source: 'test', publishedAt: '2026-07-01T08:00:00Z' });
    const rig = commandRig({ articles: [article], platform: 'slack' });
    const ctx = { platform: 'slack' as const, user: { id: 'U1' }, guildId: 'G1', channelId: 'C1', threadId: null, canManageChannel: true, services: rig.services, log: quietLogger() };
    const [hint] = await runAskAction(commands, ctx, 'thanks!', 'railway');
    expect(hint).toMatchObject({ kind: 'info', ephemeral: true });
    expect(hint.text).toMatch(/^"thanks!" is not a question/);
    const [answer] = await runAskAction(commands, ctx, 'who came to the ceremony', 'railway');
    expect(answer.text).toContain('Uzbekistan');
  });

  it('reads questions and requests as questions, greetings and thanks as not', () => {
    for (const q of ['who came', 'What did Xi say', 'and how long is it', 'did they meet', 'explain the deal', 'summarise it', 'Please tell me more', 'the railway, when does it open', 'railway cost?'])
      expect(looksLikeQuestion(q), q).toBe(true);
    for (const t of ['hello', 'thanks', 'thank you', 'ok', 'great, cheers', 'hi there', 'good bot']) expect(looksLikeQuestion(t), t).toBe(false);
  });
});
