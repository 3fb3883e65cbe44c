/**
 * Versioned migrations: applied in name order at open, recorded in `kysely_migration`.
 * @module
 */
import { type Kysely, type Migration, Migrator } from 'kysely';
import { ParleyError } from '../core/errors.js';

/**
 * Brings the database at `location` up to the latest of `migrations` (name → migration). Throws
 * `E_STORE_MIGRATION` naming the migration that failed.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations: Record<string, Migration>,
  location: string,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  const message = error instanceof Error ? error.message : String(error);
  const newer = /corrupted migrations/i.test(message);
  throw new ParleyError(
    'E_STORE_MIGRATION',
    failed ? `migration ${failed} failed: ${message}` : `cannot migrate the database: ${message}`,
    {
      file: location,
      cause: error,
      hint: newer
        ? 'The database was written by a newer Parley; upgrade Parley, or use another --db.'
        : 'Restore a backup of the database, or start a new one with another --db.',
    },
  );
}

/**
 * For a read-only connection: checks that every migration has been applied, without applying
 * any. Throws `E_STORE_MIGRATION` otherwise.
 */
export async function assertMigrated(
  db: Kysely<unknown>,
  migrations: Record<string, Migration>,
  location: string,
): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const applied = tables.some((t) => t.name === 'kysely_migration')
    ? (
        await (db as Kysely<{ kysely_migration: { name: string } }>)
          .selectFrom('kysely_migration')
          .select('name')
          .execute()
      ).map((r) => r.name)
    : [];
  const missing = Object.keys(migrations).filter((name) => !applied.includes(name));
  if (missing.length > 0)
    throw new ParleyError('E_STORE_MIGRATION', `the database is not up to date (missing ${missing.join(', ')}).`, {
      file: location,
      hint: 'Run a command that writes to it first (parley ingest, serve or start), which migrates it.',
    });
}
