/**
 * Slash-command definitions for Discord, generated from the platform-neutral command list
 * (commands/index.ts): the body of the bulk overwrite `PUT /applications/{app}/commands`.
 */
import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody, APIApplicationCommandBasicOption } from 'discord.js';
import type { Command, CommandOption } from '../../../commands/types.ts';

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

/** Discord wants 1-100 characters of description; longer ones are refused, so cut at a word. */
function description(text: string): string {
  const t = text.trim() || 'No description';
  if (t.length <= 100) return t;
  const cut = t.slice(0, 99);
  const space = cut.lastIndexOf(' ');
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}

function optionJson(command: Command, o: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: o.name.toLowerCase(), description: description(o.description), required: Boolean(o.required) };
  if (o.type === 'string') {
    if (o.choices?.length) {
      return { ...base, type: ApplicationCommandOptionType.String, choices: o.choices.slice(0, 25).map((c) => ({ name: c, value: c })) };
    }
    // Autocomplete only when the command can answer it; Discord shows an error otherwise.
    return { ...base, type: ApplicationCommandOptionType.String, autocomplete: Boolean(o.autocomplete && command.complete) };
  }
  return { ...base, type: OPTION_TYPES[o.type] } as APIApplicationCommandBasicOption;
}

/** One command as Discord's chat-input command JSON. Required options come first, as Discord demands. */
export function commandJson(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options = [...command.options].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
  return {
    name: command.name.toLowerCase(),
    description: description(command.description),
    type: ApplicationCommandType.ChatInput,
    options: options.slice(0, 25).map((o) => optionJson(command, o)),
  };
}

/** The whole list, as sent in one bulk overwrite. */
export function commandsJson(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map(commandJson);
}
