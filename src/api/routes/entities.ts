/**
 * GET /api/entities, GET /api/entities/:id (with its quotes, the events it is actor or target
 * in, and the entities mentioned with it), GET /api/kb/:id.
 * @module
 */
import type { Hono } from 'hono';
import { type ApiDeps, orNotFound } from '../deps.js';
import { EntitiesQuery, NoQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';
import { withEntityRefs } from './refs.js';

/** How many quotes, events and co-mentioned entities an entity page shows; the lists page on. */
export const ENTITY_PAGE = 20;

export function registerEntityRoutes(app: Hono, { store, kb }: ApiDeps): void {
  app.get('/api/entities', async (c) => {
    const { limit, cursor, ...filter } = parseQuery(EntitiesQuery, c.req.url);
    return c.json(await store.listEntities(filter, { limit, cursor }));
  });

  app.get('/api/entities/:id', async (c) => {
    parseQuery(NoQuery, c.req.url);
    const id = c.req.param('id');
    const entity = orNotFound(await store.getEntity(id), 'entity', id);
    const page = { limit: ENTITY_PAGE };
    const [quotes, asActor, asTarget, coMentioned] = await Promise.all([
      store.listQuotes({ speaker: id }, page),
      store.listEvents({ actor: id }, page),
      store.listEvents({ target: id }, page),
      store.coMentioned(id, ENTITY_PAGE),
    ]);
    return c.json({
      entity,
      inKnowledgeBase: kb.get(id) !== undefined,
      quotes: await withEntityRefs(store, quotes),
      events: { asActor: await withEntityRefs(store, asActor), asTarget: await withEntityRefs(store, asTarget) },
      coMentioned,
    });
  });

  app.get('/api/kb/:id', (c) => {
    parseQuery(NoQuery, c.req.url);
    const id = c.req.param('id');
    return c.json(
      orNotFound(
        kb.get(id),
        'knowledge-base entry',
        id,
        'Entity ids that start with "new:" are not in the knowledge base.',
      ),
    );
  });
}
