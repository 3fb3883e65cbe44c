/**
 * The rows derived from one analysis: the article row, entities, mentions, quotes, events and
 * event roles. Pure, so every dialect stores exactly the same rows.
 * @module
 */
import { Buffer } from 'node:buffer';
import type { Event } from '../schema/analysis.js';
import { searchFold } from './fold.js';
import { dayOf, lastDayOf } from './keys.js';
import type {
  ArticlesTable,
  EntitiesTable,
  EventRolesTable,
  EventsTable,
  MentionsTable,
  QuotesTable,
} from './schema.js';
import type { ArticleRecord } from './types.js';

export type ArticleRow = Omit<ArticlesTable, 'seq'>;
export type QuoteRow = Omit<QuotesTable, 'seq'>;
export type EventRow = Omit<EventsTable, 'seq'>;
export type RoleRow = Omit<EventRolesTable, 'event_seq'>;

export interface DerivedRows {
  article: ArticleRow;
  entities: EntitiesTable[];
  mentions: MentionsTable[];
  quotes: QuoteRow[];
  events: { row: EventRow; roles: RoleRow[] }[];
}

/** The article row; `ingestedAt` is kept from an earlier version of the article. */
function articleRow(r: ArticleRecord, now: string, ingestedAt: string): ArticleRow {
  const a = r.analysis.article;
  return {
    id: a.id,
    url: a.url ?? null,
    source: a.source ?? null,
    title: a.title ?? null,
    lang: a.lang,
    published: a.published ?? null,
    day: dayOf(a.published) ?? null,
    text_hash: r.textHash,
    input_hash: r.inputHash,
    input: JSON.stringify(r.input),
    origin: r.origin ?? null,
    analysis: JSON.stringify(r.analysis),
    pipeline_version: r.pipelineVersion,
    bytes: Buffer.byteLength(a.text, 'utf8'),
    n_entities: r.analysis.entities.length,
    n_quotes: r.analysis.quotes.length,
    n_events: r.analysis.events.length,
    ingested_at: ingestedAt,
    updated_at: now,
  };
}

function roleRows(articleId: string, e: Event): RoleRow[] {
  const roles: RoleRow[] = [];
  const add = (ids: readonly string[] | undefined, role: RoleRow['role']) => {
    for (const id of new Set(ids ?? [])) roles.push({ article_id: articleId, entity_id: id, role });
  };
  add(e.actors, 'actor');
  add(e.targets, 'target');
  add(e.mediators, 'mediator');
  add(e.location ? [e.location] : [], 'location');
  return roles;
}

/** Every row to write for `record`. An entity listed twice in one analysis is counted once. */
export function deriveRows(record: ArticleRecord, now: string, ingestedAt = now): DerivedRows {
  const { analysis } = record;
  const id = analysis.article.id;
  const articleDay = dayOf(analysis.article.published) ?? null;
  const entities = new Map<string, EntitiesTable>();
  const counts = new Map<string, number>();
  for (const e of analysis.entities) {
    entities.set(e.id, {
      id: e.id,
      type: e.type,
      name: e.name,
      wikidata: e.wikidata ?? null,
      name_key: searchFold(e.name),
    });
    counts.set(e.id, (counts.get(e.id) ?? 0) + e.mentions.length);
  }
  return {
    article: articleRow(record, now, ingestedAt),
    entities: [...entities.values()],
    mentions: [...counts].map(([entity_id, count]) => ({ article_id: id, entity_id, count })),
    quotes: analysis.quotes.map((q) => ({
      article_id: id,
      quote_id: q.id,
      speaker: q.speaker,
      kind: q.kind,
      channel: q.channel ?? null,
      lang: analysis.article.lang,
      day: dayOf(q.date) ?? articleDay,
      data: JSON.stringify(q),
    })),
    events: analysis.events.map((e) => ({
      row: {
        article_id: id,
        event_id: e.id,
        type: e.type,
        status: e.status,
        location: e.location ?? null,
        day: dayOf(e.date) ?? articleDay,
        day_end: lastDayOf(e.date) ?? articleDay,
        data: JSON.stringify(e),
      },
      roles: roleRows(id, e),
    })),
  };
}
