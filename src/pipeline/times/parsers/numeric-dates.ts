/**
 * Numeric dates: ISO "2026-02-17" in every language, and day.month(.year) where the language
 * writes it ("17.2.2026", "den 16.5.", "am 17.2."). Without a year, the second dot is required
 * ("17.2." is a date, "17.2" a decimal), and a clock word before it ("kl. 10.05.") rules it out.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { dayNumber } from '../calendar.js';
import { type Hit, hits } from '../match.js';
import { alternation, compiled } from '../patterns.js';
import { dayCandidate, resolveDayMonth } from '../resolve.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

const ISO = '(?<![\\p{L}\\p{N}-])(?<iy>(?:19|20)\\d{2})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])(?![\\p{N}])';

function pattern(pack: LanguagePack): string {
  if (!pack.time.numericDates) return ISO;
  const clock = pack.time.clockWords.length > 0 ? `(?<!(?:${alternation(pack.time.clockWords)})\\.?\\s*)` : '';
  const article = `(?:(?<art>${alternation(pack.time.dateArticles)})\\s+)?`;
  const dotted = `${clock}${article}(?<![\\p{L}\\p{N}.,])(?<d>3[01]|[12]\\d|0?[1-9])\\.(?<m>1[0-2]|0?[1-9])\\.(?<y>(?:19|20)\\d{2}(?!\\p{N}))?(?![\\p{N}])`;
  return `${ISO}|${dotted}`;
}

function read(ctx: TimeContext, h: Hit): Candidate | undefined {
  const g = h.groups;
  if (g.iy !== undefined) {
    const day = dayNumber(Number(g.iy), Number(g.im), Number(g.id));
    return day === undefined ? undefined : dayCandidate(h.start, h.end, day, 'iso-date');
  }
  const [d, m] = [Number(g.d), Number(g.m)];
  if (g.y !== undefined) {
    const day = dayNumber(Number(g.y), m, d);
    return day === undefined ? undefined : dayCandidate(h.start, h.end, day, 'numeric-date');
  }
  const day = ctx.ref === undefined ? undefined : resolveDayMonth(ctx.ref, m, d, undefined, ctx.tense(h.start, h.end));
  // A date written without a year keeps its closing dot outside the span (it often ends the sentence).
  return day === undefined ? undefined : dayCandidate(h.start, h.end - 1, day, 'numeric-date');
}

/** ISO and day.month(.year) dates (rules `iso-date`, `numeric-date`). */
export const numericDates: TimeParser = (ctx) =>
  hits(
    ctx,
    compiled(ctx.pack, 'numeric-dates', () => pattern(ctx.pack)),
  )
    .map((h) => read(ctx, h))
    .filter((c): c is Candidate => c !== undefined);
