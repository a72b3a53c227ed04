/**
 * How a slot is named: in the run log (ISO instant, whole minute, UTC) and on the platform
 * (a dedupe key short enough for a Discord nonce, at most 25 characters).
 */

/** The run-log form of a slot: `2026-03-29T07:00:00.000Z`. */
export function slotId(slot: Date): string {
  return new Date(Math.floor(slot.getTime() / 60_000) * 60_000).toISOString();
}

/** The dedupe key of a subscription's slot: `sub42-202603290700` (UTC). */
export function dedupeKey(subscriptionId: number, slot: string): string {
  const compact = slot.slice(0, 16).replace(/[-:T]/g, '');
  return `sub${subscriptionId}-${compact}`;
}
