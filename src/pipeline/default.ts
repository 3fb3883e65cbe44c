/**
 * The default stage list. Order matters: each stage reads what the ones before it provide
 * (createPipeline checks this when it builds).
 * @module
 */

import { entitiesStage } from './entities/index.js';
import { eventsStage } from './events/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { quotesStage } from './quotes/index.js';
import type { Stage } from './stage.js';
import { detectLangStage } from './stages/detect-lang.js';
import { segmentStage } from './stages/segment.js';
import { timesStage } from './stages/times.js';

export const DEFAULT_STAGES: readonly Stage[] = [
  detectLangStage, // everything after reads the language pack
  segmentStage,
  entitiesStage, // quotes and events resolve speakers and actors to these
  timesStage, // dates and numbers, read by events
  quotesStage,
  eventsStage, // last: events cite the quotes that report them
];

let shared: Pipeline | undefined;

/** The default pipeline, built once. */
export function defaultPipeline(): Pipeline {
  shared ??= createPipeline(DEFAULT_STAGES);
  return shared;
}
