/**
 * POST /api/analyze (analyse without storing) and POST /api/articles (ingest; needs the token).
 * @module
 */
import type { Hono } from 'hono';
import { isParleyError } from '../../core/errors.js';
import { htmlToArticle } from '../../ingest/html.js';
import type { ArticleInput } from '../../pipeline/doc.js';
import { ingestArticle } from '../../store/ingest.js';
import { requireToken } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import { errorBody } from '../errors.js';
import { ArticleBody, type ArticleBodyInput, BatchBody, NoQuery } from '../schemas.js';
import { parseBody, parseQuery, readJson } from '../validate.js';

const META = ['id', 'url', 'source', 'title', 'lang', 'published'] as const;

/** A validated body as pipeline input; `html` is extracted reader-mode, and given fields win. */
export function bodyToInput(b: ArticleBodyInput): ArticleInput {
  const base: ArticleInput = b.text?.trim() ? { text: b.text } : htmlToArticle(b.html ?? '', '(request body)');
  const out: ArticleInput = { ...base };
  for (const k of META) if (b[k]) out[k] = b[k];
  return out;
}

export function registerAnalyzeRoutes(app: Hono, deps: ApiDeps): void {
  app.post('/api/analyze', async (c) => {
    parseQuery(NoQuery, c.req.url);
    const input = bodyToInput(parseBody(ArticleBody, await readJson(c.req)));
    return c.json({ analysis: deps.analyze(input) });
  });

  app.post('/api/articles', requireToken(deps.token), async (c) => {
    parseQuery(NoQuery, c.req.url);
    const body = await readJson(c.req);
    const options = { analyze: deps.analyze, pipelineVersion: deps.pipelineVersion, origin: 'api' };
    if (body && typeof body === 'object' && 'articles' in body) {
      const { articles } = parseBody(BatchBody, body);
      const results = [];
      for (const [index, a] of articles.entries()) {
        await new Promise((resolve) => setImmediate(resolve)); // let other requests in between articles
        try {
          results.push({ index, ...(await ingestArticle(deps.store, bodyToInput(a), options)) });
        } catch (e) {
          if (!isParleyError(e)) throw e;
          results.push({ index, ...errorBody(e) });
        }
      }
      return c.json({ results });
    }
    const outcome = await ingestArticle(deps.store, bodyToInput(parseBody(ArticleBody, body)), options);
    return c.json(outcome, outcome.status === 'analysed' ? 201 : 200);
  });
}
