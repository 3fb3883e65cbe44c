/**
 * GET /api/facets: the values the UI's filters offer (article languages and sources, quote
 * channels), each with how often it occurs. Read from the store page by page, and kept until
 * the store's counts change, so that the filter bars cost nothing after the first request.
 * @module
 */
import type { Hono } from 'hono';
import { pages } from '../../store/iterate.js';
import type { Store } from '../../store/store.js';
import type { StoreStats } from '../../store/types.js';
import type { ApiDeps } from '../deps.js';
import { MAX_PAGE_SIZE, NoQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  /** Article languages, most articles first. */
  languages: FacetValue[];
  /** Article outlets, most articles first. */
  sources: FacetValue[];
  /** Quote channels ("X", "interview:Axios", …), most quotes first. */
  channels: FacetValue[];
}

/** Counts as facet values, most frequent first, then alphabetical. */
export function rank(counts: ReadonlyMap<string, number> | Record<string, number>): FacetValue[] {
  const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
  return entries
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function bump(m: Map<string, number>, key: string | undefined): void {
  if (key) m.set(key, (m.get(key) ?? 0) + 1);
}

/** Reads every article summary and quote once. */
export async function computeFacets(store: Store, stats: StoreStats): Promise<Facets> {
  const sources = new Map<string, number>();
  for await (const items of pages((cursor) => store.listArticles({}, { limit: MAX_PAGE_SIZE, cursor })))
    for (const a of items) bump(sources, a.source);
  const channels = new Map<string, number>();
  for await (const items of pages((cursor) => store.listQuotes({}, { limit: MAX_PAGE_SIZE, cursor })))
    for (const q of items) bump(channels, q.channel);
  return { languages: rank(stats.languages), sources: rank(sources), channels: rank(channels) };
}

export function registerFacetRoutes(app: Hono, { store }: ApiDeps): void {
  let cached: { key: string; facets: Facets } | undefined;
  app.get('/api/facets', async (c) => {
    parseQuery(NoQuery, c.req.url);
    const stats = await store.stats();
    const { articles, quotes, events, entities, languages, pipelineVersions, firstDay, lastDay } = stats;
    const key = JSON.stringify([articles, quotes, events, entities, languages, pipelineVersions, firstDay, lastDay]);
    if (cached?.key !== key) cached = { key, facets: await computeFacets(store, stats) };
    return c.json(cached.facets);
  });
}
