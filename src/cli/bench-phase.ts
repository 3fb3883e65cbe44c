/**
 * One measured benchmark run, in its own process so that its peak RSS is its own: the pipeline
 * alone, or ingest (pipeline + store) into a fresh database file.
 * @module
 */
import { Buffer } from 'node:buffer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isParleyError } from '../core/errors.js';
import type { ArticleInput } from '../pipeline/doc.js';
import { ingestArticle } from '../store/ingest.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import { defaultAnalyzer } from './analyzer.js';
import { baseArticles, benchCorpus } from './bench-corpus.js';

export const BENCH_PHASES = ['pipeline', 'ingest'] as const;
export type BenchPhase = (typeof BENCH_PHASES)[number];

/** What one run measured. */
export interface PhaseResult {
  phase: BenchPhase;
  articles: number;
  /** UTF-8 bytes of article text processed. */
  bytes: number;
  seconds: number;
  /** Articles the pipeline failed on (counted in the time, reported by `parley analyze`). */
  failed: number;
  /** Peak resident set size of the process, MiB. */
  peakRssMb: number;
}

/** Runs one phase over `n` articles; a warm-up pass over the base articles is not timed. */
export async function runPhase(phase: BenchPhase, n: number): Promise<PhaseResult> {
  const base = baseArticles();
  const corpus = benchCorpus(n, base);
  const { analyze, pipelineVersion } = defaultAnalyzer();
  // Builds the knowledge-base indexes, as a running server would have them.
  for (const a of base) {
    try {
      analyze(a);
    } catch (e) {
      if (!isParleyError(e)) throw e;
    }
  }
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const store = phase === 'ingest' ? await openSqliteStore(join(dir, 'bench.db')) : undefined;
    const one = async (a: ArticleInput) => {
      if (store) await ingestArticle(store, a, { analyze, pipelineVersion });
      else analyze(a);
    };
    let failed = 0;
    const started = performance.now();
    for (const a of corpus)
      await one(a).catch((e: unknown) => {
        if (!isParleyError(e)) throw e;
        failed++;
      });
    await store?.close(); // the final WAL checkpoint is part of ingest
    const seconds = (performance.now() - started) / 1000;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    return { phase, articles: n, bytes, seconds, failed, peakRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
