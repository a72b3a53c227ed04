/**
 * Preloaded into `npm start` (`node --import tsx --import <this> src/main.ts`) by the alert
 * crash test: the process kills itself with SIGKILL at the moment the feed poller hands a poll's
 * stories to the alert engine, i.e. after they are stored and marked seen and before any alert
 * decision is recorded: the window a crash used to lose alerts in. Nothing else of the bot is
 * changed; the real entry point, store, poller and engine run as `npm start` runs them.
 */
import { AlertEngine } from '../../../src/alerts/engine.ts';

AlertEngine.prototype.onNewStories = function killedHere(): Promise<void> {
  process.kill(process.pid, 'SIGKILL');
  return new Promise<void>(() => undefined);
};
