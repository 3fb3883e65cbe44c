/**
 * Ingesting one article: recognise it (id, URL or normalised text), analyse it only when what
 * the analysis depends on changed, and save it with its analysis in one transaction.
 * @module
 */
import type { ArticleInput } from '../pipeline/doc.js';
import type { Analysis } from '../schema/analysis.js';
import { inputHash, textHash } from './keys.js';
import type { Store } from './store.js';
import type { ArticleMeta } from './types.js';

/** Runs the pipeline on one article (e.g. `(a) => defaultPipeline().run(a).analysis`). */
export type Analyze = (input: ArticleInput) => Analysis;

/**
 * - `analysed`: a new article, analysed and stored;
 * - `updated`: a stored article whose text, date, language or metadata changed;
 * - `unchanged`: already stored as given; nothing was done.
 */
export type IngestStatus = 'analysed' | 'updated' | 'unchanged';

export interface IngestOptions {
  analyze: Analyze;
  /** The stamp of `analyze` (src/store/version.ts). */
  pipelineVersion: string;
  /** Where the article came from, stored with it ("file.jsonl:3", a URL, "api"). */
  origin?: string;
}

export interface IngestOutcome {
  status: IngestStatus;
  id: string;
}

const META_KEYS = ['id', 'url', 'source', 'title', 'lang', 'published'] as const;
const DISPLAY_KEYS = ['url', 'source', 'title'] as const;

/** The metadata the input gave (empty strings dropped). */
export function metaOf(input: ArticleInput): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const k of META_KEYS) if (input[k]) meta[k] = input[k];
  return meta;
}

/** True when the input gives no URL, title or source other than the stored ones. */
function sameDisplay(a: Analysis, input: ArticleInput): boolean {
  return DISPLAY_KEYS.every((k) => !input[k] || input[k] === a.article[k]);
}

/**
 * Stores `input`: a stored article with the same id, URL or normalised text is updated (keeping
 * its id), never duplicated; when its text, given language and date are unchanged it is not
 * analysed again, and only new display metadata (URL, title, source) is saved.
 */
export async function ingestArticle(store: Store, input: ArticleInput, o: IngestOptions): Promise<IngestOutcome> {
  const tHash = textHash(input.text);
  const iHash = inputHash(input, tHash);
  const existing = await store.findArticle({ id: input.id, url: input.url, textHash: tHash });
  const base = { textHash: tHash, inputHash: iHash, origin: o.origin };
  if (existing && existing.inputHash === iHash) {
    const stored = await store.getArticle(existing.id);
    if (stored && sameDisplay(stored.analysis, input)) return { status: 'unchanged', id: existing.id };
    if (stored) {
      const article = { ...stored.analysis.article };
      for (const k of DISPLAY_KEYS) if (input[k]) article[k] = input[k];
      const analysis = { ...stored.analysis, article };
      const meta = { ...stored.input, ...metaOf(input), id: existing.id };
      await store.saveArticle({ ...base, analysis, input: meta, pipelineVersion: stored.pipelineVersion });
      return { status: 'updated', id: existing.id };
    }
  }
  // Keep the stored id, so links to the article stay valid when it comes back under another id.
  const given = existing ? { ...input, id: existing.id } : input;
  const analysis = o.analyze(given);
  await store.saveArticle({ ...base, analysis, input: metaOf(given), pipelineVersion: o.pipelineVersion });
  return { status: existing ? 'updated' : 'analysed', id: analysis.article.id };
}
