/**
 * The shapes the API answers with. The record types come straight from the server's schema
 * (type-only imports, erased at build time), so the UI and the API cannot drift apart.
 * @module
 */

export type { KbEntry, Role } from '../../../src/kb/types.js';
export type {
  Analysis,
  Entity,
  EntityType,
  Event,
  EventStatus,
  Quote,
  QuoteKind,
  Span,
} from '../../../src/schema/analysis.js';
export type { PloverEventType } from '../../../src/schema/plover.js';
export type {
  ArticleRef,
  ArticleSummary,
  CoMention,
  EntityRef,
  EntitySummary,
  StoredArticle,
  StoredEvent,
  StoredQuote,
  StoreStats,
} from '../../../src/store/types.js';

import type { CoMention, EntityRef, EntitySummary, StoredEvent, StoredQuote } from '../../../src/store/types.js';

/** A page of a paged list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A page of quotes or events, with the names of the entities they refer to. */
export interface RefPage<T> extends Page<T> {
  entities: Record<string, EntityRef>;
}

export interface TimelineDay {
  day: string;
  total: number;
  counts: Record<string, number>;
}

export interface TimelineResponse {
  types: string[];
  days: TimelineDay[];
}

export interface EntityPage {
  entity: EntitySummary;
  inKnowledgeBase: boolean;
  quotes: RefPage<StoredQuote>;
  events: { asActor: RefPage<StoredEvent>; asTarget: RefPage<StoredEvent> };
  coMentioned: CoMention[];
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  languages: FacetValue[];
  sources: FacetValue[];
  channels: FacetValue[];
}

export interface StatsResponse {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
  languages: Record<string, number>;
  firstDay?: string;
  lastDay?: string;
  pipeline: { current: string; stale: number };
}
