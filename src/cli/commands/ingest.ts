/**
 * `parley ingest PATH|URL …`: analyse articles into the store. Re-ingesting is safe: a stored
 * article (same id, URL or text) is updated, never duplicated, and analysed again only when its
 * text, language or date changed. Each article is committed on its own, so an interrupted run
 * resumes where it stopped when run again.
 * @module
 */
import type { Command } from 'commander';
import { ParleyError } from '../../core/errors.js';
import type { ArticleInput } from '../../pipeline/doc.js';
import { openSqliteStore } from '../../store/sqlite/open.js';
import { defaultAnalyzer } from '../analyzer.js';
import { loadConfig } from '../config.js';
import { resolveDbPath } from '../db-path.js';
import { reportFailures } from '../failures.js';
import { describeCounts, type IngestRun, runIngest } from '../ingest-run.js';
import { readSources } from '../sources.js';
import { checkMetadataFlags } from './analyze.js';

interface IngestOptions {
  db?: string;
  config?: string;
  lang?: string;
  source?: string;
  published?: string;
  maxBytes?: number;
  quiet?: boolean;
  json?: boolean;
}

/** `--lang` forces the language; `--source` and `--published` fill in what an article does not say. */
function overrides(o: IngestOptions): ((a: ArticleInput) => ArticleInput) | undefined {
  if (o.lang === undefined && o.source === undefined && o.published === undefined) return undefined;
  const defaults = { ...(o.source ? { source: o.source } : {}), ...(o.published ? { published: o.published } : {}) };
  return (a) => ({ ...defaults, ...a, ...(o.lang ? { lang: o.lang } : {}) });
}

function printSummary(run: IngestRun, db: string, json: boolean | undefined): void {
  const done = Object.values(run.counts).reduce((a, b) => a + b, 0);
  if (json) {
    const failed = run.failures.map((f) => ({ ...f.origin, code: f.error.code, message: f.error.message }));
    process.stdout.write(`${JSON.stringify({ db, ...run.counts, failed, interrupted: run.interrupted })}\n`);
  } else {
    const of = run.interrupted ? `${done} of ${run.total}` : `${run.total}`;
    process.stdout.write(
      `Ingested ${of} article${run.total === 1 ? '' : 's'} into ${db} in ${run.seconds.toFixed(1)} s: ${describeCounts(run.counts)}.\n`,
    );
  }
  reportFailures(run.failures);
  if (run.interrupted) {
    process.stderr.write(
      `Interrupted: ${run.total - done} articles not ingested. The database is consistent; run the same command again to resume.\n`,
    );
    process.exitCode = 130;
  }
}

async function run(sources: string[], o: IngestOptions): Promise<void> {
  checkMetadataFlags(o);
  if (o.maxBytes !== undefined && !(o.maxBytes > 0))
    throw new ParleyError('E_USAGE', '--max-bytes must be a positive number of bytes.');
  const db = resolveDbPath(o.db, loadConfig(o.config).db);
  const reads = await readSources(sources, o.maxBytes);
  const store = await openSqliteStore(db);
  try {
    const result = await runIngest(store, reads, { ...defaultAnalyzer(), override: overrides(o), quiet: o.quiet });
    printSummary(result, db, o.json);
  } finally {
    await store.close();
  }
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Analyse articles into the store (SQLite): files, directories, JSONL, feeds, or http(s) URLs.')
    .argument('<sources...>', 'files (.txt .html .json .jsonl .xml/.rss/.atom), directories, - (stdin), or URLs')
    .option('--db <path>', 'the database file (default: $PARLEY_DB, else ./parley.db)')
    .option('--config <file>', 'configuration file (default: ./parley.config.yaml if present)')
    .option('--lang <code>', 'force the language of every article (nb, nn, sv, da, de, en)')
    .option('--source <name>', 'the outlet, for articles that do not say')
    .option('--published <date>', 'publication date (ISO 8601), for articles that do not say')
    .option('--max-bytes <n>', 'largest file or download to read', (v) => Number.parseInt(v, 10))
    .option('--quiet', 'no progress display')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ parley ingest examples/articles
  $ parley ingest https://example.org/feed.xml wire.jsonl --db data/news.db
  $ PARLEY_DB=news.db parley ingest today/
Running it again is safe: unchanged articles are skipped, changed ones updated, nothing is
duplicated. After Ctrl-C, run the same command again to resume.
Exit status: 0 when every article was stored, 1 when any failed (each failure is listed).`,
    )
    .action(run);
}
