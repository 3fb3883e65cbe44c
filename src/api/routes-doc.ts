/**
 * The endpoints as /api/openapi.json describes them, each with the zod schema that validates
 * its query (and body).
 * @module
 */
import type { z } from 'zod';
import {
  ArticleBody,
  ArticlesQuery,
  EntitiesQuery,
  EventsQuery,
  IngestBody,
  NoQuery,
  QuotesQuery,
  TimelineQuery,
} from './schemas.js';

/** One endpoint of the OpenAPI document. */
export interface RouteDoc {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query: z.ZodObject;
  body?: z.ZodType;
  auth?: boolean;
  /** Status → description of the success response. */
  ok: [number, string];
  /** Error statuses the route can answer besides 400 and 500. */
  errors?: number[];
}

/** Every endpoint, in the order the document lists them. */
export const ROUTES: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/api/articles',
    summary: 'List articles, newest first',
    query: ArticlesQuery,
    ok: [200, 'A page of article summaries: {items, nextCursor}'],
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    summary: 'One article with its parley.analysis/1 record',
    query: NoQuery,
    ok: [200, 'The article'],
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/entities',
    summary: 'List entities by number of articles',
    query: EntitiesQuery,
    ok: [200, 'A page of entities with article and mention counts'],
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'One entity: its quotes, the events it is actor or target in, and co-mentioned entities',
    query: NoQuery,
    ok: [200, '{entity, inKnowledgeBase, quotes, events: {asActor, asTarget}, coMentioned}'],
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/kb/{id}',
    summary: 'The knowledge-base entry of an entity (roles, country, Wikidata id)',
    query: NoQuery,
    ok: [200, 'The entry (docs/kb-format.md)'],
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/quotes',
    summary: 'List quotes, newest first',
    query: QuotesQuery,
    ok: [200, 'A page of quotes with their article, plus `entities`: id → name'],
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'List events, newest first',
    query: EventsQuery,
    ok: [200, 'A page of events with their article, plus `entities`: id → name'],
  },
  {
    method: 'get',
    path: '/api/timeline',
    summary: 'Events per day by type',
    query: TimelineQuery,
    ok: [200, '{types, days: [{day, total, counts: {TYPE: n}}]}'],
  },
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Counts of what the store holds',
    query: NoQuery,
    ok: [200, '{articles, entities, quotes, events, languages, pipelineVersions, firstDay, lastDay, pipeline}'],
  },
  {
    method: 'get',
    path: '/api/facets',
    summary: 'The values the filters offer: article languages and sources, quote channels, with counts',
    query: NoQuery,
    ok: [200, '{languages, sources, channels}: each [{value, count}], most frequent first'],
  },
  {
    method: 'post',
    path: '/api/analyze',
    summary: 'Analyse posted text or HTML without storing it',
    query: NoQuery,
    body: ArticleBody,
    ok: [200, '{analysis}: the parley.analysis/1 record'],
    errors: [413, 422],
  },
  {
    method: 'post',
    path: '/api/articles',
    summary: 'Ingest one article or {articles: [...]} (bearer token)',
    query: NoQuery,
    body: IngestBody,
    auth: true,
    ok: [200, '{status, id} (201 when new), or {results: [...]} for a batch'],
    errors: [401, 403, 413, 422],
  },
];
