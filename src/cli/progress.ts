/**
 * Progress on standard error: a cli-progress bar on a terminal, plain lines otherwise (CI logs,
 * pipes), at most one every two seconds plus one at each tenth of the work.
 * @module
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** `done` of the total are finished; `detail` is a short status ("12 analysed, 1 failed"). */
  update(done: number, detail: string): void;
  /** Ends the bar (or prints the last line). */
  stop(): void;
}

const PLAIN_INTERVAL_MS = 2000;

function barProgress(label: string, total: number, stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} {percentage}% | ETA {eta_formatted} | {detail}`,
      stream,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { detail: '' });
  return {
    update: (done, detail) => bar.update(done, { detail }),
    stop: () => bar.stop(),
  };
}

function plainProgress(label: string, total: number, stream: NodeJS.WritableStream): Progress {
  let lastAt = Date.now();
  let lastTenth = 0;
  let last = '';
  const line = (done: number, detail: string) =>
    `${label}: ${done}/${total} (${total ? Math.floor((100 * done) / total) : 100}%) ${detail}\n`;
  return {
    update(done, detail) {
      last = line(done, detail);
      const tenth = total ? Math.floor((10 * done) / total) : 10;
      if (tenth > lastTenth || Date.now() - lastAt >= PLAIN_INTERVAL_MS) {
        stream.write(last);
        lastTenth = tenth;
        lastAt = Date.now();
        last = '';
      }
    },
    stop() {
      if (last) stream.write(last);
    },
  };
}

/** A progress display for `total` items of work; `quiet` shows nothing. */
export function createProgress(
  label: string,
  total: number,
  options: { stream?: NodeJS.WriteStream; quiet?: boolean } = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { update() {}, stop() {} };
  return stream.isTTY ? barProgress(label, total, stream) : plainProgress(label, total, stream);
}
