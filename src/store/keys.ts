/**
 * How an incoming article is recognised: the hash of its normalised text (the dedup key) and the
 * hash of everything its analysis depends on (text, given language, given date).
 * @module
 */
import { contentHash } from '../core/hash.js';
import { normalizeText } from '../core/text.js';
import type { ArticleInput } from '../pipeline/doc.js';

/** Normalised text with white space collapsed: two inputs with the same one are the same article. */
export function dedupText(text: string): string {
  return normalizeText(text).replace(/\s+/gu, ' ');
}

/** The dedup key of an article's text. */
export function textHash(text: string): string {
  return contentHash(dedupText(text));
}

/** Changes when anything the analysis depends on changes (so the article must be analysed again). */
export function inputHash(input: ArticleInput, hashOfText = textHash(input.text)): string {
  return contentHash(JSON.stringify([hashOfText, input.lang ?? null, input.published ?? null]));
}

/** The `YYYY-MM-DD` day of an ISO date, date-time or interval ("2026-02-17/2026-02-18" → first day). */
export function dayOf(date: string | undefined): string | undefined {
  const m = date ? /^(\d{4}-\d{2}-\d{2})/.exec(date) : null;
  return m?.[1];
}

/** The last day of an ISO date or interval. */
export function lastDayOf(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const end = date.includes('/') ? date.slice(date.indexOf('/') + 1) : date;
  return dayOf(end) ?? dayOf(date);
}
