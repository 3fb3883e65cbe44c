/**
 * The stage contract: a named, declared transform of the working document.
 * @module
 */
import type { Trace } from '../core/trace.js';
import type { DocField, PipelineDoc } from './doc.js';

export interface StageContext {
  readonly trace: Trace;
  /** A language forced by the caller (`--lang`); skips detection. */
  readonly lang?: string;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly DocField[];
  readonly provides: readonly DocField[];
  run(doc: PipelineDoc, ctx: StageContext): PipelineDoc;
}
