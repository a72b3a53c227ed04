/**
 * Answering an interaction with rendered payloads, within Discord's 3-second deadline.
 *
 * The renderer's JSON goes to Discord as it is (wrapped in a MessagePayload whose body is
 * preset), so `allowed_mentions: {parse: []}` and the limits it enforces hold on the wire.
 */
import {
  MessageFlags,
  MessagePayload,
  type ChatInputCommandInteraction,
  type ModalSubmitInteraction,
  type ButtonInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Message } from '../../core/message/message.ts';
import { renderDiscord, type DiscordPayload } from '../../render/discord.ts';

/** Interactions that can be replied to with messages. */
export type Repliable = ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction;

const EPHEMERAL = MessageFlags.Ephemeral as number;

/** Every payload of every message, with the ephemeral flag set where the message asks for it. */
export function payloadsOf(messages: readonly Message[]): DiscordPayload[] {
  return messages.flatMap((m) =>
    renderDiscord(m).map((p) => (m.ephemeral ? { ...p, flags: (p.flags ?? 0) | EPHEMERAL } : p)),
  );
}

/** A plain content payload the adapter writes itself (channel links must not be escaped). */
export function plainPayload(content: string, ephemeral = false): DiscordPayload {
  return { content, allowed_mentions: { parse: [] }, ...(ephemeral ? { flags: EPHEMERAL } : {}) };
}

function isEphemeral(p: DiscordPayload): boolean {
  return ((p.flags ?? 0) & EPHEMERAL) !== 0;
}

/** A discord.js payload whose API body is exactly `body`. */
export function exactPayload(target: ConstructorParameters<typeof MessagePayload>[0], body: DiscordPayload): MessagePayload {
  const payload = new MessagePayload(target, {});
  payload.body = body as unknown as MessagePayload['body'];
  return payload;
}

/** Edits must not carry flags (the ephemeral choice was made by the defer). */
function withoutFlags(p: DiscordPayload): DiscordPayload {
  const { flags: _flags, ...rest } = p;
  return rest;
}

/**
 * Send `payloads` as the answer to `interaction`, whether it was deferred or not: the first
 * becomes the reply (or the edit of the deferred reply), the rest follow-ups. An ephemeral
 * first payload after a public defer replaces the "thinking…" message with an ephemeral
 * follow-up, so an error is never shown to the whole channel.
 */
export async function deliver(interaction: Repliable, payloads: DiscordPayload[]): Promise<void> {
  if (!payloads.length) payloads = [plainPayload('Done.', true)];
  const [first, ...rest] = payloads;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(exactPayload(interaction, first));
  } else if (interaction.deferred && !interaction.replied && isEphemeral(first) && !interaction.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(exactPayload(interaction, first));
  } else if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(exactPayload(interaction.webhook, withoutFlags(first)));
  } else {
    await interaction.followUp(exactPayload(interaction, first));
  }
  for (const p of rest) await interaction.followUp(exactPayload(interaction, p));
}

/**
 * Run `work` and answer with its payloads. When `deferNow` is set the interaction is
 * deferred at once; otherwise it is deferred only if `work` is still running after
 * `deferAfterMs` (well inside the 3-second deadline), so quick answers arrive in one step.
 */
export async function answerInTime(
  interaction: Repliable,
  work: () => Promise<DiscordPayload[]>,
  opts: { deferNow: boolean; deferAfterMs: number; ephemeral?: boolean; log: Logger },
): Promise<void> {
  const flags = opts.ephemeral ? EPHEMERAL : undefined;
  let deferring: Promise<unknown> | null = null;
  const defer = () => {
    deferring ??= interaction.deferReply(flags ? { flags } : {}).catch((e: unknown) => {
      opts.log.warn({ err: e }, 'could not defer the interaction');
    });
    return deferring;
  };
  let timer: NodeJS.Timeout | null = null;
  if (opts.deferNow) await defer();
  else timer = setTimeout(() => void defer(), opts.deferAfterMs);
  let payloads: DiscordPayload[];
  try {
    payloads = await work();
  } finally {
    if (timer) clearTimeout(timer);
  }
  if (deferring) await deferring;
  await deliver(interaction, payloads);
}
