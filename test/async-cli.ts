import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT } from './helpers.js';

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit status and signal. */
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `parley` without blocking the test's event loop (for servers and interrupted runs). */
export function startParley(args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, ['bin/parley.js', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Runs `parley` to the end without blocking the event loop. */
export async function runParley(args: string[], env: Record<string, string> = {}) {
  const r = startParley(args, env);
  const { status } = await r.exited;
  return { status, stdout: r.stdout(), stderr: r.stderr() };
}

/** Waits until `check()` is true, polling; throws after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
