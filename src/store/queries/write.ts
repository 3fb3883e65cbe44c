/**
 * Saving and deleting articles (run inside one transaction by the store). Dialect-independent:
 * Kysely plus the dialect's `SearchIndex`.
 * @module
 */
import type { Kysely } from 'kysely';
import { deriveRows, type EventRow, type QuoteRow, type RoleRow } from '../records.js';
import type { Database } from '../schema.js';
import type { SearchIndex } from '../search.js';
import type { ArticleRecord, SaveResult } from '../types.js';

type Db = Kysely<Database>;

/** Rows per multi-row INSERT, well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 200;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Deletes articles and every row derived from them. */
export async function removeArticles(db: Db, search: SearchIndex, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await search.remove(db, ids);
  await db.deleteFrom('event_roles').where('article_id', 'in', ids).execute();
  await db.deleteFrom('events').where('article_id', 'in', ids).execute();
  await db.deleteFrom('quotes').where('article_id', 'in', ids).execute();
  await db.deleteFrom('mentions').where('article_id', 'in', ids).execute();
  await db.deleteFrom('articles').where('id', 'in', ids).execute();
}

/** Stored articles that are the same article as `record`: same id, URL or text hash. */
async function sameArticles(db: Db, record: ArticleRecord) {
  const { id, url } = record.analysis.article;
  return db
    .selectFrom('articles')
    .select(['id', 'ingested_at'])
    .where((eb) =>
      eb.or([eb('id', '=', id), eb('text_hash', '=', record.textHash), ...(url ? [eb('url', '=', url)] : [])]),
    )
    .execute();
}

async function insertQuotes(db: Db, search: SearchIndex, quotes: QuoteRow[], texts: Map<string, string>) {
  for (const part of chunks(quotes)) {
    const saved = await db.insertInto('quotes').values(part).returning(['seq', 'quote_id']).execute();
    await search.indexQuotes(
      db,
      saved.map((s) => ({ seq: s.seq, text: texts.get(s.quote_id) ?? '' })),
    );
  }
}

async function insertEvents(db: Db, events: { row: EventRow; roles: RoleRow[] }[]) {
  for (const part of chunks(events)) {
    const saved = await db
      .insertInto('events')
      .values(part.map((e) => e.row))
      .returning(['seq', 'event_id'])
      .execute();
    const seqOf = new Map(saved.map((s) => [s.event_id, s.seq]));
    const roles = part.flatMap((e) => e.roles.map((r) => ({ ...r, event_seq: seqOf.get(e.row.event_id) ?? 0 })));
    for (const rs of chunks(roles)) await db.insertInto('event_roles').values(rs).execute();
  }
}

/**
 * Writes `record`, replacing every stored version of the same article. Call inside a
 * transaction: a failure part-way must leave the previous state.
 */
export async function writeArticle(
  db: Db,
  search: SearchIndex,
  record: ArticleRecord,
  now: string,
): Promise<SaveResult> {
  const same = await sameArticles(db, record);
  const ingestedAt = same.map((s) => s.ingested_at).sort()[0] ?? now;
  await removeArticles(
    db,
    search,
    same.map((s) => s.id),
  );
  const rows = deriveRows(record, now, ingestedAt);
  const { seq } = await db.insertInto('articles').values(rows.article).returning('seq').executeTakeFirstOrThrow();
  const article = record.analysis.article;
  await search.indexArticle(db, seq, article.title ?? '', article.text);
  for (const part of chunks(rows.entities))
    await db
      .insertInto('entities')
      .values(part)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          type: eb.ref('excluded.type'),
          name: eb.ref('excluded.name'),
          wikidata: eb.ref('excluded.wikidata'),
          name_key: eb.ref('excluded.name_key'),
        })),
      )
      .execute();
  for (const part of chunks(rows.mentions)) await db.insertInto('mentions').values(part).execute();
  await insertQuotes(db, search, rows.quotes, new Map(record.analysis.quotes.map((q) => [q.id, q.text])));
  await insertEvents(db, rows.events);
  return {
    status: same.length > 0 ? 'updated' : 'inserted',
    merged: same.map((s) => s.id).filter((id) => id !== article.id),
  };
}
