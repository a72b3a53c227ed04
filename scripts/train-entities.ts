/**
 * `npx tsx scripts/train-entities.ts [file]`: learn the entity classifier's weights on the
 * hand-marked stories (default ../shared/data/entities-dev.jsonl) and write them to
 * src/core/entities/weights.json. `npm run eval -- entities` reports the cross-validated figures.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleOf, DEFAULT_ENTITIES_FILE, loadEntityRows, trainOn } from './eval-entities.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rows = loadEntityRows(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_ENTITIES_FILE);
const weights = trainOn(rows, rows.map(articleOf));
const out: Record<string, number[]> = {};
for (const [f, v] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) out[f] = v.map((x) => Math.round(x * 1000) / 1000);
writeFileSync(resolve(ROOT, 'src/core/entities/weights.json'), `${JSON.stringify({ trainedOn: `${rows.length} stories`, weights: out })}\n`);
process.stdout.write(`${Object.keys(out).length} features from ${rows.length} stories\n`);
