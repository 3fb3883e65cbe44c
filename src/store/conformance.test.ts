import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from './sqlite/open.js';
import { storeConformance } from './testing/conformance.js';

// Every Store implementation runs the same suite. PostgreSQL joins here once it exists
// (run it when PARLEY_PG_URL is set, as Kysely does with its DIALECTS list).
const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeConformance('sqlite (memory)', () => openSqliteStore(':memory:'));
storeConformance('sqlite (file, WAL)', () => openSqliteStore(join(dir, `store-${++n}.db`)));
