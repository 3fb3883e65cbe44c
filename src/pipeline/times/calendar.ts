/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), with no time zones: a day is a
 * calendar date as written. Temporal is not available on Node 20, so this stays on UTC `Date`.
 * @module
 */

const MS_PER_DAY = 86_400_000;

/** A calendar date. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The day number of a valid date, or undefined when the date does not exist (31 February). */
export function dayNumber(y: number, m: number, d: number): number | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** The date of a day number. */
export function toYmd(n: number): Ymd {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DD". */
export function formatDay(n: number): string {
  const { y, m, d } = toYmd(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** "YYYY-MM". */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO weekday: 1 (Monday) to 7 (Sunday). 1970-01-01 was a Thursday. */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week that holds day `n`. */
export function mondayOf(n: number): number {
  return n - isoWeekday(n) + 1;
}

/** "YYYY-Www": the ISO week (and week-year) that holds day `n`. */
export function formatWeek(n: number): string {
  const thursday = mondayOf(n) + 3;
  const year = toYmd(thursday).y;
  const week = Math.floor((thursday - (dayNumber(year, 1, 1) ?? 0)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The first and last day (Monday, Sunday) of an ISO week written "YYYY-Www"; undefined if malformed. */
export function weekDays(value: string): [number, number] | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return undefined;
  const jan4 = dayNumber(Number(m[1]), 1, 4);
  const week = Number(m[2]);
  if (jan4 === undefined || week < 1 || week > 53) return undefined;
  const monday = mondayOf(jan4) + (week - 1) * 7;
  return [monday, monday + 6];
}

/** The day number of an ISO date or date-time ("2026-02-18", "2026-02-18T10:00:00Z"): its date part as written. */
export function parseIsoDay(s: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Month arithmetic: the month `k` months after year `y`, month `m`. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + k;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

/** Of the given day numbers, the one nearest to `ref` (the earlier one on a tie). */
export function nearest(ref: number, days: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const d of days)
    if (
      best === undefined ||
      Math.abs(d - ref) < Math.abs(best - ref) ||
      (Math.abs(d - ref) === Math.abs(best - ref) && d < best)
    )
      best = d;
  return best;
}
