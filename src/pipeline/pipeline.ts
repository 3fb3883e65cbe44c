/**
 * `createPipeline(stages)`: checks at build time that every stage's `requires` is provided by an
 * earlier stage, then runs the stages in order, wrapping any failure with the stage's name and
 * the article id.
 * @module
 */
import { isParleyError, ParleyError } from '../core/errors.js';
import { contentHash } from '../core/hash.js';
import { normalizeText } from '../core/text.js';
import { createTrace, type Trace } from '../core/trace.js';
import { bundledKnowledgeBase } from '../kb/bundled.js';
import type { KnowledgeBase } from '../kb/kb.js';
import { type Analysis, SCHEMA_ID } from '../schema/analysis.js';
import type { ArticleInput, DocField, PipelineDoc } from './doc.js';
import type { Stage, StageContext } from './stage.js';

export interface RunOptions {
  /** Force the language instead of detecting it. */
  lang?: string;
  /** Record which rule produced each record (`--trace`). */
  trace?: boolean;
  /** The knowledge base to link to (default: the bundled one). */
  kb?: KnowledgeBase;
}

export interface RunResult {
  analysis: Analysis;
  trace: Trace;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(input: ArticleInput, options?: RunOptions): RunResult;
}

/** What the pipeline itself provides before the first stage: the article text. */
const INITIAL: readonly DocField[] = ['text'];

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Set<DocField>(INITIAL);
  for (const stage of stages) {
    const missing = stage.requires.filter((r) => !provided.has(r));
    if (missing.length > 0)
      throw new ParleyError(
        'E_STAGE_REQUIRES',
        `stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides.`,
        { stage: stage.name, hint: 'Put a stage that provides it earlier in the list.' },
      );
    for (const p of stage.provides) provided.add(p);
  }
  return {
    stages,
    run: (input, options = {}) => runStages(stages, input, options),
  };
}

function runStages(stages: readonly Stage[], input: ArticleInput, options: RunOptions): RunResult {
  const trace = createTrace(options.trace ?? false);
  const ctx: StageContext = { trace, lang: options.lang ?? input.lang, kb: options.kb ?? bundledKnowledgeBase() };
  let doc = initialDoc(input);
  for (const stage of stages) {
    try {
      doc = stage.run(doc, ctx);
    } catch (e) {
      if (isParleyError(e) && e.code !== 'E_INTERNAL') throw e;
      throw new ParleyError('E_STAGE_FAILED', `stage "${stage.name}" failed: ${(e as Error).message}`, {
        cause: e,
        stage: stage.name,
        articleId: doc.article.id,
        hint: 'This is a bug in Parley: please report it with the article.',
      });
    }
  }
  return { analysis: toAnalysis(doc), trace };
}

function initialDoc(input: ArticleInput): PipelineDoc {
  const text = normalizeText(input.text);
  const article = {
    id: input.id ?? `a-${contentHash(text)}`,
    ...(input.url ? { url: input.url } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(input.title ? { title: input.title } : {}),
    lang: input.lang ?? '',
    ...(input.published ? { published: input.published } : {}),
    text,
  };
  return { article };
}

function toAnalysis(doc: PipelineDoc): Analysis {
  return {
    schema: SCHEMA_ID,
    article: doc.article,
    entities: doc.entities ?? [],
    quotes: doc.quotes ?? [],
    events: doc.events ?? [],
    times: doc.times ?? [],
  };
}
