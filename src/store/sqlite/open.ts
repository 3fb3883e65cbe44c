/**
 * Opening the SQLite store: better-sqlite3 in WAL mode behind Kysely, migrated to the latest
 * version before first use.
 * @module
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, type Migration, SqliteDialect } from 'kysely';
import { ParleyError } from '../../core/errors.js';
import { KyselyStore } from '../kysely-store.js';
import { assertMigrated, migrateToLatest } from '../migrate.js';
import { coreMigration } from '../migrations/0001-core.js';
import type { Database as Schema } from '../schema.js';
import type { Store } from '../store.js';
import { sqliteSearch } from './fts.js';
import { sqliteSearchMigration } from './search-migration.js';

/** The SQLite migrations, applied in name order. */
export const SQLITE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-core': coreMigration('sqlite'),
  '0002-search': sqliteSearchMigration,
};

/** The database file used when neither `--db` nor `PARLEY_DB` names one. */
export const DEFAULT_DB_PATH = './parley.db';

export interface SqliteStoreOptions {
  /** Open an existing, migrated database for reading only (exports, checks while ingest runs). */
  readonly?: boolean;
}

function openDatabase(path: string, readonly: boolean): Database.Database {
  if (readonly && path !== ':memory:' && !existsSync(path))
    throw new ParleyError('E_STORE', 'there is no database here.', {
      file: path,
      hint: 'Create it with `parley ingest` or `parley start`, or name another one with --db (or PARLEY_DB).',
    });
  try {
    if (path !== ':memory:' && !readonly) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { readonly });
    db.prepare('select count(*) from sqlite_master').get(); // fails now when the file is not a database
    db.pragma('busy_timeout = 5000');
    if (readonly) return db;
    // WAL: readers never block the writer, and a crash leaves the last committed transaction.
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    throw new ParleyError('E_STORE', `cannot open the database: ${(e as Error).message}.`, {
      file: path,
      cause: e,
      hint: 'Give a writable path to an SQLite file with --db (or PARLEY_DB); a new file is created when missing.',
    });
  }
}

/** Another connection holds the write lock (WAL lets only one writer at a time). */
function isBusy(e: unknown): boolean {
  return typeof (e as { code?: unknown })?.code === 'string' && (e as { code: string }).code.startsWith('SQLITE_BUSY');
}

/**
 * Opens (creating and migrating when needed) the SQLite store at `path`; `":memory:"` gives a
 * private in-memory store. With `readonly`, the database must exist and be migrated.
 */
export async function openSqliteStore(
  path: string = DEFAULT_DB_PATH,
  options: SqliteStoreOptions = {},
): Promise<Store> {
  const database = openDatabase(path, options.readonly ?? false);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  try {
    const check = options.readonly ? assertMigrated : migrateToLatest;
    await check(db as Kysely<unknown>, { ...SQLITE_MIGRATIONS }, path);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return new KyselyStore({ dialect: 'sqlite', location: path, db, search: sqliteSearch, isBusy });
}
