/**
 * Shifts a day by a counted span written before it: "en uke før fireårsdagen for invasjonen",
 * "two days after 17 February", "dagen før 24. februar", "the eve of the anniversary",
 * "en uke etter invasjonen" (a bare anchor). One short word may stand between the relation and
 * the day ("the", "den", "dem").
 * @module
 */
import type { LanguagePack, TimeUnit } from '../../../lang/types.js';
import { addMonths, dayNumber, toYmd } from '../calendar.js';
import { countPattern, countValue } from '../count.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { dayCandidate } from '../resolve.js';
import type { Candidate, TimeContext, TimeRefiner } from '../types.js';

const WINDOW = 48;

function pattern(pack: LanguagePack): string {
  const t = pack.time;
  const gap = '(?:\\p{L}{1,4}\\s+)?';
  const counted = `(?<count>${countPattern(pack)})\\s+(?<unit>${alternation(Object.keys(t.units))})\\s+(?<rel>${alternation(Object.keys(t.relations))})`;
  return `(?:${counted}|(?<drel>${alternation(Object.keys(t.dayRelations))}))\\s+${gap}$`;
}

/** `day` moved `n` units (negative: back); months and years keep the day of the month where they can. */
export function shift(day: number, n: number, unit: TimeUnit): number | undefined {
  if (unit === 'day') return day + n;
  if (unit === 'week') return day + 7 * n;
  const { y, m, d } = toYmd(day);
  const to = addMonths(y, m, unit === 'month' ? n : 12 * n);
  return dayNumber(to.y, to.m, d) ?? dayNumber(to.y, to.m, 28);
}

function shifted(ctx: TimeContext, c: Candidate): Candidate | undefined {
  if (c.first === undefined || (c.granularity !== 'day' && !c.bare)) return undefined;
  // The counted span and its relation fit in a short window before the day.
  const from = Math.max(ctx.start, c.start - WINDOW);
  const before = ctx.text.slice(from, c.start);
  const re = compiled(ctx.pack, 'offsets', () => pattern(ctx.pack));
  re.lastIndex = 0;
  const m = re.exec(before);
  if (!m?.groups) return undefined;
  const t = ctx.pack.time;
  const dayRel = lookup(t.dayRelations, m.groups.drel);
  const n = countValue(ctx.pack, m.groups.count);
  const unit = lookup(t.units, m.groups.unit);
  const rel = lookup(t.relations, m.groups.rel);
  const day =
    dayRel !== undefined
      ? c.first + dayRel
      : n !== undefined && unit && rel
        ? shift(c.first, rel * n, unit)
        : undefined;
  if (day === undefined) return undefined;
  return dayCandidate(from + (m.index ?? 0), c.end, day, 'offset');
}

/** Replaces a day preceded by "N units before/after" or "the day before" with the shifted day (rule `offset`). */
export const offsets: TimeRefiner = (ctx, found) => found.map((c) => shifted(ctx, c) ?? c);
