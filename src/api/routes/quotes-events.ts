/**
 * GET /api/quotes, GET /api/events, GET /api/timeline (events per day by type).
 * @module
 */
import type { Hono } from 'hono';
import type { TimelineRow } from '../../store/types.js';
import type { ApiDeps } from '../deps.js';
import { EventsQuery, QuotesQuery, TimelineQuery } from '../schemas.js';
import { parseQuery } from '../validate.js';
import { withEntityRefs } from './refs.js';

/** One day of the timeline: the total and the count per event type. */
export interface TimelineDay {
  day: string;
  total: number;
  counts: Record<string, number>;
}

/** Groups timeline rows by day. */
export function timelineDays(rows: readonly TimelineRow[]): TimelineDay[] {
  const days = new Map<string, TimelineDay>();
  for (const r of rows) {
    const d = days.get(r.day) ?? { day: r.day, total: 0, counts: {} };
    d.total += r.count;
    d.counts[r.type] = (d.counts[r.type] ?? 0) + r.count;
    days.set(r.day, d);
  }
  return [...days.values()];
}

export function registerQuoteEventRoutes(app: Hono, { store }: ApiDeps): void {
  app.get('/api/quotes', async (c) => {
    const { limit, cursor, ...filter } = parseQuery(QuotesQuery, c.req.url);
    return c.json(await withEntityRefs(store, await store.listQuotes(filter, { limit, cursor })));
  });

  app.get('/api/events', async (c) => {
    const { limit, cursor, ...filter } = parseQuery(EventsQuery, c.req.url);
    return c.json(await withEntityRefs(store, await store.listEvents(filter, { limit, cursor })));
  });

  app.get('/api/timeline', async (c) => {
    const filter = parseQuery(TimelineQuery, c.req.url);
    const rows = await store.timeline(filter);
    return c.json({ types: [...new Set(rows.map((r) => r.type))].sort(), days: timelineDays(rows) });
  });
}
