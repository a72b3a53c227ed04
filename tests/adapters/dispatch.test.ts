import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Command, CommandContext } from '../../commands/types.ts';
import { parseTextArgs, runCommand } from '../../src/adapters/dispatch.ts';
import { UserError } from '../../src/core/errors.ts';

const ask: Command = {
  name: 'ask', description: 'q', options: [
    { name: 'question', description: 'q', type: 'string', required: true, rest: true },
    { name: 'article', description: 'a', type: 'string' },
  ],
  async run() { return { kind: 'info', text: 'ok' }; },
};
const sources: Command = {
  name: 'sources', description: 's', options: [
    { name: 'action', description: 'a', type: 'string', required: true, choices: ['add', 'list', 'remove'] },
    { name: 'url', description: 'u', type: 'string' },
  ],
  async run() { return { kind: 'info', text: 'ok' }; },
};

describe('text arguments', () => {
  it('gives the rest of the line to a rest option, named options anywhere', () => {
    expect(parseTextArgs(ask, 'Which railway did Xi mention?')).toEqual({ question: 'Which railway did Xi mention?' });
    expect(parseTextArgs(ask, 'Who came? article:000_96cf')).toEqual({ question: 'Who came?', article: '000_96cf' });
    // An option named with no value is left unset, not folded into the question.
    expect(parseTextArgs(ask, 'Who came? article:')).toEqual({ question: 'Who came?' });
  });
  it('checks choices', () => {
    expect(parseTextArgs(sources, 'ADD https://x.test/feed')).toEqual({ action: 'add', url: 'https://x.test/feed' });
    expect(() => parseTextArgs(sources, 'explode')).toThrow(/"explode" is not a valid action: use one of add, list, remove/);
  });
});

describe('runCommand', () => {
  const ctx = { log: pino({ level: 'silent' }) } as unknown as CommandContext;
  it('turns a UserError into an ephemeral one-line reply', async () => {
    const c: Command = { name: 'x', description: 'x', options: [], async run() { throw new UserError('Nope, not that.'); } };
    expect(await runCommand(c, ctx, {})).toEqual([{ kind: 'error', text: 'Nope, not that.', ephemeral: true }]);
  });
  it('answers a crash with a short apology, no stack', async () => {
    const c: Command = { name: 'x', description: 'x', options: [], async run() { throw new TypeError('boom at line 3'); } };
    const [m] = await runCommand(c, ctx, {});
    expect(m.ephemeral).toBe(true);
    expect(m.text).toMatch(/^Sorry, something went wrong/);
    expect(m.text).not.toContain('boom');
  });
  it('names a missing required option', async () => {
    const [m] = await runCommand(ask, ctx, {});
    expect(m.text).toBe('/ask needs a question.');
  });
});
