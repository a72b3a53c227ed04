/**
 * The `newsbrief` command line (`npm run -s cli -- ...`): see src/cli/run.ts.
 */
import { runCli } from './cli/run.ts';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
