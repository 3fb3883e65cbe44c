/**
 * Full-text search on SQLite: contentless FTS5 tables holding folded text (src/store/fold.ts).
 * @module
 */
import { type Kysely, sql } from 'kysely';
import { searchFold } from '../fold.js';
import type { Database } from '../schema.js';
import type { SearchIndex } from '../search.js';

/** The FTS5 implementation of `SearchIndex`. */
export const sqliteSearch: SearchIndex = {
  async indexArticle(db, seq, title, text) {
    await sql`insert into articles_fts(rowid, title, body) values (${seq}, ${searchFold(title)}, ${searchFold(text)})`.execute(
      db,
    );
  },
  async indexQuotes(db, quotes) {
    for (const q of quotes)
      await sql`insert into quotes_fts(rowid, body) values (${q.seq}, ${searchFold(q.text)})`.execute(db);
  },
  async remove(db: Kysely<Database>, articleIds) {
    if (articleIds.length === 0) return;
    const ids = sql.join(articleIds.map((id) => sql`${id}`));
    await sql`delete from articles_fts where rowid in (select seq from articles where id in (${ids}))`.execute(db);
    await sql`delete from quotes_fts where rowid in (select seq from quotes where article_id in (${ids}))`.execute(db);
  },
  articleSeqs: (q) => sql<number>`(select rowid from articles_fts where articles_fts match ${q})`,
  quoteSeqs: (q) => sql<number>`(select rowid from quotes_fts where quotes_fts match ${q})`,
};
