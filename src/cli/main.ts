/**
 * The `parley` command line. One error boundary: a `ParleyError` prints `CODE: message` and
 * what to do, and sets exit status 2 (usage or configuration) or 1; anything else is a bug and
 * prints its stack.
 * @module
 */
import { Command, CommanderError } from 'commander';
import { isParleyError } from '../core/errors.js';
import { colors } from './color.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerBench } from './commands/bench.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerIngest } from './commands/ingest.js';
import { registerReanalyze } from './commands/reanalyze.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';

/** Errors of usage or configuration: exit status 2. */
const USAGE_CODES: ReadonlySet<string> = new Set(['E_USAGE', 'E_CONFIG', 'E_LANG_UNKNOWN', 'E_KB_INVALID']);

export function buildProgram(): Command {
  const program = new Command('parley')
    .description(
      'Turn news about wars and peace talks into a verifiable record: quotes with speakers and channels,\nPLOVER events, and linked entities, each pointing to the exact characters it came from.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerAnalyze(program);
  registerIngest(program);
  registerServe(program);
  registerStart(program);
  registerExport(program);
  registerReanalyze(program);
  registerEval(program);
  registerBench(program);
  program.addHelpText(
    'after',
    `
Start with:
  $ parley analyze examples/articles            read the bundled examples
  $ parley start                                store the examples and serve them on http://127.0.0.1:4180/
  $ parley ingest feed.xml && parley serve      build your own store and serve it
  $ parley eval --gold eval/gold                score the pipeline on the gold articles
Run "parley help <command>" for a command's options and examples.`,
  );
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    const c = colors(process.stderr);
    if (isParleyError(e)) {
      process.stderr.write(`${c.red(c.bold('error'))} ${e.describe()}\n`);
      process.exitCode = USAGE_CODES.has(e.code) ? 2 : 1;
      return;
    }
    process.stderr.write(
      `${c.red(c.bold('internal error'))} (a bug in Parley; please report it):\n${(e as Error).stack ?? String(e)}\n`,
    );
    process.exitCode = 70;
  }
}

// A reader that stops early (`parley analyze … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

await main(process.argv);
