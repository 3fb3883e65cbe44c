/**
 * The relational schema as Kysely sees it. The full analysis record is kept as JSON on the
 * article row (the source of truth); entities, mentions, quotes, events and event roles are
 * derived rows for filtering, and are rebuilt whenever the article is saved.
 * @module
 */
import type { Generated } from 'kysely';

export interface ArticlesTable {
  /** Surrogate key; the search index refers to it. */
  seq: Generated<number>;
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  lang: string;
  published: string | null;
  /** `YYYY-MM-DD` of `published`. */
  day: string | null;
  text_hash: string;
  input_hash: string;
  /** JSON `ArticleMeta`. */
  input: string;
  origin: string | null;
  /** JSON `Analysis`. */
  analysis: string;
  pipeline_version: string;
  /** UTF-8 size of the text. */
  bytes: number;
  n_entities: number;
  n_quotes: number;
  n_events: number;
  ingested_at: string;
  updated_at: string;
}

export interface EntitiesTable {
  id: string;
  type: string;
  name: string;
  wikidata: string | null;
  /** Folded name, for name search. */
  name_key: string;
}

export interface MentionsTable {
  article_id: string;
  entity_id: string;
  count: number;
}

export interface QuotesTable {
  seq: Generated<number>;
  article_id: string;
  quote_id: string;
  speaker: string | null;
  kind: string;
  channel: string | null;
  lang: string;
  day: string | null;
  /** JSON `Quote`. */
  data: string;
}

export interface EventsTable {
  seq: Generated<number>;
  article_id: string;
  event_id: string;
  type: string;
  status: string;
  location: string | null;
  /** First and last day of the event's date (or the article's day). */
  day: string | null;
  day_end: string | null;
  /** JSON `Event`. */
  data: string;
}

export interface EventRolesTable {
  event_seq: number;
  article_id: string;
  entity_id: string;
  role: 'actor' | 'target' | 'mediator' | 'location';
}

export interface Database {
  articles: ArticlesTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  quotes: QuotesTable;
  events: EventsTable;
  event_roles: EventRolesTable;
}
