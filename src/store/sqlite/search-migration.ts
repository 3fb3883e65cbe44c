/**
 * SQLite migration 0002: the FTS5 search index. Contentless tables (the text lives in the
 * articles and quotes tables); the indexed text is folded first (src/store/fold.ts), and the
 * tokenizer removes any diacritics left.
 * @module
 */
import { type Migration, sql } from 'kysely';

/** The FTS5 tables for articles (title + text) and quotes. */
export const sqliteSearchMigration: Migration = {
  async up(db) {
    await sql`create virtual table articles_fts using fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`create virtual table quotes_fts using fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(
      db,
    );
  },
  async down(db) {
    await sql`drop table if exists quotes_fts`.execute(db);
    await sql`drop table if exists articles_fts`.execute(db);
  },
};
