/**
 * Tense of the clause around a time expression. Past-tense forms are hard to list, so a news
 * report is read as past unless its clause holds a future or modal marker from the pack
 * ("skal", "vil", "will", "plans to"; then future) or a future-in-past marker ("would",
 * "skulle"; then near), and the marker does not open a hearsay perfect ("skal ha").
 * @module
 */
import type { LanguagePack } from '../../lang/types.js';
import { alternation, compiled, WORD_END } from './patterns.js';
import type { Tense } from './types.js';

interface Range {
  start: number;
  end: number;
}

/** Clause boundaries: strong punctuation, quote marks, commas, spaced dashes and complementizers. */
function boundaries(pack: LanguagePack): RegExp {
  return compiled(pack, 'tense.boundaries', () => {
    const comp = alternation(pack.quotes.complementizers);
    return `[;:()\\[\\]«»"“”„,]|\\s[–—-]\\s|^[–—-]\\s|${comp}`;
  });
}

/** The clause around `expr`: between the nearest boundaries, widened once if it is only the expression. */
function clause(text: string, sentence: Range, expr: Range, pack: LanguagePack): Range {
  const s = text.slice(sentence.start, sentence.end);
  const cuts = [...s.matchAll(boundaries(pack))].map((m) => ({
    start: sentence.start + (m.index ?? 0),
    end: sentence.start + (m.index ?? 0) + m[0].length,
  }));
  const leftOf = (pos: number) => Math.max(sentence.start, ...cuts.filter((c) => c.end <= pos).map((c) => c.end));
  const rightOf = (pos: number) => Math.min(sentence.end, ...cuts.filter((c) => c.start >= pos).map((c) => c.start));
  let left = leftOf(expr.start);
  let right = rightOf(expr.end);
  const rest = `${text.slice(left, expr.start)} ${text.slice(expr.end, right)}`;
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) {
    // "On Tuesday, the two will meet": a fronted time adverbial belongs to the next clause.
    left = leftOf(Math.max(sentence.start, left - 1));
    right = rightOf(Math.min(sentence.end, right + 1));
  }
  return { start: left, end: right };
}

/** Whether a marker pattern matches in `s` other than at the start of a hearsay perfect ("skal ha"). */
function marked(s: string, markers: RegExp, hearsay: RegExp): boolean {
  for (const m of s.matchAll(markers)) {
    hearsay.lastIndex = 0;
    if (!hearsay.test(s.slice(m.index ?? 0))) return true;
  }
  return false;
}

/** The tense of the clause around `expr` in `sentence`. */
export function tenseAt(text: string, sentence: Range, expr: Range, pack: LanguagePack): Tense {
  const c = clause(text, sentence, expr, pack);
  const t = pack.time;
  const future = compiled(pack, 'tense.future', () => alternation(t.futureMarkers));
  const inPast = compiled(pack, 'tense.future-in-past', () => alternation(t.futureInPast));
  const hearsay = compiled(pack, 'tense.not-future', () => `^(?:${alternation(t.notFuture)})${WORD_END}`);
  const blanked = text.slice(c.start, expr.start) + ' '.repeat(expr.end - expr.start) + text.slice(expr.end, c.end);
  // "was expected to" holds the future marker "expected to": read the future-in-past phrases first.
  const rest = blanked.replace(inPast, (m) => ' '.repeat(m.length));
  if (marked(rest, future, hearsay)) return 'future';
  return marked(blanked, inPast, hearsay) ? 'near' : 'past';
}
