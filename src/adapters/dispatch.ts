/**
 * Running a command the same way on every platform: parse text arguments, run, contain
 * failures. A UserError becomes an ephemeral one-line reply; anything else is logged and
 * answered with a short apology. Nothing thrown here escapes to the platform.
 */
import type { Command, CommandArgs, CommandContext } from '../../commands/types.ts';
import { UserError, isUserError, userFacingMessage } from '../core/errors.ts';
import type { Message } from '../core/message/message.ts';

/** Arguments for a text command line: the command's own parser, or the generic one. */
export function textArgs(command: Command, text: string): CommandArgs {
  return command.parseText ? command.parseText(text) : parseTextArgs(command, text);
}

/** Run a command and always return messages (errors become an ephemeral error message). */
export async function runCommand(command: Command, ctx: CommandContext, args: CommandArgs): Promise<Message[]> {
  const log = ctx.log.child({ command: command.name });
  try {
    const missing = command.options.filter((o) => o.required && (args[o.name] === undefined || args[o.name] === ''));
    if (missing.length) throw new UserError(`/${command.name} needs ${missing.map((o) => `a ${o.name}`).join(' and ')}.`);
    const out = await command.run({ ...ctx, log }, args);
    return Array.isArray(out) ? out : [out];
  } catch (e) {
    if (isUserError(e)) log.info({ code: e.code, msg: e.message }, 'command refused');
    else log.error({ err: e }, 'command failed');
    return [errorMessage(userFacingMessage(e))];
  }
}

/** The ephemeral one-line reply for a refusal or a failure. */
export function errorMessage(text: string): Message {
  return { kind: 'error', text, ephemeral: true };
}

/**
 * Parse a text command line (Slack's `text`, the console) into arguments: `name:value`
 * tokens set named options; the rest fill the options in order, the last string option
 * taking the remainder of the line. Quotes group words.
 */
export function parseTextArgs(command: Command, text: string): CommandArgs {
  const args: CommandArgs = {};
  const tokens = tokenize(text.trim());
  const positional: string[] = [];
  for (const tok of tokens) {
    const m = /^([a-z][a-z0-9_-]*):(.*)$/i.exec(tok.raw);
    const opt = m ? command.options.find((o) => o.name.toLowerCase() === m[1].toLowerCase()) : undefined;
    if (m && opt && !tok.quoted) {
      // "article:" with nothing after it names the option but gives no value: leave it unset.
      if (m[2] !== '') args[opt.name] = coerce(opt.type, stripQuotes(m[2]), opt.name);
    } else positional.push(tok.value);
  }
  const free = command.options.filter((o) => args[o.name] === undefined);
  for (let i = 0; i < free.length && positional.length; i++) {
    const opt = free[i];
    const last = i === free.length - 1;
    if (opt.type === 'string' && (opt.rest || last)) args[opt.name] = positional.splice(0).join(' ');
    else args[opt.name] = coerce(opt.type, positional.shift() as string, opt.name);
  }
  if (positional.length) throw new UserError(`/${command.name} got more than it takes: "${shown(positional.join(' '))}".`);
  for (const o of command.options) {
    const v = args[o.name];
    if (o.choices && typeof v === 'string' && !o.choices.includes(v.toLowerCase())) {
      throw new UserError(`"${shown(v)}" is not a valid ${o.name}: use one of ${o.choices.join(', ')}.`);
    }
    if (o.choices && typeof v === 'string') args[o.name] = v.toLowerCase();
  }
  return args;
}

function coerce(type: string, v: string, name: string): string | number | boolean {
  if (type === 'integer') {
    const n = Number(v);
    if (!Number.isInteger(n)) throw new UserError(`${name} must be a whole number, not "${shown(v)}".`);
    return n;
  }
  if (type === 'boolean') return /^(true|yes|on|1)$/i.test(v);
  return v;
}

/** Input quoted back in a refusal: one line, at most 80 characters (Slack text may hold newlines and pages). */
function shown(v: string): string {
  const line = v.replace(/\s+/g, ' ').trim();
  if (line.length <= 80) return line;
  const cut = /[\uD800-\uDBFF]/.test(line.charAt(78)) ? 78 : 79;
  return `${line.slice(0, cut)}…`;
}

function stripQuotes(s: string): string {
  return s.replace(/^["“'](.*)["”']$/s, '$1');
}

function tokenize(text: string): { raw: string; value: string; quoted: boolean }[] {
  const out: { raw: string; value: string; quoted: boolean }[] = [];
  const re = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[3] !== undefined) out.push({ raw: m[3], value: m[3], quoted: false });
    else out.push({ raw: m[0], value: m[1] ?? m[2] ?? '', quoted: true });
  }
  return out;
}
