import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, formatDay, formatWeek, isoWeekday, parseIsoDay, weekDays } from './calendar.js';
import { resolveWeekday } from './resolve.js';

const day = (s: string) => parseIsoDay(s) ?? Number.NaN;

describe('calendar arithmetic', () => {
  it.each([
    ['2026-02-18', 3],
    ['2026-02-22', 7],
    ['1970-01-01', 4],
    ['2024-02-29', 4],
  ])('%s is ISO weekday %i', (date, wd) => {
    expect(isoWeekday(day(date))).toBe(wd);
  });

  it.each([
    ['2026-02-18', '2026-W08'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s lies in %s', (date, week) => {
    expect(formatWeek(day(date))).toBe(week);
  });

  it('gives the days of an ISO week', () => {
    expect(weekDays('2026-W08')?.map(formatDay)).toEqual(['2026-02-16', '2026-02-22']);
    expect(weekDays('2020-W53')?.map(formatDay)).toEqual(['2020-12-28', '2021-01-03']);
    expect(weekDays('not a week')).toBeUndefined();
  });

  it('rejects dates that do not exist', () => {
    expect(dayNumber(2026, 2, 29)).toBeUndefined();
    expect(dayNumber(2024, 2, 29)).toBeDefined();
    expect(parseIsoDay('18.02.2026')).toBeUndefined();
  });

  it('adds months across years', () => {
    expect(addMonths(2026, 1, -1)).toEqual({ y: 2025, m: 12 });
    expect(addMonths(2025, 11, 3)).toEqual({ y: 2026, m: 2 });
  });

  it.each([
    // Published Wednesday 2026-02-18 (weekday 3).
    [5, 'past', '2026-02-13'],
    [3, 'past', '2026-02-18'],
    [2, 'past', '2026-02-17'],
    [5, 'future', '2026-02-20'],
    [3, 'future', '2026-02-18'],
    [2, 'future', '2026-02-24'],
    [3, 'last', '2026-02-11'],
    [3, 'next', '2026-02-25'],
    [4, 'near', '2026-02-19'],
    [7, 'near', '2026-02-15'],
  ] as const)('weekday %i (%s) from Wednesday 2026-02-18 is %s', (wd, mode, expected) => {
    expect(formatDay(resolveWeekday(day('2026-02-18'), wd, mode))).toBe(expected);
  });
});
