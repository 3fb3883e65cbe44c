/**
 * GET /api/articles, GET /api/articles/:id.
 * @module
 */
import type { Hono } from 'hono';
import { type ApiDeps, orNotFound } from '../deps.js';
import { ArticlesQuery, NoQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

export function registerArticleRoutes(app: Hono, { store }: ApiDeps): void {
  app.get('/api/articles', async (c) => {
    const { limit, cursor, ...filter } = parseQuery(ArticlesQuery, c.req.url);
    return c.json(await store.listArticles(filter, { limit, cursor }));
  });

  app.get('/api/articles/:id', async (c) => {
    parseQuery(NoQuery, c.req.url);
    const id = c.req.param('id');
    return c.json(orNotFound(await store.getArticle(id), 'article', id));
  });
}
