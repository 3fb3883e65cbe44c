/** Export formats: PLOVER JSONL and flat CSV tables. @module */
export * from './csv.js';
export * from './plover.js';
export * from './tables.js';
