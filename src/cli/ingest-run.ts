/**
 * The ingest batch shared by `parley ingest` and `parley start`: every read article is ingested
 * in its own transaction, with progress, failures collected, and Ctrl-C honoured between
 * articles.
 * @module
 */
import { isParleyError } from '../core/errors.js';
import type { ReadResult } from '../ingest/files.js';
import type { ArticleInput } from '../pipeline/doc.js';
import { type IngestStatus, ingestArticle } from '../store/ingest.js';
import type { Store } from '../store/store.js';
import type { Analyzer } from './analyzer.js';
import type { Failure } from './failures.js';
import { catchInterrupt } from './interrupt.js';
import { createProgress } from './progress.js';
import { originLabel } from './sources.js';

export type IngestCounts = Record<IngestStatus | 'failed', number>;

export interface IngestRun {
  total: number;
  counts: IngestCounts;
  failures: Failure[];
  /** True when Ctrl-C stopped the batch early. */
  interrupted: boolean;
  seconds: number;
}

export interface IngestRunOptions extends Analyzer {
  /** Applied to each article before ingest (command-line metadata flags). */
  override?: (a: ArticleInput) => ArticleInput;
  quiet?: boolean;
}

const detail = (c: IngestCounts) =>
  `${c.analysed} analysed, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed`;

/** Ingests `reads` into `store`; never throws for a bad article, only for a bug. */
export async function runIngest(store: Store, reads: readonly ReadResult[], o: IngestRunOptions): Promise<IngestRun> {
  const started = performance.now();
  const counts: IngestCounts = { analysed: 0, updated: 0, unchanged: 0, failed: 0 };
  const failures: Failure[] = [];
  const progress = createProgress('ingest', reads.length, { quiet: o.quiet });
  const interrupt = catchInterrupt();
  let done = 0;
  try {
    for (const r of reads) {
      // better-sqlite3 is synchronous, so without this turn of the event loop a Ctrl-C would
      // only be seen after the whole batch.
      await new Promise((resolve) => setImmediate(resolve));
      if (interrupt.requested) break;
      if (r.ok) {
        try {
          const input = o.override ? o.override(r.article) : r.article;
          const origin = originLabel(r);
          counts[(await ingestArticle(store, input, { ...o, origin })).status]++;
        } catch (e) {
          if (!isParleyError(e)) throw e;
          failures.push({ origin: r.origin, error: e });
        }
      } else failures.push({ origin: r.origin, error: r.error });
      counts.failed = failures.length;
      progress.update(++done, detail(counts));
    }
  } finally {
    progress.stop();
    interrupt.dispose();
  }
  const seconds = (performance.now() - started) / 1000;
  return { total: reads.length, counts, failures, interrupted: done < reads.length, seconds };
}

/** "26 analysed, 0 updated, 0 unchanged, 0 failed". */
export const describeCounts = detail;
