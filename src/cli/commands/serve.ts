/**
 * `parley serve [--port N] [--host H] [--db PATH]`: the JSON API (and the web UI when built).
 * @module
 */
import type { Command } from 'commander';
import { openSqliteStore } from '../../store/sqlite/open.js';
import { loadConfig } from '../config.js';
import { resolveDbPath } from '../db-path.js';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_WEB_DIR, parsePort, serveStore } from '../server.js';

interface ServeOptions {
  port?: number;
  host?: string;
  db?: string;
  config?: string;
  web?: string;
}

async function run(o: ServeOptions): Promise<void> {
  const config = loadConfig(o.config);
  const store = await openSqliteStore(resolveDbPath(o.db, config.db));
  try {
    await serveStore(store, {
      host: o.host ?? config.host ?? DEFAULT_HOST,
      port: o.port ?? config.port ?? DEFAULT_PORT,
      webDir: o.web ?? DEFAULT_WEB_DIR,
      config,
    });
  } finally {
    await store.close();
  }
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the store as a JSON API (and the web UI from web/dist when it is built).')
    .option('--port <n>', `port (default ${DEFAULT_PORT})`, parsePort)
    .option('--host <host>', `interface to listen on (default ${DEFAULT_HOST}; 0.0.0.0 for every interface)`)
    .option('--db <path>', 'the database file (default: $PARLEY_DB, else ./parley.db)')
    .option('--config <file>', 'configuration file (default: ./parley.config.yaml if present)')
    .option('--web <dir>', 'the built web UI to serve at / (default: web/dist of this checkout)')
    .addHelpText(
      'after',
      `
Examples:
  $ parley serve                                   http://127.0.0.1:4180/
  $ PARLEY_TOKEN=$(openssl rand -hex 24) parley serve --port 8080
  $ curl 'http://127.0.0.1:4180/api/quotes?speaker=volodymyr-zelenskyy&limit=5'
Without PARLEY_TOKEN (or "token" in the config file) the API is read-only: POST /api/articles
answers 403. docs/api.md and /api/openapi.json describe every endpoint.`,
    )
    .action(run);
}
