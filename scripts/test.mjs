#!/usr/bin/env node
// `npm test`: type-check everything, run every test, and end with the plain line
// "N passed, N failed" (the closing line CI reads).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const tsc = spawnSync(bin('tsc'), ['--noEmit'], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('type check failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
const out = join(dir, 'vitest.json');
const args = ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...process.argv.slice(2)];
const run = spawnSync(bin('vitest'), args, { stdio: 'inherit' });
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  if (!r.success && failed === 0) failed = 1;
} catch {
  failed = 1;
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
