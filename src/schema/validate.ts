/**
 * Validator for `parley.analysis/1` records and the span check that every test and
 * `parley eval` runs: `article.text.slice(start, end) === text` for every span.
 * @module
 */
import {
  type Analysis,
  ENTITY_TYPES,
  EVENT_STATUSES,
  QUOTE_KINDS,
  SCHEMA_ID,
  type Span,
  TIME_GRANULARITIES,
} from './analysis.js';
import { isPloverType } from './plover.js';

/** One problem found in a record: where (a JSON path) and what. */
export interface SchemaIssue {
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const ISO_DAY_OR_INTERVAL = /^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/;

class Checker {
  readonly issues: SchemaIssue[] = [];
  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }
  str(o: Obj, key: string, path: string, optional = false): void {
    const v = o[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string') this.fail(`${path}.${key}`, `must be a string, got ${typeof v}`);
  }
  oneOf(o: Obj, key: string, path: string, allowed: readonly string[]): void {
    const v = o[key];
    if (typeof v !== 'string' || !allowed.includes(v))
      this.fail(`${path}.${key}`, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  }
  strArray(o: Obj, key: string, path: string, optional = false): void {
    const v = o[key];
    if (v === undefined && optional) return;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      this.fail(`${path}.${key}`, 'must be an array of strings');
  }
  span(v: unknown, path: string, optional = false): void {
    if (v === undefined && optional) return;
    if (!isObj(v)) {
      this.fail(path, 'must be a span {start, end, text}');
      return;
    }
    const { start, end, text } = v;
    if (!Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string') {
      this.fail(path, 'span needs integer start/end and string text');
      return;
    }
    if ((start as number) < 0 || (end as number) < (start as number))
      this.fail(path, `span offsets out of order: ${start}..${end}`);
  }
}

function checkArticle(c: Checker, a: unknown): void {
  if (!isObj(a)) {
    c.fail('article', 'must be an object');
    return;
  }
  c.str(a, 'id', 'article');
  c.str(a, 'lang', 'article');
  c.str(a, 'text', 'article');
  for (const k of ['url', 'source', 'title'] as const) c.str(a, k, 'article', true);
  if (a.published !== undefined && (typeof a.published !== 'string' || !ISO_DATE.test(a.published)))
    c.fail('article.published', `must be an ISO 8601 date, got ${JSON.stringify(a.published)}`);
}

function checkEntity(c: Checker, e: unknown, p: string): void {
  if (!isObj(e)) {
    c.fail(p, 'must be an object');
    return;
  }
  c.str(e, 'id', p);
  c.oneOf(e, 'type', p, ENTITY_TYPES);
  c.str(e, 'name', p);
  c.str(e, 'wikidata', p, true);
  if (!Array.isArray(e.mentions)) {
    c.fail(`${p}.mentions`, 'must be an array');
    return;
  }
  e.mentions.forEach((m, i) => {
    c.span(m, `${p}.mentions[${i}]`);
  });
}

function checkQuote(c: Checker, q: unknown, p: string): void {
  if (!isObj(q)) {
    c.fail(p, 'must be an object');
    return;
  }
  c.str(q, 'id', p);
  if (q.speaker !== null && typeof q.speaker !== 'string') c.fail(`${p}.speaker`, 'must be an entity id or null');
  c.oneOf(q, 'kind', p, QUOTE_KINDS);
  c.str(q, 'text', p);
  c.span(q.span, `${p}.span`);
  c.span(q.cue, `${p}.cue`, true);
  c.str(q, 'channel', p, true);
  if (q.date !== undefined && (typeof q.date !== 'string' || !ISO_DATE.test(q.date)))
    c.fail(`${p}.date`, 'must be an ISO date');
  if (isObj(q.span) && q.span.text !== q.text) c.fail(`${p}.text`, 'must equal span.text');
}

function checkEvent(c: Checker, e: unknown, p: string): void {
  if (!isObj(e)) {
    c.fail(p, 'must be an object');
    return;
  }
  c.str(e, 'id', p);
  if (typeof e.type !== 'string' || !isPloverType(e.type))
    c.fail(`${p}.type`, `must be a PLOVER type, got ${JSON.stringify(e.type)}`);
  c.strArray(e, 'modes', p);
  c.strArray(e, 'contexts', p, true);
  c.strArray(e, 'actors', p);
  c.strArray(e, 'targets', p);
  c.strArray(e, 'mediators', p, true);
  c.strArray(e, 'sources', p, true);
  c.str(e, 'location', p, true);
  c.str(e, 'rule', p, true);
  if (e.date !== undefined && (typeof e.date !== 'string' || !ISO_DAY_OR_INTERVAL.test(e.date)))
    c.fail(`${p}.date`, `must be an ISO date or interval, got ${JSON.stringify(e.date)}`);
  c.oneOf(e, 'status', p, EVENT_STATUSES);
  if (e.quantities !== undefined) {
    if (!isObj(e.quantities)) c.fail(`${p}.quantities`, 'must be an object');
    else
      for (const [k, v] of Object.entries(e.quantities))
        if (v !== undefined && typeof v !== 'number') c.fail(`${p}.quantities.${k}`, 'must be a number');
  }
  c.span(e.trigger, `${p}.trigger`);
  c.span(e.evidence, `${p}.evidence`);
}

function checkTime(c: Checker, t: unknown, p: string): void {
  if (!isObj(t)) {
    c.fail(p, 'must be an object');
    return;
  }
  c.span(t.span, `${p}.span`);
  c.str(t, 'value', p);
  c.oneOf(t, 'granularity', p, TIME_GRANULARITIES);
}

/** Checks the shape of a record; returns every issue found (empty when valid). */
export function validateAnalysis(record: unknown): SchemaIssue[] {
  const c = new Checker();
  if (!isObj(record)) return [{ path: '', message: 'record must be an object' }];
  if (record.schema !== SCHEMA_ID) c.fail('schema', `must be "${SCHEMA_ID}"`);
  checkArticle(c, record.article);
  const lists = [
    ['entities', checkEntity],
    ['quotes', checkQuote],
    ['events', checkEvent],
    ['times', checkTime],
  ] as const;
  for (const [key, check] of lists) {
    const v = record[key];
    if (v === undefined && key === 'times') continue;
    if (!Array.isArray(v)) c.fail(key, 'must be an array');
    else
      v.forEach((x, i) => {
        check(c, x, `${key}[${i}]`);
      });
  }
  if (c.issues.length === 0) c.issues.push(...checkSpans(record as unknown as Analysis));
  return c.issues;
}

/** Every span of a record, with its JSON path. */
export function* allSpans(a: Analysis): Generator<[string, Span]> {
  for (const [i, e] of a.entities.entries())
    for (const [j, m] of e.mentions.entries()) yield [`entities[${i}].mentions[${j}]`, m];
  for (const [i, q] of a.quotes.entries()) {
    yield [`quotes[${i}].span`, q.span];
    if (q.cue) yield [`quotes[${i}].cue`, q.cue];
  }
  for (const [i, e] of a.events.entries()) {
    yield [`events[${i}].trigger`, e.trigger];
    yield [`events[${i}].evidence`, e.evidence];
  }
  for (const [i, t] of (a.times ?? []).entries()) yield [`times[${i}].span`, t.span];
}

/** The span check: every span must slice `article.text` to exactly its `text`. */
export function checkSpans(a: Analysis): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const text = a.article.text;
  for (const [path, s] of allSpans(a)) {
    const got = text.slice(s.start, s.end);
    if (s.end > text.length || got !== s.text)
      issues.push({
        path,
        message: `broken span ${s.start}..${s.end}: text ${JSON.stringify(s.text)} but article slices to ${JSON.stringify(got)}`,
      });
  }
  return issues;
}
