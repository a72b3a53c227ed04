/**
 * The evaluation sections behind `npm run eval` (scripts/eval.ts): with no section, every
 * section whose data is here runs; with several names (`npm run eval -- qa qa2 newsqa`) those
 * run one after another, each under its own heading; a section whose data is missing says in one line where the
 * data comes from. The development data is not in this repository: it sits beside the
 * checkout in ../shared/data (see its SOURCES.md); any section takes a file of the same shape.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the development data sits: beside the checkout. */
export const DATA_DIR = resolve(ROOT, '../shared/data');

export interface EvalSection {
  /** What it measures, for the usage line. */
  what: string;
  /** Its default data file, in the data folder. */
  file: string;
  run(args: string[], print: (s: string) => void): Promise<unknown>;
}

/** Every section. Add yours here: a module scripts/eval-<x>.ts with `main(args)`. */
export const SECTIONS: Record<string, EvalSection> = {
  summary: {
    what: 'ROUGE of key points and TL;DR vs Lead-3 / Lead-1 / TextRank',
    file: 'summ-dev.jsonl',
    run: async (args, print) => (await import('./eval-summary.ts')).main(args, print),
  },
  qa: {
    what: 'SQuAD EM/F1 and evidence accuracy vs a BM25 baseline',
    file: 'qa-dev.jsonl',
    run: async (args) => (await import('./eval-qa.ts')).main(args),
  },
  qa2: {
    what: 'SQuAD 2.0-style score with unanswerable questions: refusals, calibration, always-refuse baseline',
    file: 'qa2-dev.jsonl',
    run: async (args) => (await import('./eval-qa2.ts')).main(args),
  },
  newsqa: {
    what: 'our news follow-up questions (tests/fixtures/news-qa.jsonl): refused when unanswerable, right when answerable',
    file: 'summ-dev.jsonl',
    run: async (args) => (await import('./eval-newsqa.ts')).main(args),
  },
  entities: {
    what: 'people/places/organisations precision and recall vs compromise',
    file: 'entities-dev.jsonl',
    run: async (args) => (await import('./eval-entities.ts')).main(args),
  },
  truecase: {
    what: 'lowercased stories: entities with vs without truecasing next to the cased original; capitals given back',
    file: 'entities-dev.jsonl',
    run: async (args, print) => (await import('./eval-truecase.ts')).main(args, print),
  },
  topics: {
    what: 'live alerts: is this story about X? precision/recall vs substring search, half near misses',
    file: 'entities-dev.jsonl',
    run: async (args, print) => (await import('./eval-topics.ts')).main(args, print),
  },
  grouping: {
    what: 'same-story grouping precision/recall vs the old word-overlap rule',
    file: 'summ-dev.jsonl',
    // It reads summ-dev.jsonl and entities-dev.jsonl from the folder of the file it is given.
    run: async ([file, ...rest], print) => (await import('./eval-grouping.ts')).main(['--data', dirname(file), ...rest], print),
  },
};

/** One line saying where a section's data comes from when it is not here. */
export function missingDataLine(name: string, file: string): string {
  return (
    `eval ${name}: ${relative(process.cwd(), file) || file} is not here. The development data is not part of this repository: ` +
    `it sits beside the checkout in ../shared/data (its SOURCES.md names each public data set), ` +
    `or run npm run eval -- ${name} <file.jsonl> with a file of the same shape.`
  );
}

export function usage(): string {
  const lines = Object.entries(SECTIONS).map(([name, s]) => `  npm run eval -- ${name} [file]   ${s.what}`);
  return (
    `usage: npm run eval [-- section [file] [options]]   (no section: every section whose data is here)\n` +
    `       npm run eval -- section section ... [options]   (several sections, one after another, each on its own data)\n${lines.join('\n')}\n`
  );
}

export interface EvalIo {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The data folder (default ../shared/data beside the checkout). */
  dataDir?: string;
}

/** Run `npm run eval` with these arguments; returns the exit code. */
export async function runEval(argv: string[], io: EvalIo): Promise<number> {
  const dataDir = io.dataDir ?? DATA_DIR;
  const [what] = argv;
  if (what === '--help' || what === '-h' || what === 'help') {
    io.out(usage());
    return 0;
  }
  if (what === undefined || what.startsWith('--')) {
    // Every section whose data is here, with the same options.
    let ran = 0;
    for (const [name, s] of Object.entries(SECTIONS)) {
      const file = resolve(dataDir, s.file);
      if (!existsSync(file)) {
        io.err(`${missingDataLine(name, file)}\n`);
        continue;
      }
      io.out(`\n# eval ${name}\n\n`);
      await s.run([file, ...argv], io.out);
      ran++;
    }
    return ran ? 0 : 1;
  }
  // Section names first, then at most one file (with one section), then options: all read
  // before anything runs, so a mistyped name costs nothing.
  const firstOption = argv.findIndex((a) => a.startsWith('--'));
  const words = firstOption < 0 ? argv : argv.slice(0, firstOption);
  const options = firstOption < 0 ? [] : argv.slice(firstOption);
  const names: string[] = [];
  while (names.length < words.length && Object.hasOwn(SECTIONS, words[names.length])) names.push(words[names.length]);
  const extra = words.slice(names.length);
  if (!names.length) {
    io.err(`eval: unknown section "${what}" (sections: ${Object.keys(SECTIONS).join(', ')}; npm run eval -- --help)\n`);
    return 2;
  }
  const given = extra.length === 1 && names.length === 1 ? extra[0] : undefined;
  if (extra.length && !given) {
    const hint = names.length > 1 ? `; a file goes with one section: npm run eval -- ${names[0]} [file]` : '';
    io.err(`eval: "${extra[0]}" is not a section (sections: ${Object.keys(SECTIONS).join(', ')})${hint}\n`);
    return 2;
  }
  // "npm run eval -- newsqa qa3" reads "qa3" as the file to score: say it is neither, not a misleading skip.
  if (given && !existsSync(given)) {
    io.err(`eval ${what}: no file ${given}, and "${given}" is not a section (sections: ${Object.keys(SECTIONS).join(', ')})\n`);
    return 2;
  }
  let missing = 0;
  for (const name of names) {
    const section = SECTIONS[name];
    const file = given ?? resolve(dataDir, section.file);
    if (!existsSync(file)) {
      io.err(`${missingDataLine(name, file)}\n`);
      missing++;
      continue;
    }
    if (names.length > 1) io.out(`\n# eval ${name}\n\n`);
    await section.run([file, ...options], io.out);
  }
  return missing ? 1 : 0;
}
