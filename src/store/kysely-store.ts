/**
 * The `Store` implementation over Kysely. Every query is dialect-independent; a dialect brings
 * its Kysely instance, its `SearchIndex` and how it retries a busy transaction.
 * @module
 */
import type { Kysely } from 'kysely';
import { isParleyError, ParleyError } from '../core/errors.js';
import { findArticle, getArticle, listArticles } from './queries/articles.js';
import { coMentioned, entityRefs, getEntity, listEntities } from './queries/entities.js';
import { listEvents, timeline } from './queries/events.js';
import { listQuotes } from './queries/quotes.js';
import { stats } from './queries/stats.js';
import { removeArticles, writeArticle } from './queries/write.js';
import type { Database } from './schema.js';
import type { SearchIndex } from './search.js';
import type { Store } from './store.js';
import type { ArticleRecord, SaveResult } from './types.js';

export interface KyselyStoreOptions {
  dialect: string;
  location: string;
  db: Kysely<Database>;
  search: SearchIndex;
  /** True when an error means "another writer holds the lock; try again". */
  isBusy?: (e: unknown) => boolean;
  /** Runs when the store is closed, after the Kysely instance is destroyed. */
  onClose?: () => void;
}

const RETRIES = 8;

/** Turns a driver error into `E_STORE`, naming the operation (and article). */
export function storeError(e: unknown, operation: string, location: string, articleId?: string): ParleyError {
  if (isParleyError(e)) return e;
  return new ParleyError('E_STORE', `${operation} failed: ${(e as Error).message}`, {
    cause: e,
    file: location,
    articleId,
    hint: 'Check that the database is writable and has disk space; if it is damaged, restore a backup or use another --db.',
  });
}

/** A `Store` over any Kysely dialect. */
export class KyselyStore implements Store {
  readonly dialect: string;
  readonly location: string;
  private readonly db: Kysely<Database>;
  private readonly search: SearchIndex;
  private readonly options: KyselyStoreOptions;

  constructor(options: KyselyStoreOptions) {
    this.options = options;
    this.dialect = options.dialect;
    this.location = options.location;
    this.db = options.db;
    this.search = options.search;
  }

  private async run<T>(operation: string, fn: () => Promise<T>, articleId?: string): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (attempt < RETRIES && this.options.isBusy?.(e)) {
          await new Promise((r) => setTimeout(r, 20 * attempt));
          continue;
        }
        throw storeError(e, operation, this.location, articleId);
      }
    }
  }

  findArticle: Store['findArticle'] = (keys) => this.run('finding an article', () => findArticle(this.db, keys));

  saveArticle(record: ArticleRecord): Promise<SaveResult> {
    const now = new Date().toISOString();
    return this.run(
      'saving an article',
      () => this.db.transaction().execute((trx) => writeArticle(trx, this.search, record, now)),
      record.analysis.article.id,
    );
  }

  deleteArticle: Store['deleteArticle'] = (id) =>
    this.run('deleting an article', () =>
      this.db.transaction().execute(async (trx) => {
        const found = await trx.selectFrom('articles').select('id').where('id', '=', id).executeTakeFirst();
        if (found) await removeArticles(trx, this.search, [id]);
        return found !== undefined;
      }),
    );

  getArticle: Store['getArticle'] = (id) => this.run('reading an article', () => getArticle(this.db, id));
  listArticles: Store['listArticles'] = (f, p) =>
    this.run('listing articles', () => listArticles(this.db, this.search, f, p));
  getEntity: Store['getEntity'] = (id) => this.run('reading an entity', () => getEntity(this.db, id));
  listEntities: Store['listEntities'] = (f, p) => this.run('listing entities', () => listEntities(this.db, f, p));
  coMentioned: Store['coMentioned'] = (id, n) => this.run('reading co-mentions', () => coMentioned(this.db, id, n));
  entityRefs: Store['entityRefs'] = (ids) => this.run('reading entity names', () => entityRefs(this.db, ids));
  listQuotes: Store['listQuotes'] = (f, p) => this.run('listing quotes', () => listQuotes(this.db, this.search, f, p));
  listEvents: Store['listEvents'] = (f, p) => this.run('listing events', () => listEvents(this.db, f, p));
  timeline: Store['timeline'] = (f) => this.run('building the timeline', () => timeline(this.db, f));
  stats: Store['stats'] = () => this.run('counting', () => stats(this.db));

  async close(): Promise<void> {
    await this.db.destroy();
    this.options.onClose?.();
  }
}
