/**
 * Running the API over HTTP until Ctrl-C, for `parley serve` and `parley start`.
 * @module
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../api/app.js';
import { ParleyError } from '../core/errors.js';
import { PACKS } from '../lang/index.js';
import { defaultPipeline } from '../pipeline/default.js';
import type { Store } from '../store/store.js';
import { defaultAnalyzer } from './analyzer.js';
import type { ParleyConfig } from './config.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4180;
/** The built web UI of this checkout. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface ServeSettings {
  host: string;
  port: number;
  webDir: string;
  config: ParleyConfig;
}

/** Parses and checks a `--port` value (0 picks a free port). */
export function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535)
    throw new ParleyError('E_USAGE', `--port "${v}" is not a port number.`, {
      hint: 'Give 1-65535, e.g. --port 4180.',
    });
  return n;
}

/** Serves `store` and resolves when the server has been stopped by Ctrl-C or SIGTERM. */
export async function serveStore(store: Store, s: ServeSettings): Promise<void> {
  const app = createApp({
    store,
    ...defaultAnalyzer(),
    token: s.config.token,
    webDir: s.webDir,
    maxBodyBytes: s.config.maxBodyBytes,
  });
  const server = serve({ fetch: app.fetch, hostname: s.host, port: s.port });
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once('listening', () => resolve(server.address() as AddressInfo));
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new ParleyError('E_USAGE', `cannot listen on ${s.host}:${s.port}: ${e.code ?? e.message}.`, {
          cause: e,
          hint: e.code === 'EADDRINUSE' ? 'Another program uses the port; choose another with --port.' : undefined,
        }),
      ),
    );
  });
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  process.stdout.write(
    `Parley is serving ${store.location} at http://${host}:${address.port}/ (API under /api; ${s.config.token ? 'ingest enabled with the bearer token' : 'read-only: set PARLEY_TOKEN to allow POST /api/articles'}).\nPress Ctrl-C to stop.\n`,
  );
  // Build each language's name index now, so the first "Analyse text" in a language is fast.
  setImmediate(warmLanguages);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => resolve());
      // Keep-alive connections would hold close() open.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs the pipeline once per language pack on its example sentences (indexes are built on first use). */
function warmLanguages(): void {
  const pipeline = defaultPipeline();
  for (const pack of Object.values(PACKS)) pipeline.run({ text: pack.examples.join(' '), lang: pack.code });
}
