/**
 * Settings that are not settings. A misspelt variable (`NEWSBRIEF_TIMEZONE`, `DISCORD_TOKN` in
 * .env) was ignored without a word: the bot started with the default, and the user looked for
 * the fault elsewhere. Each one is named in a warning line at start, with the setting meant.
 */
import { editDistance } from './core/text/edit-distance.ts';
import { wordTable } from './core/text/word-table.ts';

/** Variable names the scripts and tests read, not the bot: never warned about. */
const DEVELOPMENT = /^NEWSBRIEF_(TEST|BENCH|CI)_/;
/** Other words people use for a setting whose name is short. */
const ALIASES: Record<string, string> = wordTable({
  NEWSBRIEF_TIMEZONE: 'NEWSBRIEF_TZ',
  NEWSBRIEF_TIME_ZONE: 'NEWSBRIEF_TZ',
  NEWSBRIEF_DATABASE: 'NEWSBRIEF_DB',
  NEWSBRIEF_DATABASE_URL: 'NEWSBRIEF_DB',
  NEWSBRIEF_BRIEFINGS_DIR: 'NEWSBRIEF_BRIEFINGS',
  NEWSBRIEF_POLL_INTERVAL: 'NEWSBRIEF_POLL_MINUTES',
});

/**
 * One warning per variable that looks meant for newsbrief but is not one of `known`: any
 * `NEWSBRIEF_…` name in the environment or .env, and a name in .env (`fileKeys`) a letter or
 * two from a known one. Other variables in the environment are other programs' business.
 */
export function unknownSettings(known: readonly string[], envKeys: readonly string[], fileKeys: readonly string[]): string[] {
  const out: string[] = [];
  const fromFile = new Set(fileKeys);
  for (const key of new Set([...envKeys, ...fileKeys])) {
    if (known.includes(key) || DEVELOPMENT.test(key)) continue;
    const meant = ALIASES[key] ?? nearest(key, known);
    if (!key.startsWith('NEWSBRIEF_') && !(fromFile.has(key) && meant)) continue;
    const where = fromFile.has(key) ? ' in .env' : '';
    out.push(`warning: ${key}${where} is not a setting, so it is ignored${meant ? `: did you mean ${meant}?` : ' (.env.example lists every setting)'}`);
  }
  return out;
}

/** The known name within two edits of `key` (a swap of two letters is one), if there is one. */
function nearest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(key, k, 2);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
