/**
 * Terminal colours, on only for a TTY without NO_COLOR.
 * @module
 */
export interface Colors {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  magenta(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function colors(stream: NodeJS.WriteStream): Colors {
  const on = stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const id = (s: string) => s;
  return on
    ? {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        red: wrap(31, 39),
        green: wrap(32, 39),
        yellow: wrap(33, 39),
        blue: wrap(34, 39),
        magenta: wrap(35, 39),
        cyan: wrap(36, 39),
      }
    : { bold: id, dim: id, red: id, green: id, yellow: id, blue: id, magenta: id, cyan: id };
}
