/**
 * What the end-to-end test (and the screenshot script) needs around the browser: a fresh build
 * of the web UI, a temporary store with articles in it, and `parley serve` on a free port of
 * 127.0.0.1, each cleaned up by its caller.
 * @module
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const PARLEY = join(REPO, 'bin', 'parley.js');

/** Builds the web UI into `outDir` (not web/dist, so a running server is left alone). */
export function buildWeb(outDir: string): void {
  const vite = join(REPO, 'node_modules', '.bin', 'vite');
  const r = spawnSync(
    vite,
    [
      'build',
      '--config',
      join(REPO, 'web', 'vite.config.ts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: REPO, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

/** `parley ingest FILES --db DB` in `cwd`. */
export function ingest(db: string, files: string[], cwd: string): void {
  const r = spawnSync(process.execPath, [PARLEY, 'ingest', ...files, '--db', db, '--quiet'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PARLEY_TOKEN: '' },
  });
  if (r.status !== 0) throw new Error(`parley ingest failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export interface Server {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `parley serve` on a free port of 127.0.0.1 and resolves with its URL. */
export async function serve(db: string, webDir: string, cwd: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    [PARLEY, 'serve', '--db', db, '--web', webDir, '--host', '127.0.0.1', '--port', '0'],
    { cwd, env: { ...process.env, PARLEY_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (d) => {
    out += String(d);
  });
  child.stderr?.on('data', (d) => {
    out += String(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`parley serve did not start within 30 s:\n${out}`)), 30_000);
    const check = () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`parley serve exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
