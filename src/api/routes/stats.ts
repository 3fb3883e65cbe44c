/**
 * GET /api/stats: counts, languages and how many articles await re-analysis.
 * @module
 */
import type { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import { NoQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

export function registerStatsRoutes(app: Hono, { store, pipelineVersion }: ApiDeps): void {
  app.get('/api/stats', async (c) => {
    parseQuery(NoQuery, c.req.url);
    const stats = await store.stats();
    const current = stats.pipelineVersions[pipelineVersion] ?? 0;
    return c.json({ ...stats, pipeline: { current: pipelineVersion, stale: stats.articles - current } });
  });
}
