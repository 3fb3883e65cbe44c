/**
 * The store: articles with their analyses, behind the `Store` interface (SQLite today), plus
 * ingest and re-analysis on top of it.
 * @module
 */
export * from './ingest.js';
export * from './iterate.js';
export * from './keys.js';
export * from './reanalyze.js';
export * from './sqlite/open.js';
export type * from './store.js';
export type * from './types.js';
export * from './version.js';
