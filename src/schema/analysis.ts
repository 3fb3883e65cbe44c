/**
 * The `parley.analysis/1` record: the contract between the extraction pipeline and everything
 * after it (store, API, UI, exports, evaluation). Mirrors ../shared/spec/analysis-format.md.
 *
 * One additive extension: `rule` (provenance, "which rule made this record") is also carried by
 * entities, quotes and time expressions, as the spec already does for events. It is optional, so
 * a consumer that does not know it can ignore it.
 * @module
 */
import type { PloverEventType } from './plover.js';

export const SCHEMA_ID = 'parley.analysis/1' as const;

export interface Analysis {
  schema: typeof SCHEMA_ID;
  article: Article;
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  times?: TimeExpr[];
}

export interface Article {
  /** Caller's id, else a content hash. */
  id: string;
  url?: string;
  /** Outlet, e.g. "NRK", "Reuters". */
  source?: string;
  title?: string;
  /** ISO 639-1 as detected or given. */
  lang: string;
  /** ISO 8601 date or date-time, as given or found in the HTML. */
  published?: string;
  /** The cleaned body text that all offsets point into. */
  text: string;
}

/** `article.text.slice(start, end) === text`, `end` exclusive, UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  /** Knowledge-base id when linked (stable across articles), else "new:<slug>". */
  id: string;
  type: EntityType;
  /** Canonical display name (English form when the KB has one). */
  name: string;
  wikidata?: string;
  /** Every mention in this article, pronouns excluded. */
  mentions: Span[];
  /** Provenance (extension): which rule found and linked it. */
  rule?: string;
}

export const QUOTE_KINDS = ['direct', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface Quote {
  id: string;
  /** Entity id; null when no speaker could be found. */
  speaker: string | null;
  kind: QuoteKind;
  /** The reported content only: without the quote marks and the cue. */
  text: string;
  /** Where `text` sits. */
  span: Span;
  /** The reporting verb or phrase. */
  cue?: Span;
  /** Normalised: "X", "Telegram", "interview:Axios", "video address", "statement", ... */
  channel?: string;
  /** ISO date when the article says when it was said. */
  date?: string;
  /** Provenance (extension). */
  rule?: string;
}

export const EVENT_STATUSES = ['occurred', 'planned', 'ongoing', 'conditional', 'denied'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface Quantities {
  killed?: number;
  injured?: number;
  drones?: number;
  missiles?: number;
  [kind: string]: number | undefined;
}

export interface Event {
  id: string;
  type: PloverEventType;
  modes: string[];
  contexts?: string[];
  /** Entity ids of who did it. */
  actors: string[];
  /** Entity ids of whom it was done to / with. */
  targets: string[];
  /** Entity ids of third parties hosting or brokering. */
  mediators?: string[];
  /** Entity id of where it happened. */
  location?: string;
  /** ISO date, or interval "2026-02-17/2026-02-18". */
  date?: string;
  status: EventStatus;
  quantities?: Quantities;
  rule?: string;
  trigger: Span;
  evidence: Span;
  /** Ids of quotes that report it, when it was reported speech. */
  sources?: string[];
}

export const TIME_GRANULARITIES = ['instant', 'day', 'part-of-day', 'week', 'month', 'year', 'interval'] as const;
export type TimeGranularity = (typeof TIME_GRANULARITIES)[number];

export interface TimeExpr {
  span: Span;
  value: string;
  granularity: TimeGranularity;
  /** Provenance (extension). */
  rule?: string;
}
