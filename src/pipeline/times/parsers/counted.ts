/**
 * Counted spans from publication: "for to uker siden", "two weeks ago", "om tre dager",
 * "in two weeks", "vor einem Jahr". The result has the unit's granularity: a day, the ISO week,
 * the month or the year that lies that far away.
 * @module
 */
import type { CountFrame, LanguagePack, TimeUnit } from '../../../lang/types.js';
import { addMonths, formatDay, formatMonth, formatWeek, toYmd } from '../calendar.js';
import { countPattern, countValue } from '../count.js';
import { hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import type { Candidate, TimeParser } from '../types.js';

/** One alternative per frame, with the groups `count<i>` and `unit<i>`. */
function pattern(pack: LanguagePack, frames: readonly CountFrame[]): string {
  const count = countPattern(pack);
  const units = alternation(Object.keys(pack.time.units));
  return frames
    .map((f, i) => {
      const before = f.before ? `(?:${alternation([f.before])})\\s+` : '';
      const after = f.after ? `\\s+(?:${alternation([f.after])})` : '';
      return `${before}(?<count${i}>${count})\\s+(?<unit${i}>${units})${after}`;
    })
    .join('|');
}

/** The candidate for `n` units away from `ref` (negative: back). */
export function countedCandidate(
  ref: number,
  n: number,
  unit: TimeUnit,
  start: number,
  end: number,
  rule: string,
): Candidate {
  switch (unit) {
    case 'day':
      return { start, end, value: formatDay(ref + n), granularity: 'day', rule, first: ref + n, last: ref + n };
    case 'week':
      return { start, end, value: formatWeek(ref + 7 * n), granularity: 'week', rule };
    case 'month': {
      const { y, m } = toYmd(ref);
      const to = addMonths(y, m, n);
      return { start, end, value: formatMonth(to.y, to.m), granularity: 'month', rule };
    }
    case 'year':
      return { start, end, value: String(toYmd(ref).y + n), granularity: 'year', rule };
  }
}

/** "N units ago" (rule `ago`) and "in N units" (rule `later`). */
export const counted: TimeParser = (ctx) => {
  const ref = ctx.ref;
  if (ref === undefined) return [];
  const out: Candidate[] = [];
  for (const dir of ['ago', 'later'] as const) {
    const frames = dir === 'ago' ? ctx.pack.time.agoFrames : ctx.pack.time.laterFrames;
    const re = compiled(ctx.pack, `counted.${dir}`, () => pattern(ctx.pack, frames));
    for (const h of hits(ctx, re)) {
      const i = frames.findIndex((_, k) => h.groups[`count${k}`] !== undefined);
      const n = countValue(ctx.pack, h.groups[`count${i}`]);
      const unit = lookup(ctx.pack.time.units, h.groups[`unit${i}`]);
      if (n === undefined || unit === undefined) continue;
      out.push(countedCandidate(ref, dir === 'ago' ? -n : n, unit, h.start, h.end, dir));
    }
  }
  return out;
};
