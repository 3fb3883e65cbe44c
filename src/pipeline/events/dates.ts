/**
 * An event's date: the time expression of its sentence, else of its paragraph, else the
 * publication date (the fallback is recorded in the event's rule).
 * @module
 */
import type { TimeExpr } from '../../schema/analysis.js';
import type { PipelineDoc, Range } from '../doc.js';
import { eventDateIn, eventDateOf } from '../times/index.js';

/** A lead is the first paragraph of at least this many words (not a dateline or a credit). */
const LEAD_WORDS = 8;

/** How many days before publication the lead's day may be and still frame the report. */
const LEAD_DAYS = 2;

export interface EventDate {
  date?: string;
  /** Where the date came from: "sentence", "paragraph" or "published". */
  from: 'sentence' | 'paragraph' | 'lead' | 'published' | 'none';
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

/**
 * `skip`: ranges whose expressions say nothing of the event's own date (the content of
 * quotes, when the event is the act of saying something).
 */
function lastDate(times: readonly TimeExpr[], r: Range): string | undefined {
  let out: string | undefined;
  for (const t of times) {
    if (!inside(t, r)) continue;
    out = eventDateOf(t) ?? out;
  }
  return out;
}

export function eventDate(
  doc: PipelineDoc,
  sentence: Range,
  paragraph: Range | undefined,
  trigger: number,
  skip: readonly Range[] = [],
): EventDate {
  const times = (doc.times ?? []).filter((t) => !skip.some((r) => t.span.start < r.end && r.start < t.span.end));
  // The expression nearest the trigger in its sentence ("talks on Tuesday … strikes overnight").
  const s = eventDateIn(times, sentence, trigger);
  if (s) return { date: s, from: 'sentence' };
  // Earlier in the paragraph first: a later sentence's "tomorrow" is more often about something else.
  // Days inside other quotes of the paragraph are what someone said, not when this happened.
  const quoted = (doc.quotes ?? [])
    .filter((q) => !(q.span.start <= trigger && trigger < q.span.end))
    .map((q) => q.span);
  const own = times.filter((t) => !quoted.some((r) => r.start <= t.span.start && t.span.end <= r.end));
  const p = paragraph
    ? (firstDate(own, { start: paragraph.start, end: sentence.start }) ?? firstDate(own, paragraph))
    : undefined;
  if (p) return { date: p, from: 'paragraph' };
  const pub = doc.article.published?.slice(0, 10);
  // A paragraph that goes on with what the one before it told ("tirsdag kveld sa Umerov … /
  // I en videotale sa Zelenskyj …") shares its day.
  const paragraphs = doc.paragraphs ?? [];
  const at = paragraph ? paragraphs.findIndex((x) => x.start === paragraph.start) : -1;
  const before = at > 0 ? lastDate(times, paragraphs[at - 1] as Range) : undefined;
  if (before && pub && before.length === 10 && before <= pub && daysBetween(before, pub) <= LEAD_DAYS)
    return { date: before, from: 'paragraph' };
  // The news day the lead gives ("yesterday", "on Monday") frames the rest of the report.
  const lead = paragraphs.find(
    (x) => (doc.tokens ?? []).filter((t) => t.word && t.start >= x.start && t.end <= x.end).length >= LEAD_WORDS,
  );
  const day = lead ? firstDate(times, lead) : undefined;
  if (day && pub && day.length === 10 && day <= pub && daysBetween(day, pub) <= LEAD_DAYS)
    return { date: day, from: 'lead' };
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
