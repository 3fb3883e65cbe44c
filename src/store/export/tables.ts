/**
 * The flat tables of `parley export --format quotes-csv | events-csv | entities-csv`: the
 * header and one row per quote, event or entity. Entity names come from the store, so ids
 * can be read without a lookup.
 * @module
 */
import type { EntityRef, EntitySummary, StoredEvent, StoredQuote } from '../types.js';
import type { CsvValue } from './csv.js';

export const QUOTE_COLUMNS = [
  'article_id',
  'quote_id',
  'published',
  'lang',
  'source',
  'url',
  'speaker_id',
  'speaker_name',
  'speaker_wikidata',
  'kind',
  'channel',
  'date',
  'start',
  'end',
  'text',
] as const;

export const EVENT_COLUMNS = [
  'article_id',
  'event_id',
  'type',
  'status',
  'date',
  'modes',
  'contexts',
  'actor_ids',
  'actor_names',
  'target_ids',
  'target_names',
  'mediator_ids',
  'location_id',
  'location_name',
  'killed',
  'injured',
  'quantities',
  'trigger',
  'evidence_start',
  'evidence_end',
  'evidence',
  'source_quotes',
  'rule',
  'published',
  'lang',
  'source',
  'url',
] as const;

export const ENTITY_COLUMNS = ['id', 'type', 'name', 'wikidata', 'articles', 'mentions'] as const;

export type Names = ReadonlyMap<string, EntityRef>;

/** Lists join with "|" (a character that ids and PLOVER tokens never hold). */
const list = (xs: readonly string[] | undefined) => (xs ?? []).join('|');
const names = (ids: readonly string[], refs: Names) => ids.map((id) => refs.get(id)?.name ?? id).join('|');

export function quoteRow(q: StoredQuote, refs: Names): CsvValue[] {
  const a = q.article;
  const speaker = q.speaker ? refs.get(q.speaker) : undefined;
  return [
    a.id,
    q.id,
    a.published,
    a.lang,
    a.source,
    a.url,
    q.speaker,
    speaker?.name,
    speaker?.wikidata,
    q.kind,
    q.channel,
    q.date ?? q.day,
    q.span.start,
    q.span.end,
    q.text,
  ];
}

export function eventRow(e: StoredEvent, refs: Names): CsvValue[] {
  const a = e.article;
  const { killed, injured, ...rest } = e.quantities ?? {};
  return [
    a.id,
    e.id,
    e.type,
    e.status,
    e.date ?? e.day,
    list(e.modes),
    list(e.contexts),
    list(e.actors),
    names(e.actors, refs),
    list(e.targets),
    names(e.targets, refs),
    list(e.mediators),
    e.location,
    e.location ? (refs.get(e.location)?.name ?? e.location) : undefined,
    killed,
    injured,
    Object.keys(rest).length ? JSON.stringify(rest) : undefined,
    e.trigger.text,
    e.evidence.start,
    e.evidence.end,
    e.evidence.text,
    list(e.sources),
    e.rule,
    a.published,
    a.lang,
    a.source,
    a.url,
  ];
}

export function entityRow(e: EntitySummary): CsvValue[] {
  return [e.id, e.type, e.name, e.wikidata, e.articles, e.mentions];
}
