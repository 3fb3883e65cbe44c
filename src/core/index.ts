/** Pure helpers shared by every layer: errors, spans, text folding, hashing, tracing. @module */
export * from './errors.js';
export * from './hash.js';
export * from './span.js';
export * from './text.js';
export * from './trace.js';
