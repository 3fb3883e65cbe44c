/**
 * Day ranges inside one month: "17.–18. februar", "17. og 18. februar", "17–18 February",
 * "February 17-18", "fra 17. til 19. februar". Value: "2026-02-17/2026-02-18".
 * (Ranges across months or between weekdays are joined by the interval refiner.)
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { type Hit, hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { intervalCandidate } from '../resolve.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';
import { DAY, DAY_MARK, dateDay, monthsPattern, YEAR } from './absolute-dates.js';

function pattern(pack: LanguagePack): string {
  const t = pack.time;
  const joint = `\\s*(?:[-–—]|\\s(?:${alternation(t.rangeConnectors)})\\s)\\s*`;
  const opener = `(?:(?:${alternation(t.rangeOpeners)})\\s+)?`;
  const months = monthsPattern(pack);
  const dayFirst = `${opener}(?<d1>${DAY})${DAY_MARK}${joint}(?<d2>${DAY})${DAY_MARK}\\s*(?:of\\s+)?(?<m>${months})(?:,?\\s+(?<y>${YEAR}))?`;
  if (!t.monthFirst) return dayFirst;
  const suffix = '(?:st|nd|rd|th)?';
  const monthFirst = `${opener}(?<m2>${months})\\s+(?<e1>${DAY})${suffix}${joint}(?<e2>${DAY})${suffix}(?!\\p{N})(?:,?\\s+(?<y2>${YEAR}))?`;
  return `${dayFirst}|${monthFirst}`;
}

function read(ctx: TimeContext, h: Hit): Candidate | undefined {
  const g = h.groups;
  const second = g.d1 === undefined;
  const month = lookup(ctx.pack.months, (second ? g.m2 : g.m)?.replace(/\.$/, ''));
  const [d1, d2] = second ? [g.e1, g.e2] : [g.d1, g.d2];
  if (month === undefined || d1 === undefined || d2 === undefined) return undefined;
  const first = dateDay(ctx, [h.start, h.end], d1, month, second ? g.y2 : g.y);
  if (first === undefined) return undefined;
  const last = first + Number(d2) - Number(d1);
  if (last <= first) return undefined;
  return intervalCandidate(h.start, h.end, first, last, 'date-range');
}

/** Day ranges within one month (rule `date-range`). */
export const dateRanges: TimeParser = (ctx) =>
  hits(
    ctx,
    compiled(ctx.pack, 'date-ranges', () => pattern(ctx.pack)),
  )
    .map((h) => read(ctx, h))
    .filter((c): c is Candidate => c !== undefined);
