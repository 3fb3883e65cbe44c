/** The multilingual knowledge base. @module */
export * from './bundled.js';
export * from './kb.js';
export * from './types.js';
export * from './validate.js';
