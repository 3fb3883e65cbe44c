/**
 * Writing the export formats from the store, page by page, so a large store never sits in
 * memory: analysis records (jsonl), PLOVER JSONL, and quotes, events and entities as CSV.
 * @module
 */
import { csvLine } from '../store/export/csv.js';
import { ploverRecord } from '../store/export/plover.js';
import { ENTITY_COLUMNS, EVENT_COLUMNS, entityRow, eventRow, QUOTE_COLUMNS, quoteRow } from '../store/export/tables.js';
import { pages, storedArticles } from '../store/iterate.js';
import type { Store } from '../store/store.js';
import type {
  ArticleFilter,
  EntityFilter,
  EventFilter,
  QuoteFilter,
  StoredEvent,
  StoredQuote,
} from '../store/types.js';

export const EXPORT_FORMATS = ['plover', 'jsonl', 'quotes-csv', 'events-csv', 'entities-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFilters {
  articles: ArticleFilter;
  quotes: QuoteFilter;
  events: EventFilter;
  entities: EntityFilter;
}

/** Writes a chunk of output, waiting when the destination is full. */
export type Write = (chunk: string) => Promise<void>;

const PAGE = 200;

function refIds(items: readonly (StoredQuote | StoredEvent)[]): string[] {
  return items.flatMap((x) =>
    'speaker' in x
      ? x.speaker
        ? [x.speaker]
        : []
      : [...x.actors, ...x.targets, ...(x.mediators ?? []), ...(x.location ? [x.location] : [])],
  );
}

/** The 1-based place of each event among its article's events, from the stored analyses. */
function sequencer(store: Store): (e: StoredEvent) => Promise<number> {
  const cache = new Map<string, string[]>();
  return async (e) => {
    let ids = cache.get(e.article.id);
    if (!ids) {
      ids = (await store.getArticle(e.article.id))?.analysis.events.map((x) => x.id) ?? [];
      if (cache.size > 1000) cache.clear();
      cache.set(e.article.id, ids);
    }
    return ids.indexOf(e.id) + 1;
  };
}

async function writeEvents(store: Store, f: EventFilter, write: Write, plover: boolean): Promise<number> {
  let n = 0;
  const sequence = sequencer(store);
  if (!plover) await write(csvLine(EVENT_COLUMNS));
  for await (const items of pages((cursor) => store.listEvents(f, { limit: PAGE, cursor }))) {
    const refs = await store.entityRefs(refIds(items));
    for (const e of items)
      await write(
        plover ? `${JSON.stringify(ploverRecord(e, await sequence(e), refs))}\n` : csvLine(eventRow(e, refs)),
      );
    n += items.length;
  }
  return n;
}

async function writeQuotes(store: Store, f: QuoteFilter, write: Write): Promise<number> {
  let n = 0;
  await write(csvLine(QUOTE_COLUMNS));
  for await (const items of pages((cursor) => store.listQuotes(f, { limit: PAGE, cursor }))) {
    const refs = await store.entityRefs(refIds(items));
    for (const q of items) await write(csvLine(quoteRow(q, refs)));
    n += items.length;
  }
  return n;
}

async function writeEntities(store: Store, f: EntityFilter, write: Write): Promise<number> {
  let n = 0;
  await write(csvLine(ENTITY_COLUMNS));
  for await (const items of pages((cursor) => store.listEntities(f, { limit: PAGE, cursor }))) {
    for (const e of items) await write(csvLine(entityRow(e)));
    n += items.length;
  }
  return n;
}

async function writeRecords(store: Store, f: ArticleFilter, write: Write): Promise<number> {
  let n = 0;
  for await (const a of storedArticles(store, f)) {
    await write(`${JSON.stringify(a.analysis)}\n`);
    n++;
  }
  return n;
}

/** Writes `format`; returns how many records (lines after any header) were written. */
export function writeExport(store: Store, format: ExportFormat, f: ExportFilters, write: Write): Promise<number> {
  switch (format) {
    case 'jsonl':
      return writeRecords(store, f.articles, write);
    case 'plover':
      return writeEvents(store, f.events, write, true);
    case 'events-csv':
      return writeEvents(store, f.events, write, false);
    case 'quotes-csv':
      return writeQuotes(store, f.quotes, write);
    case 'entities-csv':
      return writeEntities(store, f.entities, write);
  }
}
