/**
 * What goes into and comes out of a `Store`: records to save, filters, pages and the shapes the
 * API and exports read. Dialect-independent.
 * @module
 */
import type { Analysis, EntityType, Event, EventStatus, Quote, QuoteKind } from '../schema/analysis.js';
import type { PloverEventType } from '../schema/plover.js';

/** Article metadata exactly as the input gave it (before detection), kept for re-analysis. */
export interface ArticleMeta {
  id?: string;
  url?: string;
  source?: string;
  title?: string;
  lang?: string;
  published?: string;
}

/** One article with its analysis, ready to be saved in one transaction. */
export interface ArticleRecord {
  analysis: Analysis;
  /** Hash of the normalised text: two articles with the same one are the same article. */
  textHash: string;
  /** Hash of what the analysis depends on (text, given language and date). */
  inputHash: string;
  /** Metadata as given, so that `reanalyze` can run the pipeline again on the same input. */
  input: ArticleMeta;
  /** The pipeline stamp (src/store/version.ts) that produced `analysis`. */
  pipelineVersion: string;
  /** Where it came from: "file.jsonl:3", a URL, "api". */
  origin?: string;
}

/** How an article can be recognised again: by id, by URL, or by its normalised text. */
export interface ArticleKeys {
  id?: string;
  url?: string;
  textHash: string;
}

/** What ingest needs to know about a stored article to decide whether to re-analyse it. */
export interface ArticleStamp {
  id: string;
  url?: string;
  textHash: string;
  inputHash: string;
  pipelineVersion: string;
}

export interface SaveResult {
  status: 'inserted' | 'updated';
  /** Other stored articles that were the same article (same URL or text) and were merged into this one. */
  merged: string[];
}

/** A page of results; pass `nextCursor` back as `cursor` for the next one (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  /** Page size (the API caps it). */
  limit: number;
  cursor?: string;
}

/** Inclusive day range, `YYYY-MM-DD`. */
export interface DayRange {
  from?: string;
  to?: string;
}

export interface ArticleFilter extends DayRange {
  /** Full-text search over title and text. */
  q?: string;
  lang?: string;
  source?: string;
  /** Articles that mention this entity id. */
  entity?: string;
  /** Only articles whose analysis was made by another pipeline stamp than this one. */
  staleFor?: string;
}

export interface ArticleSummary {
  id: string;
  url?: string;
  source?: string;
  title?: string;
  lang: string;
  published?: string;
  counts: { entities: number; quotes: number; events: number };
  pipelineVersion: string;
  ingestedAt: string;
  updatedAt: string;
}

export interface StoredArticle extends ArticleSummary {
  analysis: Analysis;
  input: ArticleMeta;
  origin?: string;
}

/** The article a quote or an event was read from. */
export interface ArticleRef {
  id: string;
  title?: string;
  source?: string;
  url?: string;
  lang: string;
  published?: string;
}

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
  wikidata?: string;
}

export interface EntitySummary extends EntityRef {
  /** Articles that mention it. */
  articles: number;
  /** Mentions over all articles. */
  mentions: number;
}

export interface CoMention extends EntityRef {
  /** Articles that mention both. */
  shared: number;
}

export interface EntityFilter {
  type?: EntityType;
  /** Name search: folded substring. */
  q?: string;
}

export interface QuoteFilter extends DayRange {
  speaker?: string;
  channel?: string;
  lang?: string;
  /** The article's outlet. */
  source?: string;
  kind?: QuoteKind;
  article?: string;
  /** Full-text search over the quote text. */
  q?: string;
}

export interface StoredQuote extends Quote {
  article: ArticleRef;
  /** The quote's date, else the article's publication day. */
  day?: string;
}

export interface EventFilter extends DayRange {
  type?: PloverEventType;
  status?: EventStatus;
  actor?: string;
  target?: string;
  location?: string;
  article?: string;
  /** Events where this entity plays any role (actor, target, mediator, location). */
  entity?: string;
  /** The article's language. */
  lang?: string;
  /** The article's outlet. */
  source?: string;
}

export interface StoredEvent extends Event {
  article: ArticleRef;
  /** The event's (first) date, else the article's publication day. */
  day?: string;
}

/** Events per day and type. */
export interface TimelineRow {
  day: string;
  type: PloverEventType;
  count: number;
}

export interface StoreStats {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
  languages: Record<string, number>;
  /** Articles per pipeline stamp. */
  pipelineVersions: Record<string, number>;
  /** First and last publication day. */
  firstDay?: string;
  lastDay?: string;
}
