/**
 * The dialect-specific part of full-text search, behind one interface: FTS5 on SQLite, later
 * `tsvector` on PostgreSQL. Queries stay in Kysely; only these pieces differ.
 * @module
 */
import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from './schema.js';

export interface SearchIndex {
  /** Indexes an article's title and text under its `seq`. */
  indexArticle(db: Kysely<Database>, seq: number, title: string, text: string): Promise<void>;
  /** Indexes quote texts under their `seq`. */
  indexQuotes(db: Kysely<Database>, quotes: readonly { seq: number; text: string }[]): Promise<void>;
  /** Removes these articles and their quotes from the index (before their rows are deleted). */
  remove(db: Kysely<Database>, articleIds: readonly string[]): Promise<void>;
  /** A parenthesised subquery of the `seq`s of articles matching `ftsQuery` (see fold.ts). */
  articleSeqs(ftsQuery: string): RawBuilder<number>;
  /** A parenthesised subquery of the `seq`s of quotes matching `ftsQuery`. */
  quoteSeqs(ftsQuery: string): RawBuilder<number>;
}
