/**
 * Months and years: "i februar", "in March 2025", "februar 2026", "i 2022", "i fjor",
 * "last month". A month without a year is the last one up to publication in a past clause and
 * the next one from it in a future clause. Values: "2026-02" (month), "2022" (year).
 * @module
 */
import type { LanguagePack } from '../../../lang/types.js';
import { addMonths, formatMonth, toYmd } from '../calendar.js';
import { hits } from '../match.js';
import { alternation, compiled, lookup } from '../patterns.js';
import { resolveMonthYear } from '../resolve.js';
import type { Candidate, TimeContext, TimeParser } from '../types.js';
import { fullMonthNames } from './absolute-dates.js';

const YEAR = '(?:19|20)\\d{2}(?![\\p{N}]|[.,]\\p{N})';

function pattern(pack: LanguagePack): string {
  const t = pack.time;
  // Without a day, abbreviations are too ambiguous ("jul" is also Christmas, "mar" a word).
  const months = alternation(fullMonthNames(pack));
  return [
    `(?:${alternation(t.monthPrefixes)})[\\s-]+(?<month>${months})(?:\\s+(?:(?<year>${YEAR})|(?<mrel>${alternation(Object.keys(t.relativeYears))})))?`,
    `(?<ymonth>${months})\\s+(?<myear>${YEAR})`,
    `(?:${alternation(t.yearPrefixes)})\\s+(?<year2>${YEAR})`,
    `(?<relm>${alternation(Object.keys(t.relativeMonths))})`,
    `(?<rely>${alternation(Object.keys(t.relativeYears))})`,
  ].join('|');
}

function month(ctx: TimeContext, h: ReturnType<typeof hits>[number]): Candidate | undefined {
  const g = h.groups;
  const name = g.month ?? g.ymonth;
  const m = lookup(ctx.pack.months, name);
  const at = h.at(g.month !== undefined ? 'month' : 'ymonth');
  if (m === undefined || !at) return undefined;
  const yearText = g.year ?? g.myear;
  const yearAt = h.at(g.year !== undefined ? 'year' : g.mrel !== undefined ? 'mrel' : 'myear');
  const end = yearAt ? yearAt[1] : at[1];
  if (yearText !== undefined)
    return { start: at[0], end, value: formatMonth(Number(yearText), m), granularity: 'month', rule: 'month-year' };
  if (ctx.ref === undefined) return undefined;
  // "februar i fjor": the month of the year the relative year names.
  const rel = lookup(ctx.pack.time.relativeYears, g.mrel);
  const y = rel !== undefined ? toYmd(ctx.ref).y + rel : resolveMonthYear(ctx.ref, m, ctx.tense(at[0], at[1]));
  return { start: at[0], end, value: formatMonth(y, m), granularity: 'month', rule: 'month' };
}

function relative(ctx: TimeContext, h: ReturnType<typeof hits>[number]): Candidate | undefined {
  if (ctx.ref === undefined) return undefined;
  const { y, m } = toYmd(ctx.ref);
  const months = lookup(ctx.pack.time.relativeMonths, h.groups.relm);
  if (months !== undefined) {
    const to = addMonths(y, m, months);
    return { start: h.start, end: h.end, value: formatMonth(to.y, to.m), granularity: 'month', rule: 'relative-month' };
  }
  const years = lookup(ctx.pack.time.relativeYears, h.groups.rely);
  if (years === undefined) return undefined;
  return { start: h.start, end: h.end, value: String(y + years), granularity: 'year', rule: 'relative-year' };
}

/** Months (`month`, `month-year`, `relative-month`) and years (`year`, `relative-year`). */
export const monthsYears: TimeParser = (ctx) => {
  const out: Candidate[] = [];
  for (const h of hits(
    ctx,
    compiled(ctx.pack, 'months-years', () => pattern(ctx.pack)),
  )) {
    const at = h.at('year2');
    const c = at
      ? { start: at[0], end: at[1], value: h.groups.year2 ?? '', granularity: 'year' as const, rule: 'year' }
      : h.groups.month !== undefined || h.groups.ymonth !== undefined
        ? month(ctx, h)
        : relative(ctx, h);
    if (c) out.push(c);
  }
  return out;
};
