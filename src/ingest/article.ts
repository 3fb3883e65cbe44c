/**
 * Article objects (`.json`, `.jsonl` lines, API bodies): field checks with errors that name the
 * field, and the choice between `text` and `html`.
 * @module
 */
import { ParleyError, type ParleyErrorOptions } from '../core/errors.js';
import type { ArticleInput } from '../pipeline/doc.js';
import { htmlToArticle } from './html.js';

const STRING_FIELDS = ['id', 'url', 'source', 'title', 'lang', 'published', 'text', 'html'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks an ISO 8601 date or date-time whose day exists ("2026-02-30" does not). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const day = s.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

/** A page's date as ISO 8601, or undefined when it cannot be read (RFC 822 dates are converted). */
export function normalizePublished(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  if (isIsoDate(t)) return t;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Turns a parsed JSON value into an article; `where` names the file (and line) in errors. */
export function objectToArticle(value: unknown, where: ParleyErrorOptions): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ParleyError('E_INPUT_FIELD', 'an article must be a JSON object with a "text" or "html" field.', where);
  const o = value as Record<string, unknown>;
  for (const key of STRING_FIELDS) {
    const v = o[key];
    if (v !== undefined && v !== null && typeof v !== 'string')
      throw new ParleyError('E_INPUT_FIELD', `field "${key}" must be a string, got ${typeof v}.`, where);
  }
  const str = (k: (typeof STRING_FIELDS)[number]) =>
    typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined;
  const published = str('published');
  if (published !== undefined && !isIsoDate(published))
    throw new ParleyError('E_INPUT_FIELD', `field "published" is not an ISO 8601 date: ${JSON.stringify(published)}.`, {
      ...where,
      hint: 'Write it as 2026-02-18 or 2026-02-18T09:30:00+01:00.',
    });
  const base = htmlOrText(str('text'), str('html'), where);
  const meta: Partial<ArticleInput> = {};
  for (const k of ['id', 'url', 'source', 'title', 'lang', 'published'] as const) {
    const v = str(k);
    if (v !== undefined) meta[k] = v;
  }
  return { ...base, ...meta, text: base.text };
}

function htmlOrText(text: string | undefined, html: string | undefined, where: ParleyErrorOptions): ArticleInput {
  if (text !== undefined && text.trim() !== '') return { text };
  if (html !== undefined) return htmlToArticle(html, where.file ?? '(html)');
  throw new ParleyError('E_INPUT_EMPTY', 'the article has no "text" (or "html") to analyse.', {
    ...where,
    hint: 'Add a non-empty "text" field.',
  });
}
