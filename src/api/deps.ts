/**
 * What the routes need: the store, the pipeline, the ingest token and the knowledge base.
 * @module
 */
import { ParleyError } from '../core/errors.js';
import type { KnowledgeBase } from '../kb/kb.js';
import type { Analyze } from '../store/ingest.js';
import type { Store } from '../store/store.js';

export interface ApiDeps {
  store: Store;
  /** The pipeline, for POST /api/analyze and POST /api/articles. */
  analyze: Analyze;
  /** Stamp of `analyze` (src/store/version.ts), stored with each ingested analysis. */
  pipelineVersion: string;
  /** Bearer token for POST /api/articles; without one the API is read-only. */
  token?: string;
  kb: KnowledgeBase;
}

/** Throws `E_API_NOT_FOUND` for a missing resource. */
export function orNotFound<T>(value: T | undefined, what: string, id: string, hint?: string): T {
  if (value === undefined)
    throw new ParleyError('E_API_NOT_FOUND', `no ${what} with id "${id}".`, {
      hint: hint ?? `List them with GET /api/${what === 'entity' ? 'entities' : `${what}s`}.`,
    });
  return value;
}
