/**
 * Store-wide counts.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { StoreStats } from '../types.js';

async function countRows(db: Kysely<Database>, table: 'articles' | 'quotes' | 'events'): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function groupCounts(db: Kysely<Database>, column: 'lang' | 'pipeline_version'): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('articles')
    .select((eb) => [column, eb.fn.countAll<number>().as('n')])
    .groupBy(column)
    .orderBy(column)
    .execute();
  return Object.fromEntries(rows.map((r) => [r[column], Number(r.n)]));
}

export async function stats(db: Kysely<Database>): Promise<StoreStats> {
  const entities = await db
    .selectFrom('mentions')
    .select((eb) => eb.fn.count<number>('entity_id').distinct().as('n'))
    .executeTakeFirstOrThrow();
  const days = await db
    .selectFrom('articles')
    .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')])
    .executeTakeFirstOrThrow();
  return {
    articles: await countRows(db, 'articles'),
    entities: Number(entities.n),
    quotes: await countRows(db, 'quotes'),
    events: await countRows(db, 'events'),
    languages: await groupCounts(db, 'lang'),
    pipelineVersions: await groupCounts(db, 'pipeline_version'),
    ...(days.first ? { firstDay: days.first } : {}),
    ...(days.last ? { lastDay: days.last } : {}),
  };
}
