/**
 * Tokens with exact offsets, from ICU's word segmentation (keeps "3,5" and "1,000" whole).
 * @module
 */
import type { Token } from '../doc.js';

const segmenters = new Map<string, Intl.Segmenter>();

export function tokenize(text: string, start: number, end: number, locale: string): Token[] {
  let seg = segmenters.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, seg);
  }
  const out: Token[] = [];
  for (const w of seg.segment(text.slice(start, end))) {
    if (/^\s+$/u.test(w.segment)) continue;
    const s = start + w.index;
    out.push({ start: s, end: s + w.segment.length, text: w.segment, word: w.isWordLike === true });
  }
  return out;
}
