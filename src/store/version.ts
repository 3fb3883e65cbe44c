/**
 * The pipeline version stored with every analysis. `parley reanalyze` re-runs the pipeline on
 * every article whose stored stamp differs from the current one.
 *
 * Bump `PIPELINE_VERSION` whenever a change to src/pipeline, src/lang or src/kb changes what the
 * pipeline extracts (new rules, fixed spans, new knowledge-base entries). Adding, removing or
 * renaming a stage changes the stamp by itself.
 * @module
 */
import { contentHash } from '../core/hash.js';

/** The extraction pipeline's version; bump it when the output of the pipeline changes. */
export const PIPELINE_VERSION = '0.3.0';

/**
 * The stamp stored with each analysis: the version plus a hash of the stage names, e.g.
 * `0.1.0+3f2a9c01d4e5b6a7`.
 */
export function pipelineStamp(stages: readonly { readonly name: string }[], version = PIPELINE_VERSION): string {
  return `${version}+${contentHash(stages.map((s) => s.name).join(','))}`;
}
