/**
 * Pages of quotes and events carry the names of the entities they refer to, so a client can
 * show "Zelensky" rather than an id without another request.
 * @module
 */
import type { Store } from '../../store/store.js';
import type { EntityRef, Page, StoredEvent, StoredQuote } from '../../store/types.js';

/** Entity ids a quote or an event refers to. */
function refsOf(item: StoredQuote | StoredEvent): string[] {
  if ('speaker' in item) return item.speaker ? [item.speaker] : [];
  return [...item.actors, ...item.targets, ...(item.mediators ?? []), ...(item.location ? [item.location] : [])];
}

/** The page plus `entities`: id → name, type and Wikidata id of every entity it refers to. */
export async function withEntityRefs<T extends StoredQuote | StoredEvent>(
  store: Store,
  page: Page<T>,
): Promise<Page<T> & { entities: Record<string, EntityRef> }> {
  const refs = await store.entityRefs(page.items.flatMap(refsOf));
  return { ...page, entities: Object.fromEntries(refs) };
}
