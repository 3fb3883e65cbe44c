/**
 * A counted run of days ending on the day named in the same sentence: "tirsdag aften efter tre
 * dages forhandlinger" → 2025-03-23/2025-03-25, "ended two days of talks on Thursday",
 * "nach dreitägigen Verhandlungen am Mittwoch". The day is read as the last day (news reports
 * a run of talks when it closes). The span runs from the first of the two to the end of the
 * other, and they must stand within `MAX_GAP` characters of each other.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { countPattern, countValue } from '../count.js';
import { hits } from '../match.js';
import { alternation, compiled } from '../patterns.js';
import { intervalCandidate } from '../resolve.js';
import type { Candidate, TimeRefiner } from '../types.js';

const MAX_GAP = 60;
const MAX_DAYS = 14;

function pattern(pack: LanguagePack): string {
  return `(?<count>${countPattern(pack)})[\\s-]?(?:${alternation(pack.time.dayDurations, { before: false })})`;
}

/** Turns a day with a counted run of days beside it into the interval ending on it (rule `duration`). */
export const durations: TimeRefiner = (ctx, found) => {
  const runs = hits(
    ctx,
    compiled(ctx.pack, 'durations', () => pattern(ctx.pack)),
  );
  if (runs.length === 0) return found;
  return found.map((c): Candidate => {
    if (c.first === undefined || c.first !== c.last || c.bare) return c;
    const run = runs.find(
      (r) => Math.max(r.start - c.end, c.start - r.end) <= MAX_GAP && (r.end <= c.start || c.end <= r.start),
    );
    const n = run && countValue(ctx.pack, run.groups.count);
    if (!run || n === undefined || n < 2 || n > MAX_DAYS) return c;
    return intervalCandidate(
      Math.min(run.start, c.start),
      Math.max(run.end, c.end),
      c.first - (n - 1),
      c.first,
      'duration',
    );
  });
};
