/**
 * `npm run eval -- summary [file]`, `npm run eval -- qa [file]` and `npm run eval -- entities [file]`: quality figures against
 * baselines computed in the same run.
 */
const [what, ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  if (what === 'summary') {
    const m = await import('./eval-summary.ts');
    await m.main(rest);
  } else if (what === 'qa') {
    const m = await import('./eval-qa.ts');
    await m.main(rest);
  } else if (what === 'entities') {
    const m = await import('./eval-entities.ts');
    await m.main(rest);
  } else {
    process.stderr.write('usage: npm run eval -- summary|qa|entities [file]\n');
    process.exitCode = 2;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
