// ESLint (flat config) with typescript-eslint. The import rule keeps src/core and src/render
// pure: no platform SDKs, cron, database, file system or network.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const IMPURE = [
  'discord.js', '@discordjs/*', '@slack/*', 'node-cron', 'better-sqlite3', 'pino',
  'fs', 'fs/*', 'node:fs', 'node:fs/*', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https',
  'dns', 'node:dns', 'undici', 'ws', 'rss-parser', 'child_process', 'node:child_process',
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', AbortController: 'readonly', fetch: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: IMPURE, message: 'src/core and src/render stay pure: no platform SDKs, cron, database, fs or network.' },
          { group: ['**/adapters/**', '**/store/**', '**/scheduler/**', '**/sources/**', '**/commands/**', '**/app', '**/app.ts'], message: 'imports point one way: core <- render <- commands <- adapters/scheduler <- app.' },
        ],
      }],
    },
  },
);
