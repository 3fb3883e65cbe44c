import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/open.js';
import { runParley, startParley, until } from './async-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-serve-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Starts `parley start|serve …`, waits for its URL, runs `fn`, then stops it with Ctrl-C. */
async function withServer(args: string[], fn: (url: string) => Promise<void>, env: Record<string, string> = {}) {
  const run = startParley([...args, '--port', '0'], env);
  try {
    await until(() => /http:\/\/\S+\//.test(run.stdout()) || run.child.exitCode !== null);
    const url = /(http:\/\/\S+\/)/.exec(run.stdout())?.[1];
    if (!url) throw new Error(`server did not start: ${run.stderr()}`);
    await fn(url);
  } finally {
    run.child.kill('SIGINT');
  }
  return { ...(await run.exited), stdout: run.stdout(), stderr: run.stderr() };
}

describe('parley start and serve', () => {
  it('start loads the examples into an empty store once, then serves them', async () => {
    const db = join(tmp, 'start.db');
    const first = await withServer(['start', '--db', db], async (url) => {
      const stats = (await (await fetch(`${url}api/stats`)).json()) as { articles: number };
      expect(stats.articles).toBe(26);
      const home = await fetch(url);
      expect(home.headers.get('content-type')).toContain('text/html');
    });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Adding 26 example articles');
    const store = await openSqliteStore(db);
    const [one] = (await store.listArticles({}, { limit: 1 })).items;
    expect(await store.deleteArticle(one?.id ?? '')).toBe(true);
    await store.close();
    const second = await withServer(['start', '--db', db], async (url) => {
      expect(((await (await fetch(`${url}api/stats`)).json()) as { articles: number }).articles).toBe(26);
    });
    expect(second.stdout).toContain('Adding 1 example article');
  });

  it('serve is read-only without a token and accepts ingest with PARLEY_TOKEN', async () => {
    const db = join(tmp, 'serve.db');
    const body = JSON.stringify({ id: 's-1', text: 'Witkoff met Umerov in Geneva.' });
    const headers = { 'content-type': 'application/json', authorization: 'Bearer 0123456789abcdef0123' };
    const ro = await withServer(['serve', '--db', db], async (url) => {
      expect((await fetch(`${url}api/articles`, { method: 'POST', body, headers })).status).toBe(403);
    });
    expect(ro.stdout).toContain('read-only');
    await withServer(
      ['serve', '--db', db],
      async (url) => {
        const res = await fetch(`${url}api/articles`, { method: 'POST', body, headers });
        expect(res.status).toBe(201);
        const got = await fetch(`${url}api/articles/s-1`);
        expect(((await got.json()) as { id: string }).id).toBe('s-1');
      },
      { PARLEY_TOKEN: '0123456789abcdef0123' },
    );
  });
});

describe('configuration errors', () => {
  it('exit 2 with E_CONFIG or E_USAGE', async () => {
    const tooShort = await runParley(['serve', '--port', '0'], { PARLEY_TOKEN: 'short' });
    expect(tooShort.status).toBe(2);
    expect(tooShort.stderr).toContain('E_CONFIG: PARLEY_TOKEN must be at least 16 characters');
    const missing = await runParley(['serve', '--config', join(tmp, 'nope.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/E_CONFIG: .*nope\.yaml: the configuration file does not exist/);
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, 'port: "eighty"\n');
    const invalid = await runParley(['serve', '--config', bad]);
    expect(invalid.stderr).toMatch(/E_CONFIG: .*bad\.yaml: field "port"/);
    const port = await runParley(['serve', '--port', 'http']);
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('E_USAGE: --port "http" is not a port number');
  });
});
