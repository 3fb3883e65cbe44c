/**
 * Quote reads: filters (speaker, channel, language, kind, article, day range, text search) and
 * cursor pages, newest day first.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import type { Quote } from '../../schema/analysis.js';
import { decodeCursor, toPage } from '../cursor.js';
import { toFtsQuery } from '../fold.js';
import type { Database } from '../schema.js';
import type { SearchIndex } from '../search.js';
import type { Page, PageRequest, QuoteFilter, StoredQuote } from '../types.js';
import { ARTICLE_REF_COLUMNS, toArticleRef } from './article-ref.js';

type Db = Kysely<Database>;

function filtered(db: Db, search: SearchIndex, f: QuoteFilter, fts: string | undefined) {
  let qb = db.selectFrom('quotes as q').innerJoin('articles as a', 'a.id', 'q.article_id');
  if (fts !== undefined) qb = qb.where('q.seq', 'in', search.quoteSeqs(fts));
  if (f.speaker !== undefined) qb = qb.where('q.speaker', '=', f.speaker);
  const channel = f.channel;
  // "interview" also finds "interview:Axios".
  if (channel !== undefined)
    qb = qb.where((eb) => eb.or([eb('q.channel', '=', channel), eb('q.channel', 'like', `${channel}:%`)]));
  if (f.lang !== undefined) qb = qb.where('q.lang', '=', f.lang);
  if (f.source !== undefined) qb = qb.where('a.source', '=', f.source);
  if (f.kind !== undefined) qb = qb.where('q.kind', '=', f.kind);
  if (f.article !== undefined) qb = qb.where('q.article_id', '=', f.article);
  if (f.from !== undefined) qb = qb.where('q.day', '>=', f.from);
  if (f.to !== undefined) qb = qb.where('q.day', '<=', f.to);
  return qb;
}

export async function listQuotes(
  db: Db,
  search: SearchIndex,
  f: QuoteFilter,
  page: PageRequest,
): Promise<Page<StoredQuote>> {
  const fts = f.q === undefined ? undefined : toFtsQuery(f.q);
  if (f.q !== undefined && fts === undefined) return { items: [], nextCursor: null };
  const day = sql<string>`coalesce(q.day, '')`;
  let qb = filtered(db, search, f, fts).select(['q.seq', 'q.day', 'q.data', ...ARTICLE_REF_COLUMNS]);
  if (page.cursor) {
    const [d, seq] = decodeCursor<[string, number]>(page.cursor, ['string', 'number']);
    qb = qb.where((eb) => eb.or([eb(day, '<', d), eb.and([eb(day, '=', d), eb('q.seq', '>', seq)])]));
  }
  const rows = await qb
    .orderBy(day, 'desc')
    .orderBy('q.seq', 'asc')
    .limit(page.limit + 1)
    .execute();
  return toPage(
    rows,
    page.limit,
    (r) => ({ ...(JSON.parse(r.data) as Quote), article: toArticleRef(r), ...(r.day ? { day: r.day } : {}) }),
    (r) => [r.day ?? '', r.seq],
  );
}
