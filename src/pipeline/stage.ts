/**
 * The stage contract: a named, declared transform of the working document.
 * @module
 */
import type { Trace } from '../core/trace.js';
import type { KnowledgeBase } from '../kb/kb.js';
import type { DocField, PipelineDoc } from './doc.js';

export interface StageContext {
  readonly trace: Trace;
  /** A language forced by the caller (`--lang`); skips detection. */
  readonly lang?: string;
  /** The knowledge base entities are linked to. */
  readonly kb: KnowledgeBase;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly DocField[];
  readonly provides: readonly DocField[];
  run(doc: PipelineDoc, ctx: StageContext): PipelineDoc;
}
