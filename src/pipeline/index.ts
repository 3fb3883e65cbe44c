/** The pipeline: stages, the builder and the default stage list. @module */
export * from './default.js';
export * from './doc.js';
export * from './pipeline.js';
export * from './stage.js';
export { detectLanguage } from './stages/detect-lang.js';
