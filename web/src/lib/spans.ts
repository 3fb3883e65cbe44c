/**
 * Splitting an article text at every highlight boundary, so that overlapping and nested
 * highlights (an entity inside a quote, a trigger inside both) render as a flat run of text
 * nodes and <mark> elements. Pure and DOM-free: the text is never parsed as HTML.
 * @module
 */

/** Anything with a character range into the text (`end` exclusive, UTF-16 code units). */
export interface Ranged {
  start: number;
  end: number;
}

/** A run of text covered by the same set of highlights (`marks` is empty for plain text). */
export interface Segment<H extends Ranged> {
  start: number;
  end: number;
  text: string;
  marks: H[];
}

/**
 * The text cut at every start and end of `highlights`. Each segment lists the highlights that
 * cover it, in the order they were given. Empty, reversed or out-of-range highlights are
 * clipped or ignored, so a broken record can never break the rendering of the text.
 */
export function segment<H extends Ranged>(text: string, highlights: readonly H[]): Segment<H>[] {
  const n = text.length;
  const valid: H[] = [];
  const cuts = new Set<number>([0, n]);
  for (const h of highlights) {
    if (!Number.isInteger(h.start) || !Number.isInteger(h.end)) continue;
    const s = Math.max(0, h.start);
    const e = Math.min(n, h.end);
    if (e <= s) continue;
    valid.push(h);
    cuts.add(s);
    cuts.add(e);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const index = new Map(bounds.map((b, i) => [b, i] as const));
  const segments: Segment<H>[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    segments.push({ start, end, text: text.slice(start, end), marks: [] });
  }
  for (const h of valid) {
    const from = index.get(Math.max(0, h.start))!;
    const to = index.get(Math.min(n, h.end))!;
    for (let i = from; i < to; i++) segments[i]!.marks.push(h);
  }
  return segments;
}

/** True when `span` really points at `text` (a record whose offsets drifted is shown as broken). */
export function spanMatches(articleText: string, span: { start: number; end: number; text: string }): boolean {
  return articleText.slice(span.start, span.end) === span.text;
}
