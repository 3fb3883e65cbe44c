/** Evaluation against gold files: gold checks, matching and scoring. @module */
export * from './gold.js';
export * from './match.js';
export * from './report.js';
export * from './score.js';
