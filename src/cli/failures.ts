/**
 * The end-of-batch failure summary: every article that could not be read or analysed, with
 * its file (and line) and what to do; any failure makes the exit status 1.
 * @module
 */
import type { ParleyError } from '../core/errors.js';
import type { Origin } from '../ingest/files.js';
import { colors } from './color.js';

export interface Failure {
  origin: Origin;
  error: ParleyError;
}

export function reportFailures(failures: readonly Failure[]): void {
  if (failures.length === 0) return;
  const c = colors(process.stderr);
  process.stderr.write(`${c.red(c.bold(`${failures.length} input${failures.length === 1 ? '' : 's'} failed:`))}\n`);
  for (const f of failures) process.stderr.write(`  ${f.error.describe()}\n`);
  process.exitCode = 1;
}
