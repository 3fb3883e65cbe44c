/**
 * Entity reads: entities with their article and mention counts, co-mentions, names by id.
 * Only entities that some stored article mentions are listed.
 * @module
 */
import type { Kysely } from 'kysely';
import type { EntityType } from '../../schema/analysis.js';
import { decodeCursor, toPage } from '../cursor.js';
import { searchFold } from '../fold.js';
import type { Database } from '../schema.js';
import type { CoMention, EntityFilter, EntityRef, EntitySummary, Page, PageRequest } from '../types.js';

type Db = Kysely<Database>;

interface RefRow {
  id: string;
  type: string;
  name: string;
  wikidata: string | null;
}

function toRef(r: RefRow): EntityRef {
  return { id: r.id, type: r.type as EntityType, name: r.name, ...(r.wikidata ? { wikidata: r.wikidata } : {}) };
}

function counted(db: Db) {
  return db
    .selectFrom('entities as e')
    .innerJoin('mentions as m', 'm.entity_id', 'e.id')
    .select((eb) => [
      'e.id',
      'e.type',
      'e.name',
      'e.wikidata',
      eb.fn.count<number>('m.article_id').as('articles'),
      eb.fn.sum<number>('m.count').as('mentions'),
    ])
    .groupBy(['e.id', 'e.type', 'e.name', 'e.wikidata']);
}

function toSummary(r: RefRow & { articles: number | string; mentions: number | string }): EntitySummary {
  return { ...toRef(r), articles: Number(r.articles), mentions: Number(r.mentions) };
}

export async function getEntity(db: Db, id: string): Promise<EntitySummary | undefined> {
  const r = await counted(db).where('e.id', '=', id).executeTakeFirst();
  return r ? toSummary(r) : undefined;
}

export async function listEntities(db: Db, f: EntityFilter, page: PageRequest): Promise<Page<EntitySummary>> {
  let qb = counted(db);
  if (f.type !== undefined) qb = qb.where('e.type', '=', f.type);
  if (f.q !== undefined) qb = qb.where('e.name_key', 'like', `%${searchFold(f.q).replace(/[%_\\]/g, '')}%`);
  if (page.cursor) {
    const [n, id] = decodeCursor<[number, string]>(page.cursor, ['number', 'string']);
    qb = qb.having((eb) =>
      eb.or([
        eb(eb.fn.count('m.article_id'), '<', n),
        eb.and([eb(eb.fn.count('m.article_id'), '=', n), eb('e.id', '>', id)]),
      ]),
    );
  }
  const rows = await qb
    .orderBy('articles', 'desc')
    .orderBy('e.id', 'asc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, toSummary, (r) => [Number(r.articles), r.id]);
}

export async function coMentioned(db: Db, id: string, limit: number): Promise<CoMention[]> {
  const rows = await db
    .selectFrom('mentions as m1')
    .innerJoin('mentions as m2', (j) =>
      j.onRef('m2.article_id', '=', 'm1.article_id').onRef('m2.entity_id', '!=', 'm1.entity_id'),
    )
    .innerJoin('entities as e', 'e.id', 'm2.entity_id')
    .select((eb) => ['e.id', 'e.type', 'e.name', 'e.wikidata', eb.fn.countAll<number>().as('shared')])
    .where('m1.entity_id', '=', id)
    .groupBy(['e.id', 'e.type', 'e.name', 'e.wikidata'])
    .orderBy('shared', 'desc')
    .orderBy('e.id', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toRef(r), shared: Number(r.shared) }));
}

export async function entityRefs(db: Db, ids: readonly string[]): Promise<Map<string, EntityRef>> {
  const out = new Map<string, EntityRef>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'type', 'name', 'wikidata'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, toRef(r));
  }
  return out;
}
