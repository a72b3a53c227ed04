/**
 * The Discord registration body, generated from commands/index.ts, obeys Discord's rules for
 * chat-input commands: a command that breaks them makes the whole bulk overwrite fail.
 */
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import type { Command } from '../../../commands/types.ts';
import { commandJson, commandsJson } from '../../../src/adapters/discord/command-json.ts';

// https://discord.com/developers/docs/interactions/application-commands#application-command-object
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

describe('Discord command JSON', () => {
  const body = commandsJson(commands);

  it('has one entry per command, names unique', () => {
    expect(body.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(new Set(body.map((c) => c.name)).size).toBe(body.length);
    expect(body.length).toBeLessThanOrEqual(100);
  });

  for (const c of commandsJson(commands)) {
    it(`/${c.name} follows Discord's naming, length and ordering rules`, () => {
      expect(c.name).toMatch(NAME);
      expect(c.name).toBe(c.name.toLowerCase());
      expect(c.description.length).toBeGreaterThanOrEqual(1);
      expect(c.description.length).toBeLessThanOrEqual(100);
      const opts = c.options ?? [];
      expect(opts.length).toBeLessThanOrEqual(25);
      const firstOptional = opts.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(opts.slice(firstOptional).every((o) => !o.required)).toBe(true);
      for (const o of opts) {
        expect(o.name).toMatch(NAME);
        expect(o.name).toBe(o.name.toLowerCase());
        expect(o.description.length).toBeGreaterThanOrEqual(1);
        expect(o.description.length).toBeLessThanOrEqual(100);
        const choices = 'choices' in o ? (o.choices ?? []) : [];
        expect(choices.length).toBeLessThanOrEqual(25);
        // Autocomplete and fixed choices exclude each other.
        if (choices.length) expect('autocomplete' in o && o.autocomplete).toBeFalsy();
      }
    });
  }

  it('puts required options first, trims long descriptions at a word, offers autocomplete only with complete()', () => {
    const cmd: Command = {
      name: 'Demo',
      description: `${'word '.repeat(30)}end`,
      options: [
        { name: 'later', description: 'optional', type: 'string', autocomplete: true },
        { name: 'count', description: 'a number', type: 'integer', required: true },
        { name: 'mode', description: 'a mode', type: 'string', choices: ['a', 'b'] },
      ],
      run: async () => ({ kind: 'info', text: 'x' }),
    };
    const j = commandJson(cmd);
    expect(j.name).toBe('demo');
    expect(j.description.length).toBeLessThanOrEqual(100);
    expect(j.description.endsWith('word…')).toBe(true);
    expect(j.options?.map((o) => [o.name, o.type, o.required])).toEqual([
      ['count', 4, true],
      ['later', 3, false],
      ['mode', 3, false],
    ]);
    expect(j.options?.[1]).toMatchObject({ autocomplete: false });
    expect(j.options?.[2]).toMatchObject({ choices: [{ name: 'a', value: 'a' }, { name: 'b', value: 'b' }] });
    expect(commandJson({ ...cmd, complete: async () => [] }).options?.[1]).toMatchObject({ autocomplete: true });
  });
});
