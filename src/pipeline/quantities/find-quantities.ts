/**
 * `findQuantities`: the numbers a sentence states, with hedges, multipliers, units and kinds.
 * @module
 */
import { overlaps, span } from '../../core/span.js';
import type { LanguagePack } from '../../lang/types.js';
import { attach } from './attach.js';
import { digitNumbers } from './digits.js';
import { blockedRanges } from './exclusions.js';
import { type RawNumber, wordTokens } from './raw.js';
import type { Quantity } from './types.js';
import { wordNumbers } from './word-numbers.js';

interface Range {
  start: number;
  end: number;
}

/** Longest first, then earliest; the survivors sorted by position. */
function settle(found: readonly RawNumber[]): RawNumber[] {
  const kept: RawNumber[] = [];
  for (const n of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start))
    if (!kept.some((k) => overlaps(k, n))) kept.push(n);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The quantities stated in `range` of `text` (usually one sentence). Years, dates and other time
 * expressions, clock times, phone numbers, ordinals ("den 3. runden", "3rd") and model names
 * ("F-16") are not quantities. A plain year-like number ("2000") or a lone "one" is kept only
 * when it counts a known noun. Never throws; finds nothing in odd text.
 */
export function findQuantities(text: string, range: Range, pack: LanguagePack): Quantity[] {
  const blocked = blockedRanges(text, range, pack);
  const tokens = wordTokens(text, range.start, range.end);
  const raw = settle([
    ...digitNumbers(text, range.start, range.end, pack),
    ...wordNumbers(text, range.start, range.end, tokens, pack),
  ]).filter((n) => !blocked.some((b) => overlaps(b, n)));
  const out: Quantity[] = [];
  for (const n of raw) {
    const a = attach(pack, text, tokens, range.start, n);
    if ((n.yearLike || n.lone) && !a.kind) continue;
    out.push({
      span: span(text, a.start, a.end),
      value: a.value,
      approximate: a.approximate,
      ...(a.kind ? { kind: a.kind } : {}),
      ...(a.unit ? { unit: a.unit } : {}),
      rule: `${pack.code}.quantity.${n.rule}`,
    });
  }
  return out;
}
