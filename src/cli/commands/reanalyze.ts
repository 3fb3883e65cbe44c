/**
 * `parley reanalyze`: after a pipeline upgrade, run the pipeline again on every stored article
 * whose analysis was made by another pipeline version (or on all with `--all`).
 * @module
 */
import type { Command } from 'commander';
import { countStale, reanalyzeStore } from '../../store/reanalyze.js';
import { openSqliteStore } from '../../store/sqlite/open.js';
import { defaultAnalyzer } from '../analyzer.js';
import { loadConfig } from '../config.js';
import { resolveDbPath } from '../db-path.js';
import { reportFailures } from '../failures.js';
import { catchInterrupt } from '../interrupt.js';
import { createProgress } from '../progress.js';

interface ReanalyzeOptions {
  db?: string;
  config?: string;
  all?: boolean;
  quiet?: boolean;
}

async function run(o: ReanalyzeOptions): Promise<void> {
  const db = resolveDbPath(o.db, loadConfig(o.config).db);
  const store = await openSqliteStore(db);
  const analyzer = defaultAnalyzer();
  const interrupt = catchInterrupt();
  try {
    const total = await countStale(store, analyzer.pipelineVersion, o.all);
    const progress = createProgress('reanalyze', total, { quiet: o.quiet || total === 0 });
    let done = 0;
    let failed = 0;
    const result = await reanalyzeStore(store, {
      ...analyzer,
      all: o.all,
      shouldStop: () => interrupt.requested,
      onArticle: (_id, error) => {
        if (error) failed++;
        progress.update(++done, `${done - failed} re-analysed, ${failed} failed`);
      },
    });
    progress.stop();
    process.stdout.write(
      `Re-analysed ${result.reanalysed} of ${total} article${total === 1 ? '' : 's'} in ${db} with pipeline ${analyzer.pipelineVersion}${total === 0 ? ' (all current)' : ''}.\n`,
    );
    reportFailures(result.failed.map((f) => ({ origin: { file: `article ${f.id}` }, error: f.error })));
    if (result.stopped) {
      process.stderr.write('Interrupted; the database is consistent. Run the same command again to finish.\n');
      process.exitCode = 130;
    }
  } finally {
    interrupt.dispose();
    await store.close();
  }
}

export function registerReanalyze(program: Command): void {
  program
    .command('reanalyze')
    .description('Run the pipeline again on stored articles analysed by an older pipeline version.')
    .option('--db <path>', 'the database file (default: $PARLEY_DB, else ./parley.db)')
    .option('--config <file>', 'configuration file (default: ./parley.config.yaml if present)')
    .option('--all', 're-analyse every article, current ones too')
    .option('--quiet', 'no progress display')
    .addHelpText(
      'after',
      `
Examples:
  $ parley reanalyze                 after upgrading Parley
  $ parley reanalyze --all --db data/news.db
Articles already analysed by the current pipeline are skipped; Ctrl-C is safe, and running it
again finishes the rest.`,
    )
    .action(run);
}
