/**
 * `parley start [--db PATH] [--port N]` (what `npm start` runs): make sure the bundled example
 * articles are in the store, then serve it.
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { ReadResult } from '../../ingest/files.js';
import { readArticles } from '../../ingest/files.js';
import { textHash } from '../../store/keys.js';
import { openSqliteStore } from '../../store/sqlite/open.js';
import type { Store } from '../../store/store.js';
import { defaultAnalyzer } from '../analyzer.js';
import { loadConfig } from '../config.js';
import { resolveDbPath } from '../db-path.js';
import { reportFailures } from '../failures.js';
import { describeCounts, runIngest } from '../ingest-run.js';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_WEB_DIR, parsePort, serveStore } from '../server.js';

/** The bundled example articles of this checkout. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/articles', import.meta.url));

interface StartOptions {
  db?: string;
  port?: number;
  host?: string;
  config?: string;
}

/** The example articles (and unreadable examples) that the store does not hold yet. */
async function missingExamples(store: Store): Promise<ReadResult[]> {
  const missing: ReadResult[] = [];
  for (const r of readArticles(EXAMPLES_DIR)) {
    if (!r.ok) missing.push(r);
    else if (!(await store.findArticle({ id: r.article.id, url: r.article.url, textHash: textHash(r.article.text) })))
      missing.push(r);
  }
  return missing;
}

/** Ingests the missing examples into `store`, saying what it did; false when Ctrl-C stopped it. */
export async function ensureExamples(store: Store): Promise<boolean> {
  const missing = await missingExamples(store);
  if (missing.length === 0) return true;
  process.stdout.write(
    `Adding ${missing.length} example article${missing.length === 1 ? '' : 's'} to ${store.location}…\n`,
  );
  const run = await runIngest(store, missing, defaultAnalyzer());
  process.stdout.write(`Examples: ${describeCounts(run.counts)} (${run.seconds.toFixed(1)} s).\n`);
  reportFailures(run.failures);
  process.exitCode = undefined; // a broken example is reported, but the server still starts
  return !run.interrupted;
}

async function run(o: StartOptions): Promise<void> {
  const config = loadConfig(o.config);
  const store = await openSqliteStore(resolveDbPath(o.db, config.db));
  try {
    if (!(await ensureExamples(store))) {
      process.stderr.write('Interrupted; the database is consistent. Run `parley start` again to finish.\n');
      process.exitCode = 130;
      return;
    }
    await serveStore(store, {
      host: o.host ?? config.host ?? DEFAULT_HOST,
      port: o.port ?? config.port ?? DEFAULT_PORT,
      webDir: DEFAULT_WEB_DIR,
      config,
    });
  } finally {
    await store.close();
  }
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('Load the bundled example articles into the store when they are missing, then serve it.')
    .option('--db <path>', 'the database file (default: $PARLEY_DB, else ./parley.db)')
    .option('--port <n>', `port (default ${DEFAULT_PORT})`, parsePort)
    .option('--host <host>', `interface to listen on (default ${DEFAULT_HOST})`)
    .option('--config <file>', 'configuration file (default: ./parley.config.yaml if present)')
    .addHelpText(
      'after',
      `
Examples:
  $ npm start                      the same as: parley start
  $ parley start --db demo.db --port 8080`,
    )
    .action(run);
}
