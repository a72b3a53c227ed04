/**
 * `npm run eval -- summary [file]` and `npm run eval -- qa [file]`: quality figures against
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
  } else if (what === 'qa2') {
    await (await import('./eval-qa2.ts')).main(rest);
  } else if (what === 'newsqa') {
    await (await import('./eval-newsqa.ts')).main(rest);
  } else {
    process.stderr.write('usage: npm run eval -- summary|qa|qa2|newsqa [file]\n');
    process.exitCode = 2;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`eval: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
