/**
 * Migration 0001: the core tables, written with Kysely's schema builder so that the same
 * migration runs on SQLite and PostgreSQL (only the auto-increment column differs).
 * @module
 */
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';

export type SqlDialect = 'sqlite' | 'postgres';

type Db = Kysely<unknown>;

/** The auto-increment primary key: AUTOINCREMENT on SQLite (row ids never reused), serial on PostgreSQL. */
interface Serial {
  type: 'integer' | 'serial';
  column: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

async function createArticles(db: Db, serial: Serial): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('seq', serial.type, serial.column)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text', (c) => c.unique())
    .addColumn('source', 'text')
    .addColumn('title', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('day', 'text')
    .addColumn('text_hash', 'text', (c) => c.notNull().unique())
    .addColumn('input_hash', 'text', (c) => c.notNull())
    .addColumn('input', 'text', (c) => c.notNull())
    .addColumn('origin', 'text')
    .addColumn('analysis', 'text', (c) => c.notNull())
    .addColumn('pipeline_version', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('n_entities', 'integer', (c) => c.notNull())
    .addColumn('n_quotes', 'integer', (c) => c.notNull())
    .addColumn('n_events', 'integer', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_day').on('articles').columns(['day', 'id']).execute();
  await db.schema.createIndex('articles_lang').on('articles').column('lang').execute();
  await db.schema.createIndex('articles_pipeline').on('articles').column('pipeline_version').execute();
}

async function createEntities(db: Db): Promise<void> {
  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('wikidata', 'text')
    .addColumn('name_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('mentions_entity').on('mentions').column('entity_id').execute();
}

async function createQuotes(db: Db, serial: Serial): Promise<void> {
  await db.schema
    .createTable('quotes')
    .addColumn('seq', serial.type, serial.column)
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('quote_id', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('day', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('quotes_article_quote', ['article_id', 'quote_id'])
    .execute();
  await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker').execute();
  await db.schema.createIndex('quotes_day').on('quotes').columns(['day', 'seq']).execute();
}

async function createEvents(db: Db, serial: Serial): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('seq', serial.type, serial.column)
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('day', 'text')
    .addColumn('day_end', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('events_article_event', ['article_id', 'event_id'])
    .execute();
  await db.schema.createIndex('events_day').on('events').columns(['day', 'seq']).execute();
  await db.schema.createIndex('events_type').on('events').column('type').execute();
  await db.schema
    .createTable('event_roles')
    .addColumn('event_seq', 'integer', (c) => c.notNull().references('events.seq').onDelete('cascade'))
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_roles_entity').on('event_roles').columns(['entity_id', 'role']).execute();
  await db.schema.createIndex('event_roles_event').on('event_roles').column('event_seq').execute();
  await db.schema.createIndex('event_roles_article').on('event_roles').column('article_id').execute();
}

/** The core tables for `dialect`. */
export function coreMigration(dialect: SqlDialect): Migration {
  const serial: Serial =
    dialect === 'postgres'
      ? { type: 'serial', column: (c) => c.primaryKey() }
      : { type: 'integer', column: (c) => c.primaryKey().autoIncrement() };
  return {
    async up(db) {
      await createArticles(db, serial);
      await createEntities(db);
      await createQuotes(db, serial);
      await createEvents(db, serial);
    },
    async down(db) {
      for (const t of ['event_roles', 'events', 'quotes', 'mentions', 'entities', 'articles'])
        await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
