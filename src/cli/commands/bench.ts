/**
 * `parley bench [--articles N] [--runs R] [--json]`: throughput and peak memory of the pipeline
 * alone and of ingest into a fresh store, the median of R runs, each run in a fresh process.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Command, Option } from 'commander';
import { ParleyError } from '../../core/errors.js';
import { defaultAnalyzer } from '../analyzer.js';
import { BENCH_PHASES, type BenchPhase, type PhaseResult, runPhase } from '../bench-phase.js';

const BIN = fileURLToPath(new URL('../../../bin/parley.js', import.meta.url));

interface BenchOptions {
  articles: number;
  runs: number;
  json?: boolean;
  phase?: BenchPhase;
}

/** The median phase result of several runs (by time; peak RSS is its own median). */
export interface BenchSummary {
  phase: BenchPhase;
  articles: number;
  runs: number;
  articlesPerSecond: number;
  mbPerSecond: number;
  peakRssMb: number;
  /** Articles the pipeline failed on, per run. */
  failed: number;
  seconds: number[];
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Summarises the runs of one phase. */
export function summarise(runs: readonly PhaseResult[]): BenchSummary {
  const first = runs[0] as PhaseResult;
  const seconds = median(runs.map((r) => r.seconds));
  return {
    phase: first.phase,
    articles: first.articles,
    runs: runs.length,
    articlesPerSecond: first.articles / seconds,
    mbPerSecond: first.bytes / 1e6 / seconds,
    peakRssMb: median(runs.map((r) => r.peakRssMb)),
    failed: first.failed,
    seconds: runs.map((r) => r.seconds),
  };
}

function runChild(phase: BenchPhase, articles: number): PhaseResult {
  const r = spawnSync(process.execPath, [BIN, 'bench', '--phase', phase, '--articles', String(articles)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0)
    throw new ParleyError('E_INTERNAL', `the ${phase} benchmark run failed: ${r.stderr.trim() || r.error?.message}`);
  return JSON.parse(r.stdout) as PhaseResult;
}

function table(results: readonly BenchSummary[]): string {
  const rows = [
    ['phase', 'articles', 'failed', 'runs', 'articles/s', 'MB/s', 'peak RSS'],
    ...results.map((r) => [
      r.phase,
      String(r.articles),
      String(r.failed),
      String(r.runs),
      r.articlesPerSecond.toFixed(1),
      r.mbPerSecond.toFixed(2),
      `${r.peakRssMb.toFixed(0)} MB`,
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function positive(flag: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new ParleyError('E_USAGE', `${flag} "${v}" must be a whole number ≥ 1.`);
    return n;
  };
}

async function run(o: BenchOptions): Promise<void> {
  if (o.phase) {
    process.stdout.write(`${JSON.stringify(await runPhase(o.phase, o.articles))}\n`);
    return;
  }
  const results: BenchSummary[] = [];
  for (const phase of BENCH_PHASES) {
    const runs = Array.from({ length: o.runs }, () => runChild(phase, o.articles));
    results.push(summarise(runs));
  }
  const meta = { node: process.version, pipelineVersion: defaultAnalyzer().pipelineVersion };
  if (o.json) process.stdout.write(`${JSON.stringify({ ...meta, results }, null, 2)}\n`);
  else
    process.stdout.write(
      `${table(results)}\n(median of ${o.runs} run${o.runs === 1 ? '' : 's'}, Node ${meta.node}, pipeline ${meta.pipelineVersion})\n`,
    );
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('Measure articles/s, MB/s and peak memory of the pipeline and of ingest into a fresh store.')
    .option(
      '--articles <n>',
      'articles per run (the bundled examples, repeated and varied)',
      positive('--articles'),
      500,
    )
    .option('--runs <n>', 'runs per phase; the median is reported', positive('--runs'), 3)
    .option('--json', 'print the results as JSON')
    .addOption(
      new Option('--phase <phase>', 'run one phase in this process (used internally)').choices(BENCH_PHASES).hideHelp(),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ parley bench                       500 articles, 3 runs per phase
  $ parley bench --articles 2000 --runs 5 --json > bench.json
Each run is a fresh process (so peak RSS is its own) and starts with an untimed warm-up pass.
MB/s counts the UTF-8 bytes of article text.`,
    )
    .action(run);
}
