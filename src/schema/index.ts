/** The record types, PLOVER vocabulary, validator and span check. @module */
export * from './analysis.js';
export * from './plover.js';
export * from './validate.js';
