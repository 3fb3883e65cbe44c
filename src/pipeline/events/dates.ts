/**
 * An event's date: the time expression of its sentence, else of its paragraph, else the
 * publication date (the fallback is recorded in the event's rule).
 * @module
 */
import type { TimeExpr } from '../../schema/analysis.js';
import type { PipelineDoc, Range } from '../doc.js';
import { eventDateIn, eventDateOf } from '../times/index.js';

/** A lead paragraph has at least this many words (not a dateline or a credit). */
const LEAD_WORDS = 8;
/** How many lead paragraphs may give the news day. */
const LEAD_PARAGRAPHS = 2;

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

/** Granularities a named day beats. */
const COARSE: ReadonlySet<string> = new Set(['week', 'month', 'year']);

/** What every date lookup of one document reads, built once per document. */
interface DateIndex {
  /** Time expressions in text order. */
  times: readonly TimeExpr[];
  /** The quote span each expression lies in, if any. */
  quoteOf: readonly (Range | undefined)[];
  paragraphAt: ReadonlyMap<number, number>;
  /** The news day the lead gives, if within LEAD_DAYS before publication. */
  leadDay?: string;
}

const indexes = new WeakMap<PipelineDoc, DateIndex>();

function withinLead(day: string | undefined, pub: string | undefined): day is string {
  return (
    day !== undefined && pub !== undefined && day.length === 10 && day <= pub && daysBetween(day, pub) <= LEAD_DAYS
  );
}

function dateIndex(doc: PipelineDoc): DateIndex {
  const cached = indexes.get(doc);
  if (cached) return cached;
  const times = [...(doc.times ?? [])].sort((a, b) => a.span.start - b.span.start);
  const quotes = (doc.quotes ?? []).map((q) => q.span);
  const quoteOf = times.map((t) => quotes.find((r) => r.start <= t.span.start && t.span.end <= r.end));
  const paragraphs = doc.paragraphs ?? [];
  const paragraphAt = new Map(paragraphs.map((p, i) => [p.start, i]));
  // The news day the lead gives ("yesterday", "on Monday") frames the rest of the report; a
  // scene-setting first paragraph may leave it to the next one.
  const words = (doc.tokens ?? []).filter((t) => t.word);
  let w = 0;
  const lead: Range[] = [];
  for (const p of paragraphs) {
    if (lead.length >= LEAD_PARAGRAPHS) break;
    while (w < words.length && (words[w] as { start: number }).start < p.start) w++;
    let n = 0;
    for (let k = w; k < words.length && (words[k] as { end: number }).end <= p.end && n < LEAD_WORDS; k++) n++;
    if (n >= LEAD_WORDS) lead.push(p);
  }
  const pub = doc.article.published?.slice(0, 10);
  const day = lead.map((x) => firstDate(times, x)).find((d) => d !== undefined);
  const index: DateIndex = { times, quoteOf, paragraphAt, ...(withinLead(day, pub) ? { leadDay: day } : {}) };
  indexes.set(doc, index);
  return index;
}

/** Indexes of the expressions inside `r` (binary search over text order). */
function indexesIn(ix: DateIndex, r: Range): number[] {
  let lo = 0;
  let hi = ix.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ix.times[mid] as TimeExpr).span.start < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < ix.times.length && (ix.times[i] as TimeExpr).span.start < r.end; i++)
    if ((ix.times[i] as TimeExpr).span.end <= r.end) out.push(i);
  return out;
}

/**
 * `skip`: ranges whose expressions say nothing of the event's own date (the content of
 * quotes, when the event is the act of saying something).
 */
export function eventDate(
  doc: PipelineDoc,
  sentence: Range,
  paragraph: Range | undefined,
  trigger: number,
  skip: readonly Range[] = [],
): EventDate {
  const ix = dateIndex(doc);
  const pick = (r: Range, keep: (i: number) => boolean) =>
    indexesIn(ix, r)
      .filter(keep)
      .map((i) => ix.times[i] as TimeExpr);
  const notSkipped = (i: number) => {
    const t = ix.times[i] as TimeExpr;
    return !skip.some((r) => t.span.start < r.end && r.start < t.span.end);
  };
  // The expression nearest the trigger in its sentence ("talks on Tuesday … strikes overnight"),
  // a day before a week ("in two weeks, on Feb. 17-18"; "on Monday, his third meeting in a fortnight").
  const here = pick(sentence, notSkipped);
  const days = here.filter((t) => !COARSE.has(t.granularity));
  const s = eventDateIn(days.length ? days : here, sentence, trigger);
  if (s) return { date: s, from: 'sentence' };
  // Earlier in the paragraph first: a later sentence's "tomorrow" is more often about something else.
  // Days inside other quotes of the paragraph are what someone said, not when this happened.
  const own = (i: number) => {
    const q = ix.quoteOf[i];
    return notSkipped(i) && (!q || (q.start <= trigger && trigger < q.end));
  };
  const p = paragraph
    ? (firstDate(pick({ start: paragraph.start, end: sentence.start }, own), paragraph) ??
      firstDate(pick(paragraph, own), paragraph))
    : undefined;
  if (p) return { date: p, from: 'paragraph' };
  const pub = doc.article.published?.slice(0, 10);
  // A paragraph that goes on with what the one before it told ("tirsdag kveld sa Umerov … /
  // I en videotale sa Zelenskyj …") shares its day.
  const at = paragraph ? (ix.paragraphAt.get(paragraph.start) ?? -1) : -1;
  const prev = at > 0 ? (doc.paragraphs ?? [])[at - 1] : undefined;
  const before = prev ? lastDate(pick(prev, notSkipped), prev) : undefined;
  if (withinLead(before, pub)) return { date: before, from: 'paragraph' };
  if (ix.leadDay) return { date: ix.leadDay, from: 'lead' };
  return pub ? { date: pub, from: 'published' } : { from: 'none' };
}

/** The first day of a date or interval. */
export const firstDay = (d: string) => d.slice(0, 10);

/** The day `n` days after `day` (YYYY-MM-DD; `n` may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

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
