/**
 * The default pipeline as an `Analyze` function, with its stamp.
 * @module
 */
import { defaultPipeline } from '../pipeline/default.js';
import type { Analyze } from '../store/ingest.js';
import { pipelineStamp } from '../store/version.js';

export interface Analyzer {
  analyze: Analyze;
  /** Stored with each analysis; `parley reanalyze` compares it. */
  pipelineVersion: string;
}

/** The default pipeline, ready for ingest. */
export function defaultAnalyzer(): Analyzer {
  const pipeline = defaultPipeline();
  return { analyze: (input) => pipeline.run(input).analysis, pipelineVersion: pipelineStamp(pipeline.stages) };
}
