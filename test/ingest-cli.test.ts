import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite/open.js';
import { runParley, startParley, until } from './async-cli.js';
import { parley } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshDb = () => join(tmp, `db-${++n}.db`);

async function storedIds(db: string): Promise<string[]> {
  const store = await openSqliteStore(db);
  try {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listArticles({}, { limit: 200, cursor });
      ids.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return ids;
  } finally {
    await store.close();
  }
}

/** Counts stored articles read-only (while another process writes); 0 before the database exists. */
async function countArticles(db: string): Promise<number> {
  try {
    const store = await openSqliteStore(db, { readonly: true });
    try {
      return (await store.stats()).articles;
    } finally {
      await store.close();
    }
  } catch {
    return 0;
  }
}

describe('parley ingest', () => {
  it('stores the examples, and a second run changes nothing', () => {
    const db = freshDb();
    const first = parley(['ingest', 'examples/articles', '--db', db, '--json']);
    const counts = JSON.parse(first.stdout);
    expect(first.stderr).toContain('ingest: 26/26 (100%)');
    expect(counts).toMatchObject({ updated: 0, unchanged: 0, interrupted: false });
    expect(counts.analysed + counts.failed.length).toBe(26);
    expect(first.status).toBe(counts.failed.length ? 1 : 0);
    const again = parley(['ingest', 'examples/articles', '--db', db]);
    expect(again.stdout).toMatch(
      new RegExp(
        `Ingested 26 articles into .* 0 analysed, 0 updated, ${counts.analysed} unchanged, ${counts.failed.length} failed\\.`,
      ),
    );
  });

  it('uses PARLEY_DB when --db is not given', async () => {
    const db = freshDb();
    const r = await runParley(['ingest', 'examples/articles/wire-geneva-weekend.jsonl', '--quiet'], { PARLEY_DB: db });
    expect(r.status).toBe(0);
    expect(await storedIds(db)).toHaveLength(3);
  });

  it('stores every readable article of a batch of malformed inputs and lists each failure with its reason', async () => {
    const dir = join(tmp, 'malformed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ id: 'good-1', text: 'Witkoff met Umerov in Geneva.' }));
    writeFileSync(
      join(dir, 'broken-feed.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><item><description>Cut',
    );
    const noDates =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>NoDates</title>' +
      '<item><guid>nd-1</guid><description>Witkoff met Umerov in Geneva on Monday.</description></item>' +
      '<item><guid>nd-2</guid><pubDate>not a date</pubDate><description>Putin rejected the plan.</description></item>' +
      '</channel></rss>';
    writeFileSync(join(dir, 'no-dates.rss'), noDates);
    const huge = Array.from(
      { length: 400 },
      (_, i) =>
        `&lt;p&gt;Avsnitt ${i}: samtalene fortsatte med nye forslag om våpenhvile og utveksling av fanger, mens delegasjonene møttes hver for seg i Genève.&lt;/p&gt;`,
    ).join('');
    writeFileSync(
      join(dir, 'huge.xml'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><item><guid>huge-1</guid><description>${huge.repeat(4)}</description></item></channel></rss>`,
    );
    writeFileSync(
      join(dir, 'wrong-charset.html'),
      Buffer.concat([
        Buffer.from('<html><head><meta charset="utf-8"></head><body><p>St'),
        Buffer.from([0xf8]),
        Buffer.from('re m\xf8tte Zelenskyj.</p></body></html>', 'latin1'),
      ]),
    );
    writeFileSync(
      join(dir, 'latin1.xml'),
      Buffer.from(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>L</title><item><guid>l-1</guid><description>Jonas Gahr Støre møtte Zelenskyj i Kyiv.</description></item></channel></rss>',
        'latin1',
      ),
    );
    writeFileSync(
      join(dir, 'lines.jsonl'),
      '{"id":"j-1","text":"Talks resumed in Geneva."}\nnot json\n{"id":"j-3","text":"x","published":"yesterday"}\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const db = freshDb();
    const r = await runParley(['ingest', dir, '--db', db, '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('6 analysed, 0 updated, 0 unchanged, 5 failed');
    expect(r.stderr).toContain('5 inputs failed');
    expect(r.stderr).toMatch(/E_INPUT_FEED: .*broken-feed\.xml: /);
    expect(r.stderr).toMatch(/E_INPUT_UNREADABLE: .*wrong-charset\.html: declares UTF-8/);
    expect(r.stderr).toMatch(/E_INPUT_JSON: .*lines\.jsonl:2: /);
    expect(r.stderr).toMatch(/E_INPUT_FIELD: .*lines\.jsonl:3: field "published"/);
    expect(r.stderr).toMatch(/E_INPUT_EMPTY: .*empty\.txt: /);
    expect((await storedIds(db)).sort()).toEqual(['good-1', 'huge-1', 'j-1', 'l-1', 'nd-1', 'nd-2']);
    const store = await openSqliteStore(db);
    expect((await store.getArticle('nd-2'))?.published).toBeUndefined();
    expect((await store.getArticle('l-1'))?.analysis.article.text).toContain('Støre møtte');
    expect((await store.getArticle('huge-1'))?.analysis.article.text.length).toBeGreaterThan(200_000);
    await store.close();
  });

  it('resumes after being killed mid-run: the next run stores every article exactly once', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) =>
      JSON.stringify({
        id: `k-${i}`,
        lang: 'en',
        text: `Round ${i} of the talks in Geneva ended. Zelensky said Ukraine wants a ceasefire, and Witkoff said the sides were close on prisoner exchange number ${i}.`,
      }),
    );
    const file = join(tmp, 'many.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const db = freshDb();
    const run = startParley(['ingest', file, '--db', db, '--quiet']);
    await until(async () => (await countArticles(db)) >= 20);
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');
    const before = await countArticles(db);
    expect(before).toBeGreaterThanOrEqual(20);
    expect(before).toBeLessThan(1500);
    const resumed = await runParley(['ingest', file, '--db', db, '--json', '--quiet']);
    expect(resumed.status).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ analysed: 1500 - before, unchanged: before, updated: 0 });
    const ids = await storedIds(db);
    expect(ids).toHaveLength(1500);
    expect(new Set(ids).size).toBe(1500);
  });

  it('stops cleanly on Ctrl-C, says how to resume, and exits 130', async () => {
    const file = join(tmp, 'many.jsonl');
    const db = freshDb();
    const run = startParley(['ingest', file, '--db', db, '--quiet']);
    await until(async () => (await countArticles(db)) >= 5);
    run.child.kill('SIGINT');
    expect((await run.exited).status).toBe(130);
    expect(run.stderr()).toContain('run the same command again to resume');
    const stored = await countArticles(db);
    expect(run.stdout()).toMatch(new RegExp(`${stored} analysed`));
  });
});
