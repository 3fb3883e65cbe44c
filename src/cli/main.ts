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
import { registerEval } from './commands/eval.js';

export function buildProgram(): Command {
  const program = new Command('parley')
    .description(
      'Turn news about wars and peace talks into a verifiable record: quotes with speakers and channels,\nPLOVER events, and linked entities, each pointing to the exact characters it came from.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerAnalyze(program);
  registerEval(program);
  program.addHelpText(
    'after',
    `
Start with:
  $ parley analyze examples/articles            read the bundled examples
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
      process.exitCode = e.code === 'E_USAGE' || e.code === 'E_LANG_UNKNOWN' || e.code === 'E_KB_INVALID' ? 2 : 1;
      return;
    }
    process.stderr.write(
      `${c.red(c.bold('internal error'))} (a bug in Parley; please report it):\n${(e as Error).stack ?? String(e)}\n`,
    );
    process.exitCode = 70;
  }
}

await main(process.argv);
