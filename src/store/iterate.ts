/**
 * Walking every stored article that matches a filter, page by page (for exports).
 * @module
 */
import type { Store } from './store.js';
import type { ArticleFilter, Page, StoredArticle } from './types.js';

/** Every article matching `filter`, newest first, with its analysis; reads `pageSize` at a time. */
export async function* storedArticles(
  store: Store,
  filter: ArticleFilter,
  pageSize = 100,
): AsyncGenerator<StoredArticle> {
  let cursor: string | undefined;
  do {
    const page = await store.listArticles(filter, { limit: pageSize, cursor });
    for (const summary of page.items) {
      const article = await store.getArticle(summary.id);
      if (article) yield article;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The pages of a paged list: `fetch(cursor)` is called until `nextCursor` is null. */
export async function* pages<T>(fetch: (cursor?: string) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
