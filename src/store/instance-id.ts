/**
 * The name a process claims digest slots and feed polls under in a shared store: host, pid and
 * a random part, so a restarted process (same pid in a container) is a new owner too.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';

/** A new id for this process, e.g. `web-1:4242:9f3a1c`. */
export function newInstanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}
