/**
 * Dates written with a month name: "17. februar", "17. februar 2026", "17 February 2026",
 * "tirsdag 17. februar", "February 17", "Feb. 17, 2026", "the 17th of February". A date
 * without a year takes the year that puts it nearest to publication.
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { dayNumber } from '../calendar.js';
import { type Hit, hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { dayCandidate, resolveDayMonth } from '../resolve.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';

/** A day of the month, not part of a longer number. */
export const DAY = '(?<![\\p{N}.,])(?:3[01]|[12]\\d|0?[1-9])';
/** What may follow a day number: the ordinal dot or an English ordinal suffix. */
export const DAY_MARK = '(?:\\.|st|nd|rd|th)?';
/** A four-digit year, not part of a longer number. */
export const YEAR = '(?:19|20)\\d{2}(?![\\p{N}]|[.,]\\p{N})';
/**
 * Full month names: keys that are not the start of a longer name of the same month ("jan" is
 * an abbreviation of "januar"; "mai" and "may" are full names).
 */
export function fullMonthNames(pack: LanguagePack): string[] {
  const entries = Object.entries(pack.months);
  return entries
    .filter(([k, m]) => !entries.some(([other, n]) => n === m && other !== k && other.startsWith(k)))
    .map(([k]) => k);
}

/** A month name, or an abbreviation with its optional dot (a full name leaves a sentence's dot alone). */
export function monthsPattern(pack: LanguagePack): string {
  const full = fullMonthNames(pack);
  const abbreviations = Object.keys(pack.months).filter((k) => !full.includes(k));
  return `(?:${alternation(full)}|(?:${alternation(abbreviations)})\\.?)`;
}

function pattern(pack: LanguagePack): string {
  const weekday = `(?:(?<wd>${alternation(Object.keys(pack.weekdays))}),?\\s+)?`;
  const article = `(?:(?:${alternation(pack.time.dateArticles)})\\s+)?`;
  const months = monthsPattern(pack);
  const dayFirst = `${weekday}${article}(?<d>${DAY})${DAY_MARK}\\s*(?:of\\s+)?(?<m>${months})(?:,?\\s+(?<y>${YEAR}))?`;
  if (!pack.time.monthFirst) return dayFirst;
  const monthFirst = `(?:(?<wd2>${alternation(Object.keys(pack.weekdays))}),?\\s+)?(?<m2>${months})\\s+(?<d2>${DAY})(?:st|nd|rd|th)?(?!\\p{N})(?:,?\\s+(?<y2>${YEAR}))?`;
  return `${dayFirst}|${monthFirst}`;
}

/** Resolves day, month and optional year (and weekday) to a day number. */
export function dateDay(
  ctx: TimeContext,
  at: [number, number],
  d: string,
  month: number,
  year?: string,
  weekday?: number,
): number | undefined {
  if (year !== undefined) return dayNumber(Number(year), month, Number(d));
  if (ctx.ref === undefined) return undefined;
  return resolveDayMonth(ctx.ref, month, Number(d), weekday, ctx.tense(at[0], at[1]));
}

function read(ctx: TimeContext, h: Hit): Candidate | undefined {
  const g = h.groups;
  const second = g.d === undefined;
  const month = lookup(ctx.pack.months, (second ? g.m2 : g.m)?.replace(/\.$/, ''));
  const d = second ? g.d2 : g.d;
  if (month === undefined || d === undefined) return undefined;
  const weekday = lookup(ctx.pack.weekdays, second ? g.wd2 : g.wd);
  const year = second ? g.y2 : g.y;
  const day = dateDay(ctx, [h.start, h.end], d, month, year, weekday);
  if (day === undefined) return undefined;
  return dayCandidate(h.start, h.end, day, year === undefined ? 'date' : 'date-year');
}

/** Dates with a month name (rules `date`, `date-year`). */
export const absoluteDates: TimeParser = (ctx) =>
  hits(
    ctx,
    compiled(ctx.pack, 'absolute-dates', () => pattern(ctx.pack)),
  )
    .map((h) => read(ctx, h))
    .filter((c): c is Candidate => c !== undefined);
