/**
 * Spans are made in one place so that every span slices the article text exactly.
 * @module
 */
import type { Span } from '../schema/analysis.js';

/** A span of `text` from `start` to `end` (exclusive). */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks [start, end) so it neither starts nor ends with white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** A span with surrounding white space removed. */
export function trimmedSpan(text: string, start: number, end: number): Span {
  const [s, e] = trimRange(text, start, end);
  return span(text, s, e);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
