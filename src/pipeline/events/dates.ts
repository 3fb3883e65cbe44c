/**
 * An event's date: the time expression of its sentence, else of its paragraph, else the
 * publication date (the fallback is recorded in the event's rule).
 * @module
 */
import type { TimeExpr } from '../../schema/analysis.js';
import type { PipelineDoc, Range } from '../doc.js';
import { eventDateIn, eventDateOf } from '../times/index.js';

export interface EventDate {
  date?: string;
  /** Where the date came from: "sentence", "paragraph" or "published". */
  from: 'sentence' | 'paragraph' | 'published' | 'none';
}

const inside = (t: TimeExpr, r: Range) => t.span.start >= r.start && t.span.end <= r.end;

function firstDate(times: readonly TimeExpr[], r: Range): string | undefined {
  for (const t of times) {
    if (!inside(t, r)) continue;
    const d = eventDateOf(t);
    if (d) return d;
  }
  return undefined;
}

export function eventDate(doc: PipelineDoc, sentence: Range, paragraph: Range | undefined, trigger: number): EventDate {
  const times = doc.times ?? [];
  // The expression nearest the trigger in its sentence ("talks on Tuesday … strikes overnight").
  const s = eventDateIn(times, sentence, trigger);
  if (s) return { date: s, from: 'sentence' };
  const p = paragraph ? firstDate(times, paragraph) : undefined;
  if (p) return { date: p, from: 'paragraph' };
  const pub = doc.article.published?.slice(0, 10);
  return pub ? { date: pub, from: 'published' } : { from: 'none' };
}

/** The first day of a date or interval. */
export const firstDay = (d: string) => d.slice(0, 10);

/** Days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round(
    (Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}

/** The smallest interval covering two dates or intervals. */
export function spanDates(a: string, b: string): string {
  const days = [...a.split('/'), ...b.split('/')].sort();
  const lo = days[0] as string;
  const hi = days.at(-1) as string;
  return lo === hi ? lo : `${lo}/${hi}`;
}
