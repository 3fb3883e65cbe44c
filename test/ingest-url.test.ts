import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/open.js';
import { runParley } from './async-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-url-'));
let server: Server;
let base = '';

// A feed served as windows-1252 (declared only in the HTTP header), with curly quotes (0x93,
// 0x94) and ø (0xF8).
const FEED = Buffer.concat([
  Buffer.from(
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Vestlandsbladet</title><language>nb</language>' +
      '<item><guid>v-1</guid><link>https://example.org/v-1</link><pubDate>Mon, 19 Jan 2026 10:00:00 +0100</pubDate><description>Statsminister Jonas Gahr St',
    'latin1',
  ),
  Buffer.from([0xf8]),
  Buffer.from('re sa at samtalene i Gen', 'latin1'),
  Buffer.from([0xe8]),
  Buffer.from('ve er ', 'latin1'),
  Buffer.from([0x93]),
  Buffer.from('viktige', 'latin1'),
  Buffer.from([0x94]),
  Buffer.from(
    '.</description></item><item><guid>v-2</guid><description>Putin avviste planen tirsdag.</description></item></channel></rss>',
    'latin1',
  ),
]);

const PAGE =
  '<html lang="en"><head><title>Talks end</title><meta property="og:title" content="Talks end in Geneva"></head>' +
  '<body><article><h1>Talks end in Geneva</h1><p>Witkoff and Umerov met in Geneva on Monday.</p>' +
  '<p>The talks ended without a deal, officials said.</p></article></body></html>';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1252' });
      res.end(FEED);
    } else if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

describe('parley ingest URL', () => {
  it('fetches feeds and pages, decodes the declared charset, and reports a failed download', async () => {
    const db = join(tmp, 'url.db');
    const r = await runParley([
      'ingest',
      `${base}/feed.xml`,
      `${base}/story`,
      `${base}/gone.xml`,
      '--db',
      db,
      '--quiet',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('3 analysed, 0 updated, 0 unchanged, 1 failed');
    expect(r.stderr).toMatch(/E_INPUT_FETCH: .*gone\.xml: the server answered 404/);
    const store = await openSqliteStore(db);
    try {
      const v1 = await store.getArticle('v-1');
      expect(v1?.analysis.article.text).toBe('Statsminister Jonas Gahr Støre sa at samtalene i Genève er “viktige”.');
      expect(v1).toMatchObject({ source: 'Vestlandsbladet', lang: 'nb', url: 'https://example.org/v-1' });
      expect(v1?.origin).toBe(`${base}/feed.xml:1`);
      const page = (await store.listArticles({ q: 'Umerov' }, { limit: 5 })).items;
      expect(page).toMatchObject([{ url: `${base}/story`, lang: 'en' }]);
    } finally {
      await store.close();
    }
  });
});
