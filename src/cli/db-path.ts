/**
 * Which database a command uses: `--db PATH`, else `PARLEY_DB`, else the config file's `db`,
 * else ./parley.db.
 * @module
 */
import { DEFAULT_DB_PATH } from '../store/sqlite/open.js';

/** The database path for a command given `--db` (or not). */
export function resolveDbPath(flag?: string, configured?: string): string {
  return flag ?? (process.env.PARLEY_DB || undefined) ?? configured ?? DEFAULT_DB_PATH;
}
