/**
 * Weeks and weekends near publication: "forrige uke", "neste uke", "this week", "i helgen",
 * "over the weekend". A week is its ISO week ("2026-W08"); a weekend is the interval of its
 * Saturday and Sunday.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { formatWeek, isoWeekday } from '../calendar.js';
import { hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { intervalCandidate } from '../resolve.js';
import type { Candidate, Tense, TimeParser } from '../types.js';

function pattern(pack: LanguagePack): string {
  const weeks = alternation(Object.keys(pack.time.relativeWeeks));
  const weekends = alternation(Object.keys(pack.time.weekends));
  return `(?<week>${weeks})|(?<weekend>${weekends})`;
}

/**
 * The Saturday of the weekend meant: the last one is the latest Saturday before publication
 * (so "over the weekend" on a Sunday is the one just ending); the coming one is the first
 * Saturday on or after publication.
 */
export function weekendSaturday(ref: number, which: 'past' | 'future'): number {
  const wd = isoWeekday(ref);
  if (which === 'past') return ref - 1 - (wd % 7);
  return ref + ((6 - wd + 7) % 7);
}

/** Relative ISO weeks (rule `relative-week`) and weekends as intervals (`weekend-past|future`). */
export const weeks: TimeParser = (ctx) => {
  const ref = ctx.ref;
  if (ref === undefined) return [];
  const out: Candidate[] = [];
  for (const h of hits(
    ctx,
    compiled(ctx.pack, 'weeks', () => pattern(ctx.pack)),
  )) {
    const offset = lookup(ctx.pack.time.relativeWeeks, h.groups.week);
    if (offset !== undefined) {
      const value = formatWeek(ref + offset * 7);
      out.push({ start: h.start, end: h.end, value, granularity: 'week', rule: 'relative-week' });
      continue;
    }
    const which = lookup(ctx.pack.time.weekends, h.groups.weekend);
    if (which === undefined) continue;
    const tense: Tense = which === 'last' ? 'past' : which === 'next' ? 'future' : ctx.tense(h.start, h.end);
    const saturday = weekendSaturday(ref, tense === 'past' ? 'past' : 'future');
    out.push(intervalCandidate(h.start, h.end, saturday, saturday + 1, `weekend-${tense}`));
  }
  return out;
};
