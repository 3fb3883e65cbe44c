/**
 * Article reads: find by keys, get one, list with filters and cursor pages.
 * @module
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Analysis } from '../../schema/analysis.js';
import { decodeCursor, toPage } from '../cursor.js';
import { toFtsQuery } from '../fold.js';
import type { ArticlesTable, Database } from '../schema.js';
import type { SearchIndex } from '../search.js';
import type {
  ArticleFilter,
  ArticleKeys,
  ArticleMeta,
  ArticleStamp,
  ArticleSummary,
  Page,
  PageRequest,
  StoredArticle,
} from '../types.js';

type Db = Kysely<Database>;
type SummaryRow = Pick<
  Selectable<ArticlesTable>,
  | 'id'
  | 'url'
  | 'source'
  | 'title'
  | 'lang'
  | 'published'
  | 'n_entities'
  | 'n_quotes'
  | 'n_events'
  | 'pipeline_version'
  | 'ingested_at'
  | 'updated_at'
>;

const SUMMARY = [
  'id',
  'url',
  'source',
  'title',
  'lang',
  'published',
  'n_entities',
  'n_quotes',
  'n_events',
  'pipeline_version',
  'ingested_at',
  'updated_at',
] as const;

/** Copies the non-null fields of `o` (SQL NULL becomes an absent field). */
export function present<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as never;
}

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    ...present({ url: r.url, source: r.source, title: r.title }),
    lang: r.lang,
    ...present({ published: r.published }),
    counts: { entities: r.n_entities, quotes: r.n_quotes, events: r.n_events },
    pipelineVersion: r.pipeline_version,
    ingestedAt: r.ingested_at,
    updatedAt: r.updated_at,
  };
}

/** The stored article matching the id, else the URL, else the text hash. */
export async function findArticle(db: Db, keys: ArticleKeys): Promise<ArticleStamp | undefined> {
  const tries: ['id' | 'url' | 'text_hash', string | undefined][] = [
    ['id', keys.id],
    ['url', keys.url],
    ['text_hash', keys.textHash],
  ];
  for (const [column, value] of tries) {
    if (!value) continue;
    const r = await db
      .selectFrom('articles')
      .select(['id', 'url', 'text_hash', 'input_hash', 'pipeline_version'])
      .where(column, '=', value)
      .executeTakeFirst();
    if (r)
      return {
        id: r.id,
        ...present({ url: r.url }),
        textHash: r.text_hash,
        inputHash: r.input_hash,
        pipelineVersion: r.pipeline_version,
      };
  }
  return undefined;
}

export async function getArticle(db: Db, id: string): Promise<StoredArticle | undefined> {
  const r = await db
    .selectFrom('articles')
    .select([...SUMMARY, 'analysis', 'input', 'origin'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    ...toSummary(r),
    analysis: JSON.parse(r.analysis) as Analysis,
    input: JSON.parse(r.input) as ArticleMeta,
    ...present({ origin: r.origin }),
  };
}

/** The articles matching `f` (before ordering and paging); `fts` is the folded search query. */
function filtered(db: Db, search: SearchIndex, f: ArticleFilter, fts: string | undefined) {
  let qb = db.selectFrom('articles');
  if (fts !== undefined) qb = qb.where('seq', 'in', search.articleSeqs(fts));
  if (f.lang !== undefined) qb = qb.where('lang', '=', f.lang);
  if (f.source !== undefined) qb = qb.where('source', '=', f.source);
  if (f.from !== undefined) qb = qb.where('day', '>=', f.from);
  if (f.to !== undefined) qb = qb.where('day', '<=', f.to);
  if (f.staleFor !== undefined) qb = qb.where('pipeline_version', '!=', f.staleFor);
  const entity = f.entity;
  if (entity !== undefined)
    qb = qb.where('id', 'in', (eb) => eb.selectFrom('mentions').select('article_id').where('entity_id', '=', entity));
  return qb;
}

export async function listArticles(
  db: Db,
  search: SearchIndex,
  f: ArticleFilter,
  page: PageRequest,
): Promise<Page<ArticleSummary>> {
  const fts = f.q === undefined ? undefined : toFtsQuery(f.q);
  if (f.q !== undefined && fts === undefined) return { items: [], nextCursor: null };
  const published = sql<string>`coalesce(published, '')`;
  let qb = filtered(db, search, f, fts).select(SUMMARY);
  if (page.cursor) {
    const [p, id] = decodeCursor<[string, string]>(page.cursor, ['string', 'string']);
    qb = qb.where((eb) => eb.or([eb(published, '<', p), eb.and([eb(published, '=', p), eb('id', '>', id)])]));
  }
  const rows = await qb
    .orderBy(published, 'desc')
    .orderBy('id', 'asc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows, page.limit, toSummary, (r) => [r.published ?? '', r.id]);
}
