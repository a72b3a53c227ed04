/**
 * What `npm start` runs: load the configuration, start every configured platform (the
 * console when none is), stop cleanly on SIGINT/SIGTERM or at the end of console input.
 */
import { createApp, platformsConfigured } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { warmParsePool } from './sources/parse-pool.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = await loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`newsbrief: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const p = platformsConfigured(config);
  const log = createLogger(config.logLevel ?? (p.discord || p.slack ? 'info' : 'warn'), undefined, config.logFormat);
  let shuttingDown = false;
  const shutdown = async (why: string): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ why }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 8000);
    force.unref();
    try {
      await app.stop();
    } catch (e) {
      log.error({ err: e }, 'error while stopping');
    }
    process.exit(0);
  };
  let app: Awaited<ReturnType<typeof createApp>>;
  try {
    app = await createApp({ config, log, onConsoleEnd: () => void shutdown('end of input') });
  } catch (e) {
    // A setting only checked when the app opens (a missing briefings folder): one line, like the rest.
    if (e instanceof ConfigError) {
      process.stderr.write(`newsbrief: ${e.message}
`);
      process.exit(2);
    }
    throw e;
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.start();
  // Once connected: the parse workers start on the other core while the bot waits for commands,
  // not when the first /sources add arrives (the user would wait for their start-up).
  warmParsePool();
}

main().catch((e: unknown) => {
  process.stderr.write(`newsbrief: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
