/**
 * From time expressions to event dates (analysis-format.md: an ISO date or an interval).
 * @module
 */
import type { TimeExpr } from '../../schema/analysis.js';
import { formatDay, weekDays } from './calendar.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INTERVAL = /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/;

/**
 * The event date a time expression gives: a day as is; a part of day or an instant as its day;
 * a week as its Monday–Sunday interval; an interval as is. Months and years give none: they are
 * too coarse for an event date (gold-format.md codes "i slutten av juni" or "2035" as no date).
 */
export function eventDateOf(t: TimeExpr): string | undefined {
  switch (t.granularity) {
    case 'day':
      return DAY.test(t.value) ? t.value : undefined;
    case 'part-of-day':
    case 'instant': {
      const day = t.value.slice(0, 10);
      return DAY.test(day) ? day : undefined;
    }
    case 'week': {
      const days = weekDays(t.value);
      return days && `${formatDay(days[0])}/${formatDay(days[1])}`;
    }
    case 'interval':
      return INTERVAL.test(t.value) ? t.value : undefined;
    default:
      return undefined;
  }
}

/**
 * The event date of the time expressions inside `range` (an evidence sentence): the one nearest
 * to `near` (a trigger's start) when given, else the first. Undefined when none gives a date;
 * the caller then falls back as it sees fit (for example to the publication day).
 */
export function eventDateIn(
  times: readonly TimeExpr[],
  range: { start: number; end: number },
  near?: number,
): string | undefined {
  const inside = times.filter((t) => t.span.start >= range.start && t.span.end <= range.end && eventDateOf(t));
  if (near !== undefined) inside.sort((a, b) => distance(a, near) - distance(b, near) || a.span.start - b.span.start);
  const best = inside[0];
  return best && eventDateOf(best);
}

function distance(t: TimeExpr, at: number): number {
  if (at < t.span.start) return t.span.start - at;
  if (at > t.span.end) return at - t.span.end;
  return 0;
}
