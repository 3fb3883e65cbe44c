/**
 * The Parley HTTP API (Hono): articles, entities, quotes, events, timeline, stats, the
 * knowledge base, analysis without storing, and ingest behind a bearer token; the built web UI
 * at `/` when there is one. Test it in-process with `app.request()`.
 * @example
 * ```ts
 * const app = createApp({ store, ...defaultAnalyzer() });
 * const res = await app.request('/api/quotes?speaker=zelensky');
 * ```
 * @module
 */
import { existsSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ParleyError } from '../core/errors.js';
import { bundledKnowledgeBase } from '../kb/bundled.js';
import type { KnowledgeBase } from '../kb/kb.js';
import type { Analyze } from '../store/ingest.js';
import type { Store } from '../store/store.js';
import type { ApiDeps } from './deps.js';
import { handleError, notFound } from './errors.js';
import { openApiDocument } from './openapi.js';
import { registerAnalyzeRoutes } from './routes/analyze.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerFacetRoutes } from './routes/facets.js';
import { registerQuoteEventRoutes } from './routes/quotes-events.js';
import { registerStatsRoutes } from './routes/stats.js';
import { staticFiles } from './static.js';

/** Largest request body by default (an HTML page with its markup). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  analyze: Analyze;
  pipelineVersion: string;
  /** Bearer token for POST /api/articles; without one the API is read-only. */
  token?: string;
  /** The built web UI, served at `/` when it holds an index.html. */
  webDir?: string;
  maxBodyBytes?: number;
  /** Default: the bundled knowledge base. */
  kb?: KnowledgeBase;
}

const NO_UI = `<!doctype html><meta charset="utf-8"><title>Parley</title>
<h1>Parley API</h1><p>The web UI is not built (no web/dist). The API is at <a href="/api/stats">/api/stats</a>;
its description is <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

/** Builds the app. */
export function createApp(o: AppOptions): Hono {
  const deps: ApiDeps = { ...o, kb: o.kb ?? bundledKnowledgeBase() };
  const maxSize = o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();
  app.onError(handleError);
  app.use(
    '/api/*',
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ParleyError('E_API_TOO_LARGE', `the request body is over ${maxSize} bytes.`, {
          hint: 'Send a smaller article, or start the server with a larger maxBodyBytes in the config file.',
        });
      },
    }),
  );
  registerArticleRoutes(app, deps);
  registerEntityRoutes(app, deps);
  registerQuoteEventRoutes(app, deps);
  registerStatsRoutes(app, deps);
  registerFacetRoutes(app, deps);
  registerAnalyzeRoutes(app, deps);
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(o.pipelineVersion)));
  app.all('/api/*', (c) => {
    throw notFound(`${c.req.method} ${c.req.path}`);
  });
  if (o.webDir && existsSync(o.webDir)) app.use('*', staticFiles(o.webDir));
  app.get('/', (c) => c.html(NO_UI));
  app.notFound((c) => c.text('Not found', 404));
  return app;
}
