/**
 * Re-analysing stored articles after a pipeline upgrade: every article whose stored pipeline
 * stamp differs from the current one (or every article) is run through the pipeline again from
 * its stored text and given metadata, and saved in its own transaction. Interrupting it is safe:
 * the next run picks up the articles that are still stale.
 * @module
 */
import { isParleyError, type ParleyError } from '../core/errors.js';
import type { Analyze } from './ingest.js';
import { inputHash, textHash } from './keys.js';
import type { Store } from './store.js';
import type { StoredArticle } from './types.js';

export interface ReanalyzeOptions {
  analyze: Analyze;
  /** The current stamp (src/store/version.ts). */
  pipelineVersion: string;
  /** Re-analyse current articles too. */
  all?: boolean;
  /** Called after each article. */
  onArticle?: (id: string, error?: ParleyError) => void;
  /** Checked before each article; return true to stop early (Ctrl-C). */
  shouldStop?: () => boolean;
}

export interface ReanalyzeResult {
  reanalysed: number;
  failed: { id: string; error: ParleyError }[];
  /** True when `shouldStop` ended the run early. */
  stopped: boolean;
}

/** How many articles `reanalyzeStore` would visit. */
export async function countStale(store: Store, pipelineVersion: string, all = false): Promise<number> {
  const { pipelineVersions, articles } = await store.stats();
  return all ? articles : articles - (pipelineVersions[pipelineVersion] ?? 0);
}

async function reanalyzeOne(store: Store, stored: StoredArticle, o: ReanalyzeOptions): Promise<void> {
  const input = { ...stored.input, id: stored.id, text: stored.analysis.article.text };
  const tHash = textHash(input.text);
  await store.saveArticle({
    analysis: o.analyze(input),
    textHash: tHash,
    inputHash: inputHash(input, tHash),
    input: { ...stored.input, id: stored.id },
    pipelineVersion: o.pipelineVersion,
    origin: stored.origin,
  });
}

/** Re-analyses the stale articles (all with `all`), page by page. */
export async function reanalyzeStore(store: Store, o: ReanalyzeOptions): Promise<ReanalyzeResult> {
  const result: ReanalyzeResult = { reanalysed: 0, failed: [], stopped: false };
  const filter = o.all ? {} : { staleFor: o.pipelineVersion };
  let cursor: string | undefined;
  do {
    const page = await store.listArticles(filter, { limit: 100, cursor });
    for (const summary of page.items) {
      // Let signals and other requests in between articles (better-sqlite3 never yields).
      await new Promise((resolve) => setImmediate(resolve));
      if (o.shouldStop?.()) return { ...result, stopped: true };
      const stored = await store.getArticle(summary.id);
      if (!stored) continue;
      try {
        await reanalyzeOne(store, stored, o);
        result.reanalysed++;
        o.onArticle?.(stored.id);
      } catch (e) {
        if (!isParleyError(e)) throw e;
        result.failed.push({ id: stored.id, error: e });
        o.onArticle?.(stored.id, e);
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return result;
}
