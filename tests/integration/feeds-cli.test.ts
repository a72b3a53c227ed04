/**
 * `newsbrief brief <url>` works like `brief <file>`: the real CLI in a child process, fetching
 * from a server on 127.0.0.1.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type HttpSite } from '../fakes/http-site.ts';
import { runTs } from '../helpers/run.ts';

let site: HttpSite;
beforeAll(async () => {
  site = await startSite();
  site.serve('/council-budget', fs.readFileSync(new URL('../fixtures/sources/article.html', import.meta.url)), 'text/html; charset=utf-8');
});
afterAll(() => site.close());

describe('brief <url>', () => {
  it('briefs a web page as JSON, with its site, date and basis', async () => {
    const r = await runTs('src/cli.ts', ['brief', `${site.origin}/council-budget`, '--format', 'json'], { env: { NEWSBRIEF_ALLOW_PRIVATE_URLS: 'true' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(b).toMatchObject({
      title: 'Council approves harbor budget',
      url: `${site.origin}/council-budget`,
      source: 'Harbor Times',
      publishedAt: '2024-03-05T08:30:00.000Z',
      basis: 'full text',
    });
    expect((b.keyPoints as string[]).length).toBeGreaterThanOrEqual(3);
    expect(site.hits('/council-budget')[0].headers['user-agent']).toBe('newsbrief/0.1 (+self-hosted news-briefing bot)');
  });

  it('refuses a private address by default, in one line, with a non-zero exit', async () => {
    const before = site.hits('/council-budget').length;
    const r = await runTs('src/cli.ts', ['brief', `${site.origin}/council-budget`]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${site.origin}/council-budget is a private address: not allowed.`);
    expect(site.hits('/council-budget').length).toBe(before);
  });
});
