/**
 * `npm run eval`: every evaluation section whose data is here; `npm run eval -- summary [file]`
 * or `npm run eval -- qa [file]` runs one, `npm run eval -- qa qa2 newsqa` several (see scripts/eval-sections.ts).
 */
import { runEval } from './eval-sections.ts';

runEval(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
