/**
 * Resolving calendar names against the publication day: weekdays by tense, day-month dates and
 * months without a year, and candidates built from day numbers.
 * @module
 */
import { dayNumber, formatDay, isoWeekday, nearest, toYmd } from './calendar.js';
import type { Candidate, Tense } from './types.js';

/** How a weekday is resolved: by tense (on or before / on or after the reference day) or by a modifier (strictly). */
export type WeekdayMode = Tense | 'last' | 'next';

/**
 * The day with ISO weekday `weekday` nearest to `ref` in the direction `mode` gives. A past
 * report names the day on or before publication (the publication weekday itself is that day);
 * a plan names the day on or after it; a plan reported from the past the nearest one (the
 * earlier on a tie); "forrige"/"last" and "neste"/"next" exclude the day itself.
 */
export function resolveWeekday(ref: number, weekday: number, mode: WeekdayMode): number {
  const back = (isoWeekday(ref) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(ref) + 7) % 7;
  switch (mode) {
    case 'past':
      return ref - back;
    case 'future':
      return ref + ahead;
    case 'near':
      return ahead < back ? ref + ahead : ref - back;
    case 'last':
      return ref - (back || 7);
    case 'next':
      return ref + (ahead || 7);
  }
}

/** How far after publication a past clause may still date something by day and month alone. */
const PAST_SLACK_DAYS = 31;

/**
 * The day of a day-month date without a year: of last year, this year and next year, the one
 * nearest to `ref` (news dates sit close to publication), preferring one that falls on
 * `weekday` when the text also names the weekday ("tirsdag 17. februar"). In a past clause a
 * date more than a month after publication is taken from the year before ("ble holdt den 16.5.").
 */
export function resolveDayMonth(
  ref: number,
  month: number,
  day: number,
  weekday?: number,
  tense?: Tense,
): number | undefined {
  const y = toYmd(ref).y;
  const options = [y - 1, y, y + 1]
    .map((year) => dayNumber(year, month, day))
    .filter((n): n is number => n !== undefined);
  const matching = weekday === undefined ? [] : options.filter((n) => isoWeekday(n) === weekday);
  const pool = matching.length > 0 ? matching : options;
  const plausible = tense === 'past' ? pool.filter((n) => n - ref <= PAST_SLACK_DAYS) : pool;
  return nearest(ref, plausible.length > 0 ? plausible : pool);
}

/**
 * The year of a month named without one: the last such month up to the publication month in a
 * past clause, the next one from it in a future clause.
 */
export function resolveMonthYear(ref: number, month: number, tense: Tense): number {
  // A month of a plan reported from the past is read as a plan.
  const { y, m } = toYmd(ref);
  if (tense === 'past') return month <= m ? y : y - 1;
  return month >= m ? y : y + 1;
}

/** A day-granularity candidate for day number `day`. */
export function dayCandidate(start: number, end: number, day: number, rule: string): Candidate {
  return { start, end, value: formatDay(day), granularity: 'day', rule, first: day, last: day };
}

/** An interval candidate from `first` to `last` (day numbers, inclusive). */
export function intervalCandidate(start: number, end: number, first: number, last: number, rule: string): Candidate {
  return {
    start,
    end,
    value: `${formatDay(first)}/${formatDay(last)}`,
    granularity: 'interval',
    rule,
    first,
    last,
  };
}
