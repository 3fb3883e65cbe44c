/**
 * Where the words of a search occur in a text, so that results can show why they matched.
 * Case-insensitive, at word starts, and extended to the whole word (the search matches
 * prefixes: "fred*" finds "fredsavtale").
 * @module
 */
import type { Ranged } from './spans.js';

const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const LETTER = /[\p{L}\p{N}]/u;

/** The words of a full-text query (quotes, stars and operators removed). */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .replace(/["*()^:]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 2 && !OPERATORS.has(w))
    .map((w) => w.toLocaleLowerCase());
}

/** Ranges of the words in `text` that start with one of the query's words. */
export function termRanges(text: string, q: string | undefined): Ranged[] {
  const words = queryWords(q);
  const lower = text.toLocaleLowerCase();
  if (!words.length || lower.length !== text.length) return [];
  const out: Ranged[] = [];
  for (const w of words) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      if (i > 0 && LETTER.test(text[i - 1]!)) continue;
      let end = i + w.length;
      while (end < text.length && LETTER.test(text[end]!)) end++;
      out.push({ start: i, end });
    }
  }
  return out;
}
