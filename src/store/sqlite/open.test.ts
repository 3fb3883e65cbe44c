import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { NB_ARTICLE } from '../testing/corpus.js';
import { fixtureRecord } from '../testing/fixtures.js';
import { openSqliteStore, SQLITE_MIGRATIONS } from './open.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openSqliteStore', () => {
  it('creates the file (and its directory) in WAL mode, and keeps the data when reopened', async () => {
    const path = join(dir, 'sub', 'a.db');
    const store = await openSqliteStore(path);
    await store.saveArticle(fixtureRecord(NB_ARTICLE));
    expect(existsSync(`${path}-wal`)).toBe(true);
    await store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const applied = raw.prepare('select name from kysely_migration order by name').pluck().all();
    raw.close();
    expect(applied).toEqual(Object.keys(SQLITE_MIGRATIONS));
    const again = await openSqliteStore(path);
    expect((await again.getArticle('nb-geneve'))?.title).toBe(NB_ARTICLE.title);
    await again.close();
  });

  it('refuses a file that is not a database, saying what to do', async () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'hello, this is text and not SQLite at all. '.repeat(50));
    await expect(openSqliteStore(path)).rejects.toMatchObject({
      code: 'E_STORE',
      message: expect.stringContaining('not a database'),
      hint: expect.stringContaining('--db'),
    });
  });

  it('refuses a database written by a newer Parley (an unknown migration)', async () => {
    const path = join(dir, 'newer.db');
    await (await openSqliteStore(path)).close();
    const raw = new Database(path);
    raw.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999-future', '2030-01-01');
    raw.close();
    await expect(openSqliteStore(path)).rejects.toMatchObject({
      code: 'E_STORE_MIGRATION',
      hint: expect.stringContaining('newer Parley'),
    });
  });

  it('opens read-only only a database that exists and is migrated, and refuses writes', async () => {
    await expect(openSqliteStore(join(dir, 'missing.db'), { readonly: true })).rejects.toMatchObject({
      code: 'E_STORE',
      message: expect.stringContaining('no database'),
    });
    const bare = join(dir, 'bare.db');
    new Database(bare).close();
    await expect(openSqliteStore(bare, { readonly: true })).rejects.toMatchObject({ code: 'E_STORE_MIGRATION' });
    const path = join(dir, 'ro.db');
    const writer = await openSqliteStore(path);
    await writer.saveArticle(fixtureRecord(NB_ARTICLE));
    const reader = await openSqliteStore(path, { readonly: true });
    expect((await reader.getArticle('nb-geneve'))?.id).toBe('nb-geneve');
    await expect(reader.saveArticle(fixtureRecord(NB_ARTICLE))).rejects.toMatchObject({ code: 'E_STORE' });
    await reader.close();
    await writer.close();
  });
});
