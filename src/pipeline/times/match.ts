/**
 * Running a compiled pattern over one sentence and reading its groups as absolute offsets.
 * @module
 */
import type { TimeContext } from './types.js';

/** One match in a sentence, with offsets into the whole text. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  /** The named groups' texts (undefined when a group did not take part). */
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** A named group's [start, end) in the whole text. */
  at(name: string): [number, number] | undefined;
}

/** Every match of `re` (flags "giud") in `text.slice(start, end)`. */
export function hitsIn(text: string, start: number, end: number, re: RegExp): Hit[] {
  const out: Hit[] = [];
  for (const m of text.slice(start, end).matchAll(re)) {
    if (m[0].length === 0) continue;
    const index = m.index ?? 0;
    const named = m.indices?.groups ?? {};
    out.push({
      start: start + index,
      end: start + index + m[0].length,
      groups: m.groups ?? {},
      at(name) {
        const r = named[name];
        return r ? [start + r[0], start + r[1]] : undefined;
      },
    });
  }
  return out;
}

/** Every match of `re` in the context's sentence. */
export function hits(ctx: TimeContext, re: RegExp): Hit[] {
  return hitsIn(ctx.text, ctx.start, ctx.end, re);
}
