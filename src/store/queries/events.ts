/**
 * Event reads: filters (type, status, actor, target, location, any role, article, day range),
 * cursor pages newest day first, and the timeline (events per day and type).
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Event } from '../../schema/analysis.js';
import type { PloverEventType } from '../../schema/plover.js';
import { decodeCursor, toPage } from '../cursor.js';
import type { Database, EventRolesTable } from '../schema.js';
import type { EventFilter, Page, PageRequest, StoredEvent, TimelineRow } from '../types.js';
import { ARTICLE_REF_COLUMNS, toArticleRef } from './article-ref.js';

type Db = Kysely<Database>;

function filtered(db: Db, f: EventFilter) {
  let qb = db.selectFrom('events as e').innerJoin('articles as a', 'a.id', 'e.article_id');
  const withRole = (entity: string, role?: EventRolesTable['role']) =>
    qb.where('e.seq', 'in', (eb) => {
      const sub = eb.selectFrom('event_roles').select('event_seq').where('entity_id', '=', entity);
      return role ? sub.where('role', '=', role) : sub;
    });
  if (f.actor !== undefined) qb = withRole(f.actor, 'actor');
  if (f.target !== undefined) qb = withRole(f.target, 'target');
  if (f.entity !== undefined) qb = withRole(f.entity);
  if (f.type !== undefined) qb = qb.where('e.type', '=', f.type);
  if (f.status !== undefined) qb = qb.where('e.status', '=', f.status);
  if (f.location !== undefined) qb = qb.where('e.location', '=', f.location);
  if (f.article !== undefined) qb = qb.where('e.article_id', '=', f.article);
  if (f.lang !== undefined) qb = qb.where('a.lang', '=', f.lang);
  if (f.source !== undefined) qb = qb.where('a.source', '=', f.source);
  // An event lasting several days matches every range it overlaps.
  if (f.from !== undefined) qb = qb.where('e.day_end', '>=', f.from);
  if (f.to !== undefined) qb = qb.where('e.day', '<=', f.to);
  return qb;
}

export async function listEvents(db: Db, f: EventFilter, page: PageRequest): Promise<Page<StoredEvent>> {
  const day = sql<string>`coalesce(e.day, '')`;
  let qb = filtered(db, f).select(['e.seq', 'e.day', 'e.data', ...ARTICLE_REF_COLUMNS]);
  if (page.cursor) {
    const [d, seq] = decodeCursor<[string, number]>(page.cursor, ['string', 'number']);
    qb = qb.where((eb) => eb.or([eb(day, '<', d), eb.and([eb(day, '=', d), eb('e.seq', '>', seq)])]));
  }
  const rows = await qb
    .orderBy(day, 'desc')
    .orderBy('e.seq', 'asc')
    .limit(page.limit + 1)
    .execute();
  return toPage(
    rows,
    page.limit,
    (r) => ({ ...(JSON.parse(r.data) as Event), article: toArticleRef(r), ...(r.day ? { day: r.day } : {}) }),
    (r) => [r.day ?? '', r.seq],
  );
}

export async function timeline(db: Db, f: EventFilter): Promise<TimelineRow[]> {
  const rows = await filtered(db, f)
    .select((eb) => ['e.day', 'e.type', eb.fn.countAll<number>().as('count')])
    .where('e.day', 'is not', null)
    .groupBy(['e.day', 'e.type'])
    .orderBy('e.day', 'asc')
    .orderBy('e.type', 'asc')
    .execute();
  return rows.map((r) => ({ day: r.day ?? '', type: r.type as PloverEventType, count: Number(r.count) }));
}
