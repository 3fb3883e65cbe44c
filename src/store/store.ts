/**
 * The `Store` interface: where articles and their analyses live. The SQLite store
 * (src/store/sqlite) implements it today; a PostgreSQL store will implement the same interface
 * and pass the same conformance suite (src/store/testing/conformance.ts).
 *
 * Rules every implementation follows:
 * - "found nothing" is `undefined` or an empty page, never an error;
 * - `saveArticle` writes an article, its analysis and every derived row in one transaction, so a
 *   crash leaves either the old or the new version, never a mix;
 * - infrastructure failures throw `ParleyError` `E_STORE` (or `E_STORE_MIGRATION` when opening).
 * @module
 */
import type {
  ArticleFilter,
  ArticleKeys,
  ArticleRecord,
  ArticleStamp,
  ArticleSummary,
  CoMention,
  EntityFilter,
  EntityRef,
  EntitySummary,
  EventFilter,
  Page,
  PageRequest,
  QuoteFilter,
  SaveResult,
  StoredArticle,
  StoredEvent,
  StoredQuote,
  StoreStats,
  TimelineRow,
} from './types.js';

export interface Store {
  /** "sqlite" or "postgres". */
  readonly dialect: string;
  /** Where the data lives, for messages: a file path, ":memory:" or a server. */
  readonly location: string;

  /** The stored article matching the id, else the URL, else the normalised text. */
  findArticle(keys: ArticleKeys): Promise<ArticleStamp | undefined>;
  /**
   * Saves an article with its analysis in one transaction. A stored article with the same id,
   * URL or text hash is replaced (the others are merged into this one), so nothing is duplicated.
   */
  saveArticle(record: ArticleRecord): Promise<SaveResult>;
  /** Removes an article and everything derived from it; false when there was none. */
  deleteArticle(id: string): Promise<boolean>;

  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Newest first (by publication date, then id). */
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>>;

  getEntity(id: string): Promise<EntitySummary | undefined>;
  /** Most mentioned first (by number of articles, then id). */
  listEntities(filter: EntityFilter, page: PageRequest): Promise<Page<EntitySummary>>;
  /** Entities that share articles with `id`, most shared first. */
  coMentioned(id: string, limit: number): Promise<CoMention[]>;
  /** Names of the given entity ids (unknown ids are left out). */
  entityRefs(ids: readonly string[]): Promise<Map<string, EntityRef>>;

  /** Newest first (by day, then position). */
  listQuotes(filter: QuoteFilter, page: PageRequest): Promise<Page<StoredQuote>>;
  /** Newest first (by day, then position). */
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<StoredEvent>>;
  /** Events per day and type, oldest day first; events without any day are left out. */
  timeline(filter: EventFilter): Promise<TimelineRow[]>;

  stats(): Promise<StoreStats>;
  /** Closes the connection; the store cannot be used afterwards. */
  close(): Promise<void>;
}
